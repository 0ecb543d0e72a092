import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import { extractCountStatements } from '../../src/transforms/count-statements/index.ts';
import { type DocumentNotes, noteListRefs } from '../../src/transforms/footnote-refs.ts';
import { documentNotes, findNoteGluedNumbers, trailingNoteRef } from '../../src/transforms/quantity.ts';

/**
 * A NOTE REFERENCE IN PLAIN DIGITS GLUED TO A NUMBER, as a PDF's text gives it once the superscript is lost:
 * `1,2003 firearms` with a note 3 is 1,200 (no language groups `1,2003`); `3124 weapons` in a document that groups its
 * other thousands and defines a note 4 is 3,124 or 312 and note 4, which nothing tells apart: no count, a warning.
 */
const notes = (refs: string[], groupsThousands = true): DocumentNotes => ({ refs: new Set(refs), groupsThousands });
const read = (text: string, language: string, documentNotes: DocumentNotes | null) => {
  const out = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language, notes: documentNotes });
  return {
    statements: out.statements.map((s) => [s.total, s.components_sum, s.reconciliation, s.counts.map((c) => [c.category_raw, c.quantity, c.is_total])]),
    warnings: out.issues.filter((i) => i.severity === 'warning').map((i) => [i.rule, i.message]),
  };
};

describe('notes lists and note refs glued to grouped numbers', () => {
  it('a run of numbered note lines defines its numbers; one numbered line, or lines out of order, define none', () => {
    expect([...noteListRefs(['Notes', '1 The Centre was placed under the Office.', '2 Destruction was witnessed', 'by ECOWAS.', '', '3 Provisional figure.'])]).toEqual(['1', '2', '3']);
    expect([...noteListRefs(['1 Rifles seized in the north.'])]).toEqual([]);
    expect([...noteListRefs(['1 Rifles', 'Other text.', '3 Pistols'])]).toEqual([]);
    expect([...noteListRefs(['1. Coordination', '2. Seizures'])]).toEqual([]);
  });

  it('a document groups its thousands when one number of thousands is written grouped', () => {
    expect(documentNotes(['seized 1,200 rifles', '1 A note.', '2 Another.'], [], 'en')).toEqual({ refs: new Set(['1', '2']), groupsThousands: true });
    expect(documentNotes(['seized 1200 rifles in 2022'], ['7'], 'en')).toEqual({ refs: new Set(['7']), groupsThousands: false });
  });

  it('a grouped number running on by a defined note number is that number (in the language’s grouping)', () => {
    expect(findNoteGluedNumbers('recovered 1,2003 firearms', 'en', new Set(['3'])).map((t) => [t.raw, t.value, t.note])).toEqual([['1,200', 1200, '3']]);
    expect(findNoteGluedNumbers('incautaron 1.20012 armas', 'es', new Set(['12'])).map((t) => [t.raw, t.value, t.note])).toEqual([['1.200', 1200, '12']]);
    expect(findNoteGluedNumbers('recovered 1,2003 firearms', 'en', new Set(['4']))).toEqual([]);
    // The dot is English's decimal mark: `1.2003` is no grouping there.
    expect(findNoteGluedNumbers('recovered 1.2003 firearms', 'en', new Set(['3']))).toEqual([]);
  });

  it('property: any grouped count with any defined note glued on reads as the count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9_999_999 }), fc.integer({ min: 1, max: 99 }), (value, note) => {
        const grouped = value.toLocaleString('en');
        const found = findNoteGluedNumbers(`seized ${grouped}${note} rifles`, 'en', new Set([String(note)]));
        expect(found.map((t) => [t.value, t.note])).toEqual([[value, String(note)]]);
      }),
    );
  });

  it('an ungrouped number ends in a defined note: the longest such note; a leading zero is no note', () => {
    expect(trailingNoteRef('3124', new Set(['4']))).toBe('4');
    expect(trailingNoteRef('3124', new Set(['4', '24']))).toBe('24');
    expect(trailingNoteRef('3104', new Set(['04', '4']))).toBe('4');
    expect(trailingNoteRef('312', new Set(['2']))).toBeNull();
    expect(trailingNoteRef('3125', new Set(['4']))).toBeNull();
  });

  it.each([
    ['en', 'In 2022 the police recovered 1,2003 firearms, among them 742 rifles and 458 pistols.'],
    ['es', 'En 2022 la policía incautó 1.2003 armas de fuego, entre ellas 742 fusiles y 458 pistolas.'],
    ['fr', 'En 2022, la police a saisi 1.2003 armes à feu, dont 742 fusils et 458 pistolets.'],
  ])('%s: the count before the glued note loads, its parts confirm it', (language, text) => {
    const out = read(text, language, notes(['1', '2', '3']));
    expect(out.statements.map((s) => s.slice(0, 3))).toEqual([[1200, 1200, 'balanced']]);
    expect(out.warnings).toEqual([]);
  });

  it('a number with no separator that may end in a note loads nothing, with a warning naming both readings', () => {
    const out = read('In 2022 the Department of State Services seized 3124 weapons during raids.', 'en', notes(['1', '2', '3', '4']));
    expect(out.statements).toEqual([]);
    expect(out.warnings).toEqual([
      [
        'count-ambiguous-number',
        "\"3124 weapons\": '3124' may be 3,124 written without the separator the document's other numbers have, or 312 with note 4 (which the document's notes define) glued on: the two cannot be told apart; not guessed; not loaded, the count is NULL.",
      ],
    ]);
    expect(read('В 2022 году полиция изъяла 3124 единицы оружия.', 'ru', notes(['4'])).statements).toEqual([]);
  });

  it('without a defined note, or in a document that never groups its thousands, the digits are the number', () => {
    expect(read('In 2022 the police seized 3124 weapons.', 'en', notes(['1', '2'])).statements.map((s) => s[0])).toEqual([3124]);
    expect(read('In 2022 the police seized 3124 weapons.', 'en', notes(['4'], false)).statements.map((s) => s[0])).toEqual([3124]);
    expect(read('In 2022 the police seized 3124 weapons.', 'en', null).statements.map((s) => s[0])).toEqual([3124]);
  });

  it('a report read whole: its Notes list gives the notes, a wrapped hyphenated name goes on the sentence', () => {
    const text = [
      'NATIONAL REPORT OF NIGERIA ON THE PROGRAMME OF ACTION',
      '14 March 2024',
      '',
      '1. Seizures',
      'In 2022 the Nigeria Police Force recovered 1,2003 firearms in operations across the North-West and',
      'North-Central zones, among them 742 pump-action guns and 458 locally made pistols, in raids lasting',
      'several weeks. In the same quarter, the Department of State Services seized 3124 weapons during raids in',
      'Kaduna and Zamfara. The Nigeria Customs Service seized 1,340 firearms at the borders during the year.',
      '',
      '2. Marking',
      'Every firearm in the stocks of the Armed Forces carries the code NGA and a serial number at import.',
      '',
      'Notes',
      '3 Provisional figure from the Force Armament Department.',
      '4 Data compiled by the Directorate of Operations.',
    ].join('\n');
    const out = poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: 'NGA', reportYear: null, language: null, sourcePath: 'x' });
    expect(out.count_statements.map((s) => [s.line_start, s.total, s.components_sum, s.reconciliation])).toEqual([
      [5, 1200, 1200, 'balanced'],
      [8, 1340, null, 'no_parts'],
    ]);
    expect(out.issues.filter((i) => i.rule === 'count-ambiguous-number').map((i) => i.line_start)).toEqual([7]);
  });
});
