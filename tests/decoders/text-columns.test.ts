import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { readTextColumns } from '../../src/decoders/text-columns.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/** Two texts set side by side as `pdftotext -layout` writes them: the right one starting at column `at`. */
const sideBySide = (left: string[], right: string[], at: number): string[] =>
  Array.from({ length: Math.max(left.length, right.length) }, (_, k) => {
    const l = left[k] ?? '';
    const r = right[k] ?? '';
    return r === '' ? l : `${l.padEnd(at)}${r}`;
  });

describe('text set in two columns (pdftotext -layout)', () => {
  const left = ['1. Coordination nationale', 'La Commission nationale réunit les', 'ministères de la Défense et de la', 'Sécurité intérieure depuis 2011.', '', '2. Marquage', 'Les armes importées sont marquées', 'à leur entrée sur le territoire.'];
  const right = ['3. Collecte et destruction', 'En 2018, la Gendarmerie nationale a', 'saisi 640 armes dont 410 fusils et', '230 pistolets lors de ses opérations.', '', '4. Besoins d’assistance', 'Le pays cherche un appui pour la', 'formation de ses armuriers.'];
  const page = ['RÉPUBLIQUE DU NIGER', 'RAPPORT NATIONAL SUR LA MISE EN ŒUVRE DU PROGRAMME D’ACTION DES NATIONS UNIES', '', ...sideBySide(left, right, 42), '', '                                   3'];

  it('reads the left column to its foot, then the right one, each part on the line it stands on', () => {
    const columns = readTextColumns(page);
    expect(columns?.map((c) => [c.line, c.text])).toEqual([
      [1, 'RÉPUBLIQUE DU NIGER'],
      [2, 'RAPPORT NATIONAL SUR LA MISE EN ŒUVRE DU PROGRAMME D’ACTION DES NATIONS UNIES'],
      [3, ''],
      ...left.map((text, k) => [4 + k, text]),
      ...right.map((text, k) => [4 + k, text]),
      [12, ''],
      [13, '                                   3'],
    ]);
  });

  it('gives a report read column by column: sections side by side stay apart, a statement whole', () => {
    const doc = decodePlainText(page.join('\n'), 'utf-8');
    const out = poaReportExtractor.extract(doc, { kind: 'poa_report', countryIso3: 'NER', reportYear: 2019, language: 'fr', sourcePath: 'x.txt' });
    expect(out.sections.map((s) => [s.heading_raw, s.topic, s.line_start])).toEqual([
      ['1. Coordination nationale', 'national_coordination', 4],
      ['2. Marquage', 'marking', 9],
      ['3. Collecte et destruction', 'collection_destruction', 4],
      ['4. Besoins d’assistance', 'assistance_needs', 9],
    ]);
    expect(out.count_statements.map((s) => [s.year, s.action, s.total, s.components_sum, s.line_start, s.line_end])).toEqual([[2018, 'seized', 640, 640, 5, 7]]);
  });

  it('joins a word hyphenated at a column line end', () => {
    const l = ['The Focal Point sits in the Ministry', 'of Justice and brings together nine', 'institutions of the government and', 'two civil society organisations.'];
    const r = ['In 2017 the Police seized 310 home-', 'made guns and 95 rifles in raids in', 'the north of the country, and also', 'recovered four hundred cartridges.'];
    const columns = readTextColumns(sideBySide(l, r, 44));
    expect(columns?.slice(4).map((c) => c.text)).toEqual(['In 2017 the Police seized 310 homemade', 'guns and 95 rifles in raids in', 'the north of the country, and also', 'recovered four hundred cartridges.']);
  });

  it('leaves alone a table laid out with spaces, a list of terms and definitions, and one column of prose', () => {
    const table = ['Year      Seized      Destroyed      Returned', '2016      1,204       3,310          12', '2017      1,530       2,900          40', '2018      1,611       n/a            7'];
    expect(readTextColumns(table)).toBeNull();
    const glossary = sideBySide(['SALW', 'PoA', 'ITI', 'UNODA'], ['small arms and light weapons as defined', 'the Programme of Action adopted in 2001', 'the International Tracing Instrument', 'the Office for Disarmament Affairs'], 30);
    expect(readTextColumns(glossary)).toBeNull();
    const prose = ['The Commission met four times in 2019 and adopted a national action', 'plan on small arms.   It also organised two workshops on marking and', 'record-keeping for the police and customs, and a third one on stockpile', 'management for the armed forces.'];
    expect(readTextColumns(prose)).toBeNull();
    // Two columns of numbers and one-word labels (a table of two columns): no prose on either side.
    const counts = sideBySide(['Pistols', 'Rifles', 'Shotguns', 'Total'], ['1,020', '2,300', '410', '3,730'], 40);
    expect(readTextColumns(counts)).toBeNull();
    expect(decodePlainText(table.join('\n'), 'utf-8').columnLines).toBeUndefined();
  });
});
