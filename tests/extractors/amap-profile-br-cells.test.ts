import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';

const page = (lang: string, heading: string, intro: string, header: string, rows: string[]): string =>
  `<!DOCTYPE html><html lang="${lang}"><body><h1>Country X</h1><p>Ammunition management country profile</p>
<h2>${heading}</h2><p>${intro}</p>
<table><thead><tr>${header}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
<h2>Needs</h2><p>No needs have been reported.</p></body></html>`;

const read = (html: string) => extractAmapProfile(decodeHtmlText(html, 'utf-8', load));
const rows = (html: string) => read(html).explosions.map((e) => [e.year, e.location, e.owner_raw, e.owner_type, e.owner_sector, e.deaths, e.injuries]);

describe('amap-profile: table cells holding lines split by <br>', () => {
  it('joins a cell’s lines into one value, and reads a combined Muertos /<br>Heridos column one value a line (Spanish, N/D unknown)', () => {
    const html = page('es', 'Explosiones accidentales', 'Se registraron dos explosiones.', '<th>Año</th><th>Lugar</th><th>Propietario/gestor</th><th>Muertos /<br>Heridos</th>', [
      '<tr><td>1998</td><td>Tolemaida,<br>Cundinamarca</td><td>Estado<br>(militar)</td><td>4<br>11</td></tr>',
      '<tr><td>2009</td><td>Puerto Berrío,<br>Antioquia</td><td>No estatal<br>(empresa)</td><td>1.200<br>n.d.</td></tr>',
    ]);
    expect(rows(html)).toEqual([
      [1998, 'Tolemaida, Cundinamarca', 'Estado (militar)', 'state', 'military', 4, 11],
      [2009, 'Puerto Berrío, Antioquia', 'No estatal (empresa)', 'non_state', 'company', 1200, null],
    ]);
    expect(read(html).issues.filter((i) => i.rule === 'unknown-value')).toHaveLength(1);
    expect(read(html).issues.filter((i) => i.rule === 'malformed-row')).toEqual([]);
  });

  it('reads a header naming two columns on two lines without a slash (English), and never joins two numbers of a plain column', () => {
    const html = page('en', 'Accidental explosions', 'Two explosions were recorded.', '<th>Year</th><th>Location</th><th>Owner</th><th>Deaths<br>Injuries</th>', [
      '<tr><td>2011</td><td>Camp A</td><td>State<br>(police)</td><td>2<br>unknown</td></tr>',
      '<tr><td>2012</td><td>Depot B</td><td>State (military)</td><td>0<br>3</td></tr>',
    ]);
    expect(rows(html)).toEqual([
      [2011, 'Camp A', 'State (police)', 'state', 'police', 2, null],
      [2012, 'Depot B', 'State (military)', 'state', 'military', 0, 3],
    ]);
    // A Deaths column alone whose cell has two lines of numbers is no single count: the row is refused, never 411.
    const plain = page('en', 'Accidental explosions', 'One explosion was recorded.', '<th>Year</th><th>Location</th><th>Deaths</th><th>Injuries</th>', [
      '<tr><td>2011</td><td>Camp A</td><td>4<br>11</td><td>2</td></tr>',
    ]);
    expect(read(plain).explosions.map((e) => e.deaths)).not.toContain(411);
    expect(read(plain).explosions.map((e) => e.deaths)).not.toContain(4);
  });
});
