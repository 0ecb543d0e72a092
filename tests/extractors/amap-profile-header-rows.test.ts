import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { mergeHeaderColumns } from '../../src/extractors/amap-profile/table-drafts.ts';

/** An explosions table whose header takes two rows: `Casualties` spans `Killed | Wounded`. */
const page = (casualtyHeader: string): string => `<!DOCTYPE html><html><body>
<h1>Iraq</h1>
<h2>Accidental explosions</h2>
<p>Since the beginning of data collection in 1979 by the Small Arms Survey, two accidental explosions were reported in Iraq (Table 1).</p>
<table><caption>Table 1. Accidental explosions in Iraq (1979–2023)</caption>
<thead>${casualtyHeader}</thead>
<tbody>
<tr><td>2019</td><td>Al-Saqr</td><td>State (military)</td><td>1</td><td>29</td></tr>
<tr><td>2016</td><td>Hilla</td><td>State (police)</td><td>N/A</td><td>7</td></tr>
</tbody></table>
</body></html>`;

const twoRows =
  '<tr><th rowspan="2">Year</th><th rowspan="2">Location</th><th rowspan="2">Owner/manager</th><th colspan="2">Casualties</th></tr><tr><th>Deaths</th><th>Injuries</th></tr>';

describe('amap-profile: a table header written in two rows', () => {
  it('names the columns under a spanning label from the row below (deaths and injuries are read)', () => {
    const extraction = extractAmapProfile(decodeHtmlText(page(twoRows), 'utf-8', load));
    expect(extraction.explosions.map((e) => [e.year, e.location, e.owner_type, e.deaths, e.injuries])).toEqual([
      [2019, 'Al-Saqr', 'state', 1, 29],
      [2016, 'Hilla', 'state', null, 7],
    ]);
    expect(extraction.issues.filter((i) => i.rule === 'missing-column')).toEqual([]);
  });

  it('still says a column is missing when no header row names it', () => {
    const noLower = '<tr><th>Year</th><th>Location</th><th>Owner/manager</th><th colspan="2">Casualties</th></tr>';
    const extraction = extractAmapProfile(decodeHtmlText(page(noLower), 'utf-8', load));
    expect(extraction.explosions.map((e) => [e.deaths, e.injuries])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(extraction.issues.filter((i) => i.rule === 'missing-column').length).toBe(1);
  });

  it('merges the columns: the upper row keeps its names, the lower fills the unnamed ones, never a name twice', () => {
    expect(mergeHeaderColumns(['year', 'location', 'owner', null, null], ['year', 'location', 'owner', 'deaths', 'injuries'])).toEqual([
      'year', 'location', 'owner', 'deaths', 'injuries',
    ]);
    expect(mergeHeaderColumns(['year', null, 'deaths'], ['year', 'deaths', 'injuries'])).toEqual(['year', null, 'deaths']);
    expect(mergeHeaderColumns(['year', 'location'], ['year', 'location', 'description'])).toEqual(['year', 'location', 'description']);
  });
});
