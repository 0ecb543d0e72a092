import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allLexicons } from '../../src/language/registry.ts';
import { editDistance, labelBudget, labelDistance, MIN_TYPO_WORD, wordBudget } from '../../src/transforms/label-distance.ts';
import { AMAP_TOPICS, matchHeading, matchTemplateQuestion, normaliseLabel } from '../../src/transforms/topics.ts';

/**
 * The tolerant label matcher: a typo in a long word of a lexicon heading is forgiven, a change to a short
 * word or to a first letter never is, and labels of short or unrelated words match nothing.
 */

const ALPHABETIC = /^[\p{Script=Latin}\p{Script=Cyrillic} ]+$/u;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

interface Lexeme {
  raw: string;
  folded: string;
  topic: string;
  kind: 'heading' | 'question';
}

/** Every heading and template question of the lexicons written in an alphabet (Latin, Cyrillic), folded. */
const LEXEMES: Lexeme[] = allLexicons().flatMap((lexicon) => [
  ...Object.entries(lexicon.sectionHeadings).map(([raw, topic]) => ({ raw, topic, kind: 'heading' as const })),
  ...Object.entries(lexicon.templateQuestions).map(([raw, topic]) => ({ raw, topic, kind: 'question' as const })),
]).map((entry) => ({ ...entry, folded: normaliseLabel(entry.raw) })).filter((entry) => ALPHABETIC.test(entry.folded));

/** Heading and question phrases of every lexicon, folded, whatever their script. */
const ALL_FOLDED = new Set(
  allLexicons().flatMap((lexicon) => [...Object.keys(lexicon.sectionHeadings), ...Object.keys(lexicon.templateQuestions)].map(normaliseLabel)),
);

type Edit = 'substitute' | 'insert' | 'delete' | 'swap';

/** One typo in `word` at `at` (1 <= at < word.length: never the first letter). */
function typo(word: string, edit: Edit, at: number, letter: string): string {
  const i = Math.max(1, Math.min(at, word.length - 1));
  if (edit === 'substitute') return word.slice(0, i) + letter + word.slice(i + 1);
  if (edit === 'insert') return word.slice(0, i) + letter + word.slice(i);
  if (edit === 'delete') return word.slice(0, i) + word.slice(i + 1);
  return i + 1 < word.length ? word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2) : word;
}

const edit = fc.constantFrom<Edit>('substitute', 'insert', 'delete', 'swap');
const letter = fc.constantFrom(...LETTERS.split(''));
const lexeme = fc.constantFrom(...LEXEMES);

/** A lexeme, one of its words of at least `MIN_TYPO_WORD` letters, and one typo in it. */
const misspelt = fc
  .record({ entry: lexeme, pick: fc.nat(), edit, at: fc.nat({ max: 30 }), letter })
  .map(({ entry, pick, edit: kind, at, letter: l }) => {
    const words = entry.folded.split(' ');
    const long = words.map((w, k) => [w, k] as const).filter(([w]) => w.length >= MIN_TYPO_WORD);
    if (long.length === 0) return null;
    const [word, k] = long[pick % long.length] ?? ['', 0];
    const changed = words.map((w, n) => (n === k ? typo(word, kind, 1 + (at % (word.length - 1)), l) : w)).join(' ');
    return { entry, changed };
  })
  .filter((x): x is { entry: Lexeme; changed: string } => x !== null && x.changed !== x.entry.folded && Math.min(x.changed.length, x.entry.folded.length) >= 6);

describe('labelDistance: typos in long words are forgiven', () => {
  it('counts a swap of two neighbouring letters as one typo', () => {
    expect(editDistance('marqauge', 'marquage')).toBe(1);
    expect(editDistance('informaton', 'information')).toBe(1);
    expect(editDistance('practise', 'practices')).toBe(2);
  });

  it('one typo in a word of five letters or more, away from its first letter, keeps a lexicon phrase within one typo', () => {
    fc.assert(
      fc.property(misspelt, ({ entry, changed }) => {
        expect(labelDistance(changed, entry.folded)).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('a typo that makes a word two vocabulary words is still a typo (`collecton` is not `collect on`)', () => {
    expect(matchHeading('Collecton and destruction', { keywords: false })).toEqual({ topic: 'collection_destruction', how: 'fuzzy', matched: 'Collection and destruction', distance: 1 });
    // A glued label is still read apart.
    expect(matchHeading('Collection anddestruction', { keywords: false })?.topic).toBe('collection_destruction');
  });

  it('a heading or template question with one such typo keeps its topic, read as fuzzy unless the typo wrote another phrase', () => {
    fc.assert(
      fc.property(misspelt, ({ entry, changed }) => {
        const family = (AMAP_TOPICS as readonly string[]).includes(entry.topic) ? 'amap' : 'poa';
        const match = entry.kind === 'question' ? matchTemplateQuestion(changed) : matchHeading(changed, { family, keywords: false });
        expect(match?.topic).toBe(entry.topic);
        expect(match?.how).toBe(ALL_FOLDED.has(changed) ? 'exact' : 'fuzzy');
      }),
      { numRuns: 1000 },
    );
  });

  it('labels as pages misspell them', () => {
    expect(labelDistance('natonal marking pratices', 'national marking practices')).toBe(2);
    expect(labelDistance('stockpille management', 'stockpile management')).toBe(1);
    expect(labelDistance('recordkeeping', 'record keeping')).toBe(1);
    expect(labelDistance('accurate and comprehensive records for all marked salw within ther territory', 'accurate and comprehensive records for all marked salw within their territory')).toBe(1);
  });
});

describe('labelDistance: short words and first letters are never typos', () => {
  /** A lexeme with a word of fewer than five letters, that word changed by one letter. */
  const shortWordChanged = fc
    .record({ entry: lexeme, pick: fc.nat(), at: fc.nat({ max: 4 }), letter })
    .map(({ entry, pick, at, letter: l }) => {
      const words = entry.folded.split(' ');
      const short = words.map((w, k) => [w, k] as const).filter(([w]) => w.length < MIN_TYPO_WORD);
      if (short.length === 0) return null;
      const [word, k] = short[pick % short.length] ?? ['', 0];
      const i = at % word.length;
      const changed = words.map((w, n) => (n === k ? word.slice(0, i) + l + word.slice(i + 1) : w)).join(' ');
      return { entry, changed };
    })
    .filter((x): x is { entry: Lexeme; changed: string } => x !== null && x.changed !== x.entry.folded);

  it('a letter changed in a word of fewer than five letters (of, de, la, for, des) is no typo of the phrase', () => {
    fc.assert(
      fc.property(shortWordChanged, ({ entry, changed }) => {
        expect(labelDistance(changed, entry.folded)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('a changed first letter is no typo, however long the word', () => {
    fc.assert(
      fc.property(lexeme, fc.nat(), letter, (entry, pick, l) => {
        const words = entry.folded.split(' ');
        const k = pick % words.length;
        const word = words[k] ?? '';
        fc.pre(word[0] !== l);
        const changed = words.map((w, n) => (n === k ? l + word.slice(1) : w)).join(' ');
        expect(labelDistance(changed, entry.folded)).toBeNull();
      }),
      { numRuns: 1000 },
    );
    expect(matchHeading('Parking', { keywords: false })).toBeNull();
    expect(matchHeading('Instruction', { keywords: false })).toBeNull();
    expect(matchTemplateQuestion('Marking at the time of export')).toBeNull();
  });
});

describe('labels of short or unrelated words match nothing', () => {
  const shortWord = fc.stringMatching(/^[a-z]{1,4}$/u);

  it('a label of words shorter than five letters is a lexicon phrase exactly or nothing', () => {
    fc.assert(
      fc.property(fc.array(shortWord, { minLength: 1, maxLength: 5 }), (words) => {
        const label = words.join(' ');
        for (const match of [matchHeading(label, { keywords: false }), matchTemplateQuestion(label)]) {
          if (match !== null) expect([match.how, normaliseLabel(match.matched)]).toEqual(['exact', label]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a label under six letters is never read with a typo', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,5}$/u), (label) => {
        expect(matchHeading(label, { keywords: false })?.how ?? 'none').not.toBe('fuzzy');
      }),
      { numRuns: 500 },
    );
  });

  it('an unrelated word matches only a one-word phrase it could be a typo of (same first letter, within its word budget)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{5,14}$/u), (word) => {
        const match = matchHeading(word, { keywords: false });
        if (match === null) return;
        const phrase = normaliseLabel(match.matched);
        expect(phrase.includes(' ')).toBe(false);
        expect(phrase[0]).toBe(word[0]);
        expect(editDistance(word, phrase)).toBeLessThanOrEqual(Math.min(wordBudget(phrase.length), labelBudget(Math.min(word.length, phrase.length))));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, and every match is within the label budget', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (label) => {
        const match = matchHeading(label);
        if (match && match.how !== 'keyword') expect(match.distance).toBeLessThanOrEqual(labelBudget(normaliseLabel(label).length));
        matchTemplateQuestion(label);
      }),
      { numRuns: 500 },
    );
  });

  it('the shortcut on lengths gives what comparing word by word gives (a label against every phrase, property)', () => {
    /** The rule without the shortcut: words compared in their places, each within its budget, the sum within the label's. */
    const wordByWord = (label: string, phrase: string): number | null => {
      if (label === phrase) return 0;
      const max = labelBudget(Math.min(label.length, phrase.length));
      if (label === '' || phrase === '' || max === 0) return null;
      const [written, wanted] = [label.split(' '), phrase.split(' ')];
      if (written.length !== wanted.length) return written.join('') === wanted.join('') ? 1 : null;
      let total = 0;
      for (const [k, want] of wanted.entries()) {
        const word = written[k] ?? '';
        const budget = word === want ? 0 : wordBudget(want.length);
        if (word !== want && (budget === 0 || word[0] !== want[0])) return null;
        total += word === want ? 0 : editDistance(word, want, budget);
        if (word !== want && editDistance(word, want, budget) > budget) return null;
      }
      return total <= max ? total : null;
    };
    const label = fc.oneof(misspelt.map((m) => m.changed), fc.array(fc.stringMatching(/^[a-z]{1,9}$/u), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(label, lexeme, (written, entry) => {
        expect(labelDistance(written, entry.folded)).toBe(wordByWord(written, entry.folded));
      }),
      { numRuns: 3000 },
    );
  });
});
