import { describe, expect, it } from 'vitest';
import { readCountCell } from '../../src/transforms/quantity-mentions.ts';
import { readEmptyMarker, readUnknownMarker } from '../../src/transforms/unknown.ts';

/** A count cell that says "none" is 0, one that says "not known" is NULL: each with the step that read it. */
describe('count cells in words', () => {
  it.each([
    ['None', 'en', 'none'],
    ['Nil', 'en', 'nil'],
    ['aucun', 'fr', 'aucun'],
    ['Néant', 'fr', 'néant'],
    ['ninguno', 'es', 'ninguno'],
    ['нет', 'ru', 'нет'],
    ['nenhum', 'pt', 'nenhum'],
  ] as const)('%s (%s) is 0, recorded as the lexicon entry it matched', (cell, language, entry) => {
    expect(readCountCell(cell, language, 'deaths')).toEqual({
      value: 0,
      unknown: null,
      steps: [{ column: 'deaths', source_words: cell, rule: 'empty.marker', lexicon_entry: `emptyMarkers: ${entry}`, language, value: '0' }],
    });
  });

  it('a French table writing "none" in English still reads 0, in English', () => {
    expect(readEmptyMarker('none', 'fr')).toEqual({ written: 'none', language: 'en' });
  });

  it('a dash, a question mark or a statistical table\'s dots (`..`: not available) is unknown in every language, recorded as a sign and not a lexicon entry', () => {
    for (const sign of ['-', '–', '—', '?', '..', '...', '…']) {
      expect(readUnknownMarker(sign, 'ru')).toEqual({ written: sign, language: 'ru' });
      expect(readCountCell(sign, 'fr', 'injuries')).toEqual({
        value: null,
        unknown: { written: sign, language: 'fr' },
        steps: [{ column: 'injuries', source_words: sign, rule: 'unknown.marker', lexicon_entry: `sign of unknown: ${sign}`, language: 'fr', value: 'NULL' }],
      });
    }
  });

  it('"none" inside a sentence is no cell value', () => {
    expect(readEmptyMarker('none were killed', 'en')).toBeNull();
  });
});
