import { describe, expect, it } from 'vitest';
import { clauses, listMembers } from '../../../src/transforms/count-statements/clauses.ts';
import { draftStatements, pickTotal } from '../../../src/transforms/count-statements/drafts.ts';
import type { SkippedInUnit } from '../../../src/transforms/count-statements/drafts.ts';
import { findCounts } from '../../../src/transforms/count-statements/mentions.ts';
import { splitSentences } from '../../../src/transforms/count-statements/sentences.ts';
import type { ProseUnit } from '../../../src/transforms/count-statements/types.ts';

function whole(text: string) {
  return { start: 0, end: text.length };
}

describe('listMembers', () => {
  it('keeps an unknown count inside a list of weapon counts, drops one outside', () => {
    const inList = 'Customs seized 12 widgets and 30 pistols.';
    expect(listMembers(inList, findCounts(inList, whole(inList)).counts).map((c) => c.value)).toEqual([12, 30]);
    const apart = 'Customs seized 30 pistols in 12 raids of 4 boats.';
    expect(listMembers(apart, findCounts(apart, whole(apart)).counts).map((c) => c.value)).toEqual([30]);
  });

  it('joins through Russian, French, Spanish, Arabic and Chinese list words', () => {
    for (const text of ['изъято 3 штуцера и 5 пистолетов', 'saisi 3 machins et 5 pistolets', 'incautó 3 cosas y 5 pistolas', 'ضبطت 3 أشياء و5 مسدسات']) {
      expect(listMembers(text, findCounts(text, whole(text)).counts).length, text).toBe(2);
    }
  });
});

describe('clauses', () => {
  it('a new action after a list starts a new clause; the earlier clause ends at its last count', () => {
    const text = 'The police seized 80 rifles and destroyed 65 pistols.';
    const counts = findCounts(text, whole(text)).counts;
    expect(clauses(text, whole(text), counts).map((c) => [text.slice(c.start, c.end), c.counts.map((n) => n.value)])).toEqual([
      ['The police seized 80 rifles', [80]],
      ['destroyed 65 pistols.', [65]],
    ]);
  });

  it('a clause whose action comes first keeps its words after its counts up to the boundary before the next clause', () => {
    // "in 2018" is the army's; the police's clause opens after ", and" (in any language's conjunction).
    for (const [text, first, second] of [
      ['The army destroyed 400 weapons in 2018, and the police destroyed 5,000 weapons in 2019.', 'The army destroyed 400 weapons in 2018', 'the police destroyed 5,000 weapons in 2019.'],
      ["L'armée a détruit 400 armes en 2018 et la police a saisi 300 armes en 2019.", "L'armée a détruit 400 armes en 2018", 'la police a saisi 300 armes en 2019.'],
    ] as const) {
      const counts = findCounts(text, whole(text)).counts;
      expect(clauses(text, whole(text), counts).map((c) => text.slice(c.start, c.end)), text).toEqual([first, second]);
    }
  });

  it('an action written after its count belongs to the clause before', () => {
    const text = '800 rifles were seized and 650 pistols destroyed.';
    const counts = findCounts(text, whole(text)).counts;
    expect(clauses(text, whole(text), counts).map((c) => [text.slice(c.start, c.end), c.counts.map((n) => n.value)])).toEqual([
      ['800 rifles were seized', [800]],
      ['and 650 pistols destroyed.', [650]],
    ]);
  });

  it('a breakdown after an action word is not a new clause', () => {
    const text = 'Seized 100 weapons, including 60 pistols and 40 rifles.';
    const counts = findCounts(text, whole(text)).counts;
    expect(clauses(text, whole(text), counts).map((c) => c.counts.map((n) => n.value))).toEqual([[100, 60, 40]]);
  });
});

describe('draftStatements', () => {
  function drafts(texts: string[]) {
    const units: ProseUnit[] = texts.map((text, i) => ({ text, span: { lineStart: i + 1, lineEnd: i + 1 } }));
    const skipped: SkippedInUnit[] = [];
    const found = draftStatements(units, units.map((u) => splitSentences(u.text)), skipped);
    return { found, skipped, units };
  }

  it('merges a continuation sentence ("They included ...", "Из них ...") into the statement before', () => {
    const en = drafts(['The customs service seized 120 pistols. They included 20 revolvers and 100 pistols.']).found;
    expect(en.map((d) => [d.start, d.end, d.continued, d.counts.map((c) => c.value)])).toEqual([[0, 83, true, [120, 20, 100]]]);
    const ru = drafts(['Изъято 50 единиц оружия. Из них 30 пистолетов.']).found;
    expect(ru.map((d) => [d.continued, d.counts.map((c) => c.value)])).toEqual([[true, [50, 30]]]);
  });

  it('keeps an ordinary next sentence as its own statement, with its unit and sentence index', () => {
    const { found } = drafts(['Seized 5 rifles. Destroyed 7 pistols.', 'Collected 9 shotguns.']);
    expect(found.map((d) => [d.unit, d.sentenceIndex, d.counts.map((c) => c.value)])).toEqual([
      [0, 0, [5]],
      [0, 1, [7]],
      [1, 0, [9]],
    ]);
  });

  it('collects the skipped numbers with their unit and sentence', () => {
    const { skipped } = drafts(['Seized 5 rifles. Seized 200-300 pistols.']);
    expect(skipped).toEqual([{ at: 24, rule: 'count-range', words: '200-300 pistols', unit: 0, sentence: { start: 17, end: 40 } }]);
  });
});

describe('pickTotal', () => {
  function total(text: string): number | null {
    return pickTotal(text, listMembers(text, findCounts(text, whole(text)).counts));
  }

  it('a generic first count is the total; a first count a breakdown follows is too', () => {
    expect(total('Seized 100 weapons: 60 pistols and 40 rifles.')).toBe(0);
    expect(total('Seized 100 pistols, of which 60 revolvers.')).toBe(0);
    expect(total('Изъято 100 пистолетов, в том числе 60 револьверов.')).toBe(0);
  });

  it('a plain list has no total, even when it opens with a generic count', () => {
    expect(total('Seized 60 pistols and 40 rifles.')).toBeNull();
    expect(total('Seized 120 firearms, 300 pistols and 15 rifles.')).toBeNull();
  });

  it('"a total of" after the parts, and a labelled total anywhere', () => {
    expect(total('Seized: 120 pistols, 80 rifles, a total of 200 weapons.')).toBe(2);
    expect(total('pistols, 120; rifles, 80; total, 200')).toBe(2);
  });

  it('a single known count is its own total', () => {
    expect(total('Destroyed 12 rifles.')).toBe(0);
  });
});
