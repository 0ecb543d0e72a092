import { describe, expect, it } from 'vitest';
import { stateAdjectives } from '../../src/classify/adjectives.ts';
import { rankCountries } from '../../src/classify/country.ts';
import { classifyKind } from '../../src/classify/kind.ts';
import { decodePlainText } from '../../src/decoders/text.ts';

const model = (lines: string[]) => decodePlainText(`${lines.join('\n')}\n`, 'utf-8');
const adjectives = (line: string) => stateAdjectives(model([line])).map((c) => c.iso3);

describe('states named by their adjective', () => {
  it.each([
    ['The Kenyan Government remains committed', ['KEN']],
    ['Kyrgyz authorities seized 40 rifles', ['KGZ']],
    ['Tajik border guards', ['TJK']],
    ['le gouvernement kényan a détruit', ['KEN']],
    ['les autorités algériennes', ['DZA']],
    ['las autoridades guatemaltecas', ['GTM']],
    ['el Gobierno peruano', ['PER']],
    ['the kenyan coast (lower case English is no adjective of a state)', []],
    ['Polish the barrels before storage', []],
    ['Terms follow French typography; in Spanish, prefer "de ánima lisa"', []],
    ['the Kyrgyz language', []],
    ['les forces armées maliennes', ['MLI']],
  ])('%s -> %j', (line, expected) => {
    expect(adjectives(line)).toEqual(expected);
  });

  it('an adjective never sets the country: "Ghanaian authorities" in a page naming no state give no country', () => {
    expect(rankCountries(model(['Ghanaian authorities returned 14 rifles.']))).toEqual([]);
  });

  it('a report naming its state only by adjective names a state: it keeps its kind', () => {
    const report = ['NATIONAL REPORT ON THE IMPLEMENTATION OF THE PROGRAMME OF ACTION', 'Submitted by the Government of the Republic', '',
      '1. National coordination agency', 'The Kenyan Government established a national focal point in 2003.', '2. Marking', '3. Record keeping', '4. Stockpile management'];
    expect(classifyKind(model(report)).kind).toBe('poa_report');
    const noState = report.map((line) => line.replace('The Kenyan Government', 'The Government'));
    expect(classifyKind(model(noState)).reason).toMatch(/^not a profile or report: it names no state/u);
  });
});
