import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { cellsOfItem } from '../../src/extractors/amap-profile/incident-list.ts';

const page = (heading: string, intro: string, items: string[]): string =>
  ['Country X', 'Ammunition management country profile', heading, intro, ...items, 'Needs', 'No needs have been reported.'].join('\n');
const read = (text: string) => extractAmapProfile(decodePlainText(text, 'utf-8'));
const rows = (text: string) => read(text).explosions.map((e) => [e.year, e.location, e.owner_raw, e.owner_type, e.owner_sector, e.deaths, e.injuries, e.row_number]);

describe('amap-profile: explosion items whose fields are split by spaced dashes', () => {
  it('reads date – place – owner – casualties; a thousands-separated count is read whole, never its last group', () => {
    const text = page('Accidental explosions', 'Two unplanned explosions were recorded.', [
      '  • 27 January 2002 – Ikeja Cantonment, Lagos – State (military) – 1,100 killed, injuries unknown',
      '  • 9 May 2014 – Kaduna – State (police) – 3 killed, 14 injured',
    ]);
    expect(rows(text)).toEqual([
      [2002, 'Ikeja Cantonment, Lagos', 'State (military)', 'state', 'military', 1100, null, 1],
      [2014, 'Kaduna', 'State (police)', 'state', 'police', 3, 14, 2],
    ]);
    expect(read(text).issues.filter((i) => i.severity === 'warning')).toEqual([]);
  });

  it('reads the fields in any order, in French and Spanish, and a date range of one field split by the dash', () => {
    const french = page('Explosions accidentelles', 'Deux explosions accidentelles ont été recensées.', [
      '- Dépôt de Mpila, Brazzaville — 4 mars 2012 — 2 300 blessés, 282 tués — État (militaire)',
      '- État (police) — 9 août 2009 — Camp de Loandjili, Pointe-Noire — 0 tué',
    ]);
    expect(rows(french).map((r) => r.slice(0, 7))).toEqual([
      [2012, 'Dépôt de Mpila, Brazzaville', 'État (militaire)', 'state', 'military', 282, 2300],
      [2009, 'Camp de Loandjili, Pointe-Noire', 'État (police)', 'state', 'police', 0, null],
    ]);
    const spanish = page('Explosiones accidentales', 'Se registraron dos explosiones accidentales.', [
      '• 2 de mayo de 2016 - Base naval de Talcahuano - 1.250 heridos, 12 muertos - Estado (militar)',
      '• diciembre de 2011 – enero de 2012 – Regimiento Tucapel – 1 muerto, 4 heridos',
    ]);
    expect(rows(spanish).map((r) => r.slice(0, 7))).toEqual([
      [2016, 'Base naval de Talcahuano', 'Estado (militar)', 'state', 'military', 12, 1250],
      [null, 'Regimiento Tucapel', null, null, null, 1, 4],
    ]);
  });

  it('leaves location and owner NULL with a warning when two fields could each be the place, never a guess', () => {
    const text = page('Accidental explosions', 'One unplanned explosion was recorded.', ['• 3 June 2010 – Camp Alpha – Harbour District – 5 killed, 2 injured']);
    expect(rows(text)).toEqual([[2010, null, null, null, null, 5, 2, 1]]);
    expect(read(text).issues.filter((i) => i.rule === 'list-item-field-not-read').map((i) => i.line_start)).toEqual([5]);
  });

  it('property: any order of the four fields gives the same cells, the counts whole', () => {
    const place = fc.constantFrom('Ikeja Cantonment, Lagos', 'Arsenal Kalai near Herat', 'Depot 7, Harbour Road', 'Mpila');
    const owner = fc.constantFrom('State (military)', 'State (police)', 'Non-state (company)', 'Military');
    const date = fc.constantFrom(['27 January 2002', 2002], ['9 May 2014', 2014], ['2019', 2019], ['2019-03-12', 2019]);
    const count = fc.integer({ min: 0, max: 99_999 });
    const fmt = (n: number): string => n.toLocaleString('en-US');
    const dash = fc.constantFrom(' – ', ' — ', ' - ');
    fc.assert(
      fc.property(place, owner, date, count, count, dash, fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), (p, o, [d, year], deaths, injuries, sep, keys) => {
        const fields = [d, p, o, `${fmt(deaths)} killed, ${fmt(injuries)} injured`];
        const order = fields.map((f, i) => [keys[i] ?? 0, i, f] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]);
        const cut = cellsOfItem(order.join(sep), 1, 'en');
        expect(typeof cut).toBe('object');
        if (typeof cut === 'string') return;
        expect(cut.notes).toEqual([]);
        expect(cut.cells.get('year')).toBe(d);
        expect(cut.cells.get('location')).toBe(p);
        expect(cut.cells.get('owner')).toBe(o);
        expect(cut.cells.get('deaths')).toBe(fmt(deaths));
        expect(cut.cells.get('injuries')).toBe(fmt(injuries));
        expect(year).toBeGreaterThan(0);
      }),
    );
  });
});
