import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { readDiversionQuantity } from '../../src/extractors/amap-profile/diversion-quantity.ts';
import { readTally } from '../../src/extractors/amap-profile/tallies.ts';

/** Counts read through the language layer: number words past twelve, qualifiers, unknown markers, steps. */
describe('A-MAP counts in the page language', () => {
  it.each([
    ['Treize explosions accidentelles ont été signalées depuis 1990.', 'fr', 13, 'Treize', 'numberWords: treize'],
    ['Diecisiete explosiones accidentales fueron registradas desde 1990.', 'es', 17, 'Diecisiete', 'numberWords: diecisiete'],
    ['Since 1979, seventeen accidental explosions were reported.', 'en', 17, 'seventeen', 'numberWords: seventeen'],
  ] as const)('%s -> %d', (sentence, language, count, raw, entry) => {
    const tally = readTally(sentence, 'explosions', language);
    expect([tally?.reported_count, tally?.reported_raw]).toEqual([count, raw]);
    expect(tally?.steps).toEqual([{ column: 'reported_count', source_words: raw, rule: 'quantity.number-words', lexicon_entry: entry, language, value: String(count) }]);
  });

  it('"handed over 300 rifles" is an exact 300 (a verb, not "over 300"); "Some 90" is approximate', () => {
    expect(readDiversionQuantity('A soldier handed over 300 rifles to a criminal group.', 'en')).toEqual({
      quantity: 300,
      qualifier: null,
      steps: [],
    });
    expect(readDiversionQuantity('Some 90 pistols were stolen from a police station.', 'en')).toEqual({
      quantity: 90,
      qualifier: 'some',
      steps: [{ column: 'quantity_approx', source_words: 'Some', rule: 'quantity.qualifier-before', lexicon_entry: 'qualifiersBefore: some', language: 'en', value: '1' }],
    });
  });

  it('"9.607 rounds were stolen" in English is no quantity, and says why (the dot is the decimal mark); in Spanish it is 9607', () => {
    expect(readDiversionQuantity('Approximately 9.607 rounds were stolen from a depot.', 'en')).toEqual({
      quantity: null,
      qualifier: null,
      unsure: `'9.607' is not a whole count in English (decimal mark '.'): a decimal, or 9607 written with another language's thousands separator; not guessed`,
      steps: [],
    });
    expect(readDiversionQuantity('9.607 cartuchos desaparecieron de un depósito.', 'es')).toMatchObject({ quantity: 9607 });
  });

  it('a count cell of 9.607 in an English table is NULL with a warning, the row kept', () => {
    // Enough English prose for the page's language to be known (with no language, a dot may separate thousands).
    const prose = 'This profile is about the management of ammunition and the accidents that happened at the sites where it is stored by the state.';
    const text = `Kazakhstan\n\n${prose}\n\nAccidental explosions\n\n| Year | Location | Owner | Deaths | Injuries |\n|---|---|---|---|---|\n| 2019 | Arys | State (military) | 3 | 9.607 |\n`;
    const extraction = extractAmapProfile(decodePlainText(text, 'utf-8'), { kind: 'amap_profile', countryIso3: 'KAZ', reportYear: null, language: 'en', sourcePath: 'kaz.txt' });
    expect(extraction.explosions.map((e) => [e.year, e.location, e.deaths, e.injuries])).toEqual([[2019, 'Arys', 3, null]]);
    expect(extraction.issues.filter((i) => i.rule === 'count-ambiguous-number').map((i) => [i.severity, i.line_start, i.message])).toEqual([[
      'warning', 9, `explosions row 1 (line 9): injuries '9.607' is not a whole count in English (decimal mark '.'): a decimal, or 9607 written with another language's thousands separator; not guessed -> NULL.`,
    ]]);
  });

  it('"Seventeen rifles were stolen" is 17, like "Twelve rifles were stolen" is 12', () => {
    expect(readDiversionQuantity('Seventeen rifles were stolen.', 'en')).toMatchObject({ quantity: 17, qualifier: null });
    expect(readDiversionQuantity('Twelve rifles were stolen.', 'en')).toMatchObject({ quantity: 12, qualifier: null });
  });

  it.each([
    ['1 200 cartouches de 5,56 mm environ ont disparu d’un dépôt de la gendarmerie.', 'fr', 1200, 'environ'],
    ['40 pistolets automatiques au moins ont été vendus par un magasinier.', 'fr', 40, 'au moins'],
    ['1.200 cartuchos de calibre 5,56 mm aproximadamente desaparecieron de un depósito policial.', 'es', 1200, 'aproximadamente'],
    ['250 fusiles de asalto o más fueron sustraídos de un cuartel.', 'es', 250, 'o más'],
    ['3 000 munições de calibre 7,62 mm ou mais foram roubadas de um paiol.', 'pt', 3000, 'ou mais'],
  ] as const)('a qualifier closing the counted noun phrase hedges its number: %s', (description, language, quantity, qualifier) => {
    expect(readDiversionQuantity(description, language)).toMatchObject({ quantity, qualifier });
  });

  it('a qualifier after the noun phrase hedges nothing when a number follows it, or a comma or full stop comes before it', () => {
    expect(readDiversionQuantity('300 fusils ont été volés dans environ 20 dépôts.', 'fr')).toMatchObject({ quantity: 300, qualifier: null });
    expect(readDiversionQuantity('Se robaron 300 armas, aproximadamente la mitad pistolas.', 'es')).toMatchObject({ quantity: 300, qualifier: null });
    expect(readDiversionQuantity('Se robaron 1.200 cartuchos. Aproximadamente la mitad fue recuperada.', 'es')).toMatchObject({ quantity: 1200, qualifier: null });
  });

  it('a dot between thousands is a separator on a Spanish page, not on an English one', () => {
    expect(readDiversionQuantity('Se robaron 9.607 cartuchos del depósito.', 'es')).toMatchObject({ quantity: 9607 });
    expect(readDiversionQuantity('9.607 cartridges were stolen.', 'en')).toMatchObject({ quantity: null });
  });

  it('records the step of each N/A cell on the explosion row: deaths NULL with rule unknown.marker', () => {
    const x = extractAmapProfile(
      decodePlainText(
        [
          'Accidental explosions',
          'Table 1. Accidental explosions in Montenegro (1979–2021)',
          'Year | Location | Owner/manager | Deaths | Injuries',
          '2015 | Podgorica | State (military) | N/A | 1,204',
        ].join('\n'),
        'utf-8',
      ),
    );
    expect(x.explosions[0]?.deaths).toBeNull();
    expect(x.explosions[0]?.injuries).toBe(1204);
    expect(x.explosions[0]?.steps).toEqual([
      { column: 'deaths', source_words: 'N/A', rule: 'unknown.marker', lexicon_entry: 'unknownMarkers: n/a', language: 'en', value: 'NULL' },
      { column: 'injuries', source_words: '1,204', rule: 'quantity.thousands-separator', lexicon_entry: null, language: null, value: '1204' },
    ]);
  });
});
