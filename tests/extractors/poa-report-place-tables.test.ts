import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import type { Extraction } from '../../src/model/records.ts';

/**
 * Tables whose rows are places (regions, provinces, départements) by action: one statement per action column, its total
 * the Total row as printed, no parts (a region is no weapon category); rows that do not add up to the Total are named
 * in a warning. A header over two rows (rowspan/colspan) is read as one. A table of ammunition loads nothing.
 */
const ctx = { kind: 'poa_report' as const, countryIso3: null, reportYear: null, language: null, sourcePath: 'x' };
const fromHtml = (html: string) => poaReportExtractor.extract(decodeHtmlText(html, 'utf-8', load), ctx);
const fromText = (text: string) => poaReportExtractor.extract(decodePlainText(text, 'utf-8'), ctx);
const statementsOf = (out: Extraction) =>
  out.count_statements.map((s) => [s.year, s.action, s.agency, s.agency_raw, s.total, s.components_sum, s.reconciliation, s.counts.map((c) => [c.category, c.quantity, c.is_total])]);
const rulesOf = (out: Extraction, rule: string) => out.issues.filter((i) => i.rule === rule).map((i) => i.message);

const htmlPage = (lang: string, title: string, heading: string, table: string) => `<!DOCTYPE html><html lang="${lang}"><body><main>
<h1>${title}</h1>
<p>29 September 2023</p>
<h2>${heading}</h2>
${table}
<h2>3. Marking</h2><p>All firearms are marked.</p>
</main></body></html>`;

describe('poa-report: tables whose rows are places', () => {
  it('an HTML table with a two-row header (rowspan, colspan): one statement per action, the Total row as printed, a mismatch named', () => {
    const out = fromHtml(
      htmlPage(
        'en',
        'National Report of Ghana on the Programme of Action',
        '1. Seizure and destruction',
        `<table><caption>Table 2. Firearms seized and destroyed by the Ghana Police Service, by region, 2022</caption>
<thead><tr><th rowspan="2">Region</th><th colspan="2">Number of weapons</th></tr><tr><th>Seized</th><th>Destroyed</th></tr></thead>
<tbody><tr><td>Greater Accra</td><td>1&nbsp;204</td><td>860</td></tr><tr><td>Ashanti</td><td>932</td><td>1&nbsp;015</td></tr>
<tr><td>Northern</td><td>417</td><td>0</td></tr><tr><td>Volta</td><td>388</td><td>212</td></tr></tbody>
<tfoot><tr><th>Total</th><td>2&nbsp;951</td><td>2&nbsp;087</td></tr></tfoot></table>`,
      ),
    );
    expect(statementsOf(out)).toEqual([
      [2022, 'seized', 'police', 'the Ghana Police Service', 2951, null, 'no_parts', [['firearms', 2951, true]]],
      [2022, 'destroyed', 'police', 'the Ghana Police Service', 2087, null, 'no_parts', [['firearms', 2087, true]]],
    ]);
    expect(rulesOf(out, 'table-total-mismatch')).toEqual([expect.stringContaining("column 'Seized': the rows (Greater Accra, Ashanti, Northern, Volta) add up to 2941, the Total row says 2951")]);
    expect(rulesOf(out, 'table-rows-not-parts')).toHaveLength(1);
    expect(rulesOf(out, 'table-not-read')).toEqual([]);
  });

  it('in French, a table of départements by action that adds up: no mismatch, no parts', () => {
    const out = fromHtml(
      htmlPage(
        'fr',
        'Rapport national du Sénégal sur le Programme d’action',
        '1. Saisies et destructions',
        `<table><caption>Tableau 3. Armes saisies et détruites par la Gendarmerie nationale, par région, 2021</caption>
<tr><th>Région</th><th>Saisies</th><th>Détruites</th></tr>
<tr><td>Dakar</td><td>120</td><td>80</td></tr><tr><td>Thiès</td><td>45</td><td>30</td></tr><tr><td>Total</td><td>165</td><td>110</td></tr></table>`,
      ),
    );
    expect(statementsOf(out).map((s) => [s[0], s[1], s[4], s[6], s[7]])).toEqual([
      [2021, 'seized', 165, 'no_parts', [['firearms', 165, true]]],
      [2021, 'destroyed', 110, 'no_parts', [['firearms', 110, true]]],
    ]);
    expect(rulesOf(out, 'table-total-mismatch')).toEqual([]);
  });

  it('in Spanish, as text with pipes, one count column under a caption naming the action', () => {
    const out = fromText(
      [
        'INFORME NACIONAL DE GUATEMALA',
        'Fecha: 4 de mayo de 2023',
        '',
        '2. Armas incautadas',
        'Cuadro 1. Armas de fuego incautadas por la Policía Nacional Civil, por departamento, 2022',
        'Departamento | Cantidad',
        'Guatemala | 812',
        'Escuintla | 190',
        'Total | 1.002',
        '',
        '3. Marcaje',
        'Todas las armas se marcan.',
      ].join('\n'),
    );
    expect(statementsOf(out).map((s) => [s[0], s[1], s[2], s[4], s[6], s[7]])).toEqual([[2022, 'seized', 'police', 1002, 'no_parts', [['firearms', 1002, true]]]]);
  });

  it('without a Total row: nothing is loaded (the rows are no parts, their sum is not stated) and a warning says so', () => {
    const out = fromText(
      [
        'NATIONAL REPORT OF KENYA',
        'Date of submission: 4 May 2024',
        '',
        '2. Collection and destruction',
        'Table 1. Firearms seized and destroyed by county, 2023',
        'County | Seized | Destroyed',
        'Nairobi | 120 | 80',
        'Mombasa | 45 | 30',
        '',
        '3. Marking',
        'All firearms are marked.',
      ].join('\n'),
    );
    expect(out.count_statements).toEqual([]);
    expect(rulesOf(out, 'table-not-read')).toEqual([expect.stringContaining("its rows are places ('County')")]);
  });

  it('a table of ammunition by region or calibre loads nothing, with an info naming it', () => {
    for (const label of ['Region', 'Calibre']) {
      const out = fromText(
        [
          'NATIONAL REPORT OF GHANA',
          'Date of submission: 4 May 2024',
          '',
          '2. Collection and destruction',
          'Table 3. Ammunition seized by the Ghana Police Service, 2022 (rounds)',
          `${label} | Rounds`,
          'Greater Accra | 14 300',
          'Volta | 2 075',
          'Total | 16 375',
          '',
          '3. Marking',
          'All firearms are marked.',
        ].join('\n'),
      );
      expect(out.count_statements).toEqual([]);
      expect(rulesOf(out, 'not-a-weapon-count')).toEqual([expect.stringContaining('Table 3. Ammunition seized')]);
    }
  });
});
