import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import { extractCountStatements } from '../../src/transforms/count-statements/index.ts';
import { blankGluedMarkers, withoutNoteMarker } from '../../src/transforms/footnote-refs.ts';

/**
 * A note marker after a word is one idea read in two places: blanked in prose before the words around a count are
 * read (`the Police* seized`), and cut off a table's header label before the label is matched (`Rifles*`). Both read
 * the same shapes; only a marker standing after a space (`Pistols [2]`, `chasse b/`) is a header label's alone.
 */
const GLUED_SHAPES = ['*', '**', '***', '†', '‡', '††', '†††', '§', '§§', '¹', '²³', '¹,²', '¹˒²', '[2]', '[12]', '[ii]', '[iv]', '[1][2]'];

describe('a note marker after a word: one definition, in a header label and in prose', () => {
  it.each(GLUED_SHAPES)('%s glued to a word is cut off a header label and blanked in prose', (marker) => {
    expect(withoutNoteMarker(`Fusils de chasse${marker}`)).toBe('Fusils de chasse');
    expect(withoutNoteMarker(` Total (all weapons)${marker} `)).toBe('Total (all weapons)');
    expect(blankGluedMarkers(`In 2019 the Police${marker} seized 1,204 firearms.`)).toBe(`In 2019 the Police${' '.repeat(marker.length)} seized 1,204 firearms.`);
    expect(blankGluedMarkers(`the Ministry of Defence${marker}, the army`)).toBe(`the Ministry of Defence${' '.repeat(marker.length)}, the army`);
  });

  it('a marker after a space ends a header label, never a word of prose', () => {
    for (const marker of [' [2]', ' [ii]', ' [1][2]', ' b/', ' a/']) {
      expect(withoutNoteMarker(`Fusils de chasse${marker}`)).toBe('Fusils de chasse');
      expect(blankGluedMarkers(`la Policía${marker} incautó`)).toBe(`la Policía${marker} incautó`);
    }
    // A letter and slash in prose is as often a word's abbreviation (`c/` con, `p/` para) as a note letter.
    expect(blankGluedMarkers('armas c/ municiones, p/ la Policía')).toBe('armas c/ municiones, p/ la Policía');
    // Markers one after another all go off a label (`Fusils [2] b/`); a label that is only a marker stays.
    expect(withoutNoteMarker('Fusils de chasse [2] b/')).toBe('Fusils de chasse');
    expect(withoutNoteMarker('Rifles¹²³⁴')).toBe('Rifles');
    expect(withoutNoteMarker('[2]')).toBe('[2]');
  });

  it('is no marker where the sign is the word\'s own or a letter follows', () => {
    expect(withoutNoteMarker('Police(1)')).toBe('Police(1)');
    expect(blankGluedMarkers('the Police(1) seized')).toBe('the Police(1) seized');
    expect(blankGluedMarkers('the Police*a seized')).toBe('the Police*a seized');
    expect(withoutNoteMarker('Category [x]')).toBe('Category [x]');
    expect(withoutNoteMarker('Calibre 9/')).toBe('Calibre 9/');
  });

  it('reads a table whose header labels carry any marker shape as the categories the labels name', () => {
    const text = [
      'NATIONAL REPORT OF THE REPUBLIC OF MALAWI',
      'Date of submission: 14 March 2019',
      '',
      '2. Collection and destruction',
      'Table 2: Weapons destroyed by the Malawi Police Service, 2017-2018',
      'Year | Pistols [ii] | Rifles¹,² | Shotguns§ | Total†',
      '2017 | 310 | 1,204 | 96 | 1,610',
      '3. Marking',
      'Firearms are marked MW.',
    ].join('\n');
    const out = poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
    expect(out.count_statements.map((s) => [s.year, s.action, s.total, s.components_sum, s.reconciliation])).toEqual([[2017, 'destroyed', 1610, 1610, 'balanced']]);
    expect(out.count_statements[0]?.counts.map((c) => [c.category, c.quantity, c.is_total])).toEqual([
      ['firearms', 1610, true],
      ['pistols', 310, false],
      ['rifles', 1204, false],
      ['shotguns', 96, false],
    ]);
  });

  it('reads a sentence whose agency and count carry a section sign: the agency without it, the count with its marker set aside', () => {
    const read = (text: string, language: string) =>
      extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language }).statements.map((s) => [s.year, s.agency_raw, s.total]);
    expect(read('In 2019 the Police§ seized 1,204§ firearms.', 'en')).toEqual([[2019, 'the Police', 1204]]);
    expect(read('En 2019, la Gendarmerie nationale§§ a détruit 1 204§ armes.', 'fr')).toEqual([[2019, 'la Gendarmerie nationale', 1204]]);
    expect(read('В 2019 году полиция†† изъяла 1 204††† единицы оружия.', 'ru')).toEqual([[2019, 'полиция', 1204]]);
  });
});
