import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';

describe('amap-profile: PDF text with a table header wrapped over two lines', () => {
  it('joins the second header line to the labels (no data row 1), a totals column not loaded, a tally sentence wrapped', () => {
    const text = [
      'Mozambique',
      'Ammunition country profile',
      'Explosions accidentelles',
      'Deux explosions non planifiées sont connues au Mozambique depuis',
      '1979 (Tableau 1).',
      'Tableau 1. Explosions accidentelles au Mozambique',
      'Année | Lieu    | Propriétaire/  | Nombre de | Nombre de | Total     |',
      '      |         | gestionnaire   | décès     | blessés   | victimes  |',
      '2007  | Maputo  | État (militaire) | 103     | 515       | 618       |',
      '2001  | Beira   | État (police)  | N/D       | 4         | 4         |',
      'Total |         |                | 103       | 519       | 622       |',
    ].join('\n');
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(out.explosions.map((e) => [e.row_number, e.line_start, e.year, e.location, e.owner_raw, e.deaths, e.injuries])).toEqual([
      [1, 9, 2007, 'Maputo', 'État (militaire)', 103, 515],
      [2, 10, 2001, 'Beira', 'État (police)', null, 4],
    ]);
    expect(out.issues.filter((i) => ['malformed-row', 'tally-mismatch', 'missing-column'].includes(i.rule))).toEqual([]);
    expect(out.issues.find((i) => i.rule === 'column-not-loaded')?.message).toContain("'Total victimes'");
    expect(out.tallies.map((t) => [t.reported_count, t.period_start, t.line_start, t.line_end])).toEqual([[2, 1979, 4, 5]]);
  });

  it('keeps a first row of unknowns under the header as a row', () => {
    const text = [
      'Chad',
      'Ammunition country profile',
      'Accidental explosions',
      'Table 1. Accidental explosions in Chad',
      'Year | Location | Owner/manager | Deaths | Injuries |',
      'N/A | Abéché | | N/A | N/A |',
      '2017 | Faya | State (military) | 2 | 8 |',
    ].join('\n');
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(out.explosions.map((e) => [e.row_number, e.year, e.location])).toEqual([
      [1, null, 'Abéché'],
      [2, 2017, 'Faya'],
    ]);
  });
});
