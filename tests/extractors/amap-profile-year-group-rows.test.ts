import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';

const rows = (out: ReturnType<typeof extractAmapProfile>) => out.explosions.map((e) => [e.row_number, e.line_start, e.year, e.location, e.deaths, e.injuries]);
const rules = (out: ReturnType<typeof extractAmapProfile>) => out.issues.map((i) => i.rule);

describe('amap-profile: year group rows over the incidents of that year', () => {
  it('reads a French table with a month column: a year-only row is no incident, its year goes to the rows below', () => {
    const text = [
      'Madagascar',
      'Profil de pays sur les munitions',
      'Explosions accidentelles',
      'Depuis 1979, trois explosions ont été recensées à Madagascar (Tableau 1).',
      'Tableau 1. Explosions accidentelles à Madagascar',
      'Mois | Lieu | Propriétaire/gestionnaire | Décès | Blessés |',
      '2021 | | | | |',
      'mars | Toamasina | État (militaire) | 0 | 3 |',
      'juillet | Mahajanga | État (police) | N/D | 9 |',
      '2012 | | | | |',
      'mai | Antsirabe | État (militaire) | 4 | 1 |',
      'Source : Small Arms Survey, base de données UEMS, 2023.',
    ].join('\n');
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(rows(out)).toEqual([
      [1, 8, 2021, 'Toamasina', 0, 3],
      [2, 9, 2021, 'Mahajanga', null, 9],
      [3, 11, 2012, 'Antsirabe', 4, 1],
    ]);
    expect(out.explosions[0]?.steps).toContainEqual(expect.objectContaining({ column: 'year', source_words: '2021', rule: 'table.year-group-row', value: '2021' }));
    expect(rules(out).filter((r) => r === 'year-from-group-row').length).toBe(3);
    expect(rules(out)).not.toContain('missing-column');
    expect(rules(out)).not.toContain('tally-mismatch');
  });

  it('reads group rows written as one spanning HTML cell, over rows whose year cell is empty', () => {
    const html = `<!DOCTYPE html><html><body><h1>Peru</h1><h2>Accidental explosions</h2>
<p>Since 1979, two accidental explosions were reported in Peru (Table 1).</p>
<table><caption>Table 1. Accidental explosions in Peru</caption>
<tr><th>Year</th><th>Location</th><th>Owner/manager</th><th>Deaths</th><th>Injuries</th></tr>
<tr><td colspan="5">2018</td></tr>
<tr><td></td><td>Lima</td><td>State (military)</td><td>1</td><td>2</td></tr>
<tr><td></td><td>Cusco</td><td>State (police)</td><td>0</td><td>5</td></tr>
</table></body></html>`;
    const out = extractAmapProfile(decodeHtmlText(html, 'utf-8', load));
    expect(out.explosions.map((e) => [e.row_number, e.year, e.location])).toEqual([
      [1, 2018, 'Lima'],
      [2, 2018, 'Cusco'],
    ]);
    expect(rules(out)).not.toContain('tally-mismatch');
  });

  it('keeps a year-only row over rows with their own year as a row (nothing says it groups them)', () => {
    const text = [
      'Chad',
      'Ammunition country profile',
      'Accidental explosions',
      'Table 1. Accidental explosions in Chad',
      'Year | Location | Owner/manager | Deaths | Injuries |',
      '2019 | | | | |',
      '2017 | Abéché | State (military) | 2 | 8 |',
    ].join('\n');
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(rows(out)).toEqual([
      [1, 6, 2019, null, null, null],
      [2, 7, 2017, 'Abéché', 2, 8],
    ]);
  });

  it('gives no year to rows above the first group row (never a guess)', () => {
    const text = [
      'Chad',
      'Ammunition country profile',
      'Accidental explosions',
      'Table 1. Accidental explosions in Chad',
      'Month | Location | Owner/manager | Deaths | Injuries |',
      'May | Abéché | State (military) | 2 | 8 |',
      '2016 | | | | |',
      'June | Faya | State (military) | 0 | 1 |',
    ].join('\n');
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(rows(out)).toEqual([
      [1, 6, null, 'Abéché', 2, 8],
      [2, 8, 2016, 'Faya', 0, 1],
    ]);
    expect(rules(out)).toContain('missing-column');
  });
});
