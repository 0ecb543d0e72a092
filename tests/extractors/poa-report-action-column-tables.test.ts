import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import type { Extraction } from '../../src/model/records.ts';

/** Tables by year whose rows are (year, action): a column naming each row's action beside the year column. */
const ctx = { kind: 'poa_report' as const, countryIso3: null, reportYear: null, language: null, sourcePath: 'x' };
const fromHtml = (html: string) => poaReportExtractor.extract(decodeHtmlText(html, 'utf-8', load), ctx);
const fromText = (text: string) => poaReportExtractor.extract(decodePlainText(text, 'utf-8'), ctx);
const statementsOf = (out: Extraction) => out.count_statements.map((s) => [s.line_start, s.year, s.year_basis, s.action, s.agency, s.total, s.components_sum, s.reconciliation]);
const countsOf = (out: Extraction, i: number) => out.count_statements[i]?.counts.map((c) => [c.category, c.quantity, c.is_total]);
const notRead = (out: Extraction) => out.issues.filter((i) => i.rule === 'table-not-read');

const htmlPage = (caption: string, thead: string, rows: string[]) => `<!DOCTYPE html><html lang="en"><body><main>
<h1>National Report of the Republic of South Africa on the Programme of Action</h1>
<p>Date of submission: 19 August 2022</p>
<h2>1. National coordination</h2>
<p>The Central Firearms Register of the South African Police Service (SAPS) is the national point of contact.</p>
<h2>2. Recovery and destruction of firearms</h2>
<table><caption>${caption}</caption><thead>${thead}</thead><tbody>${rows.join('')}</tbody></table>
<h2>3. Marking</h2><p>All firearms are marked ZA.</p>
</main></body></html>`;

const textReport = (title: string, date: string, heading: string, table: string[]) => [title, date, '', heading, ...table, '', '3. Marking', 'All firearms are marked.'].join('\n');

describe('poa-report: tables by year with a column naming each row action', () => {
  it('reads an HTML table whose year cell spans two rows, under a two-row header (a spanning `Type of firearm`), with the agency an acronym the text defines', () => {
    const out = fromHtml(
      htmlPage(
        'Table 1. Firearms recovered and destroyed by SAPS, 2020–2021',
        '<tr><th rowspan="2">Year</th><th rowspan="2">Action</th><th colspan="3">Type of firearm</th><th rowspan="2">Total</th></tr><tr><th>Pistols</th><th>Revolvers</th><th>Rifles</th></tr>',
        [
          '<tr><td rowspan="2">2020</td><td>Recovered</td><td>4&#8239;512</td><td>1&#8239;208</td><td>733</td><td>6&#8239;453</td></tr>',
          '<tr><td>Destroyed</td><td>9&#8239;870</td><td>3&#8239;115</td><td>1&#8239;402</td><td>14&#8239;387</td></tr>',
          '<tr><td rowspan="2">2021</td><td>Recovered</td><td>4&#8239;901</td><td>1&#8239;094</td><td>815</td><td>6&#8239;810</td></tr>',
          '<tr><td>Destroyed</td><td>n/a</td><td>n/a</td><td>n/a</td><td>17&#8239;260</td></tr>',
        ],
      ),
    );
    expect(statementsOf(out).map((s) => s.slice(1))).toEqual([
      [2020, 'stated', 'seized', 'police', 6453, 6453, 'balanced'],
      [2020, 'stated', 'destroyed', 'police', 14387, 14387, 'balanced'],
      [2021, 'stated', 'seized', 'police', 6810, 6810, 'balanced'],
      // Parts all `n/a`: a total with no parts, never a sum of 0.
      [2021, 'stated', 'destroyed', 'police', 17260, null, 'no_parts'],
    ]);
    expect(countsOf(out, 0)).toEqual([
      ['firearms', 6453, true],
      ['pistols', 4512, false],
      ['revolvers', 1208, false],
      ['rifles', 733, false],
    ]);
    expect(countsOf(out, 3)).toEqual([['firearms', 17260, true]]);
    expect(out.count_statements.map((s) => s.agency_raw)).toEqual(['SAPS', 'SAPS', 'SAPS', 'SAPS']);
    expect(out.issues.filter((i) => i.rule === 'unknown-value').length).toBe(3);
    expect(notRead(out)).toEqual([]);
  });

  it('reads an empty action header in HTML: the rows name the actions', () => {
    const out = fromHtml(
      htmlPage(
        'Table 1. Firearms by the South African Police Service',
        '<tr><th>Year</th><th></th><th>Pistols</th><th>Rifles</th><th>Total</th></tr>',
        ['<tr><td>2020</td><td>Seized</td><td>10</td><td>5</td><td>15</td></tr>', '<tr><td></td><td>Destroyed</td><td>7</td><td>3</td><td>10</td></tr>'],
      ),
    );
    expect(statementsOf(out).map((s) => s.slice(1))).toEqual([
      [2020, 'stated', 'seized', 'police', 15, 15, 'balanced'],
      [2020, 'stated', 'destroyed', 'police', 10, 10, 'balanced'],
    ]);
  });

  it('reads a Markdown pipe table in Spanish (`Acción`), the year written once for its rows', () => {
    const out = fromText(
      textReport('INFORME NACIONAL DE LA REPÚBLICA DE HONDURAS', 'Tegucigalpa, 3 de mayo de 2021', '2. Recolección y destrucción', [
        'Cuadro 1. Armas de fuego por la Policía Nacional, 2019-2020',
        '| Año  | Acción      | Pistolas | Escopetas | Total |',
        '|------|-------------|---------:|----------:|------:|',
        '| 2019 | Incautadas  | 40       | 12        | 52    |',
        '|      | Destruidas  | 30       | 10        | 40    |',
        '| 2020 | Incautadas  | 55       | n/d       | 55    |',
      ]),
    );
    expect(statementsOf(out)).toEqual([
      [8, 2019, 'stated', 'seized', 'police', 52, 52, 'balanced'],
      [9, 2019, 'stated', 'destroyed', 'police', 40, 40, 'balanced'],
      // A part not known: the row is never called balanced on the parts that remain.
      [10, 2020, 'stated', 'seized', 'police', 55, null, 'no_parts'],
    ]);
    // The year of line 9 is written on line 8: the step says so.
    expect(out.count_statements[1]?.steps?.find((step) => step.column === 'year')).toMatchObject({ rule: 'table.year-of-rows-below', source_words: '| 2019 | Incautadas  | 40       | 12        | 52    |', value: '2019' });
    expect(out.count_statements[1]?.source_text).toContain('Destruidas');
    // The years are never counts.
    expect(out.count_statements.flatMap((s) => s.counts.map((c) => c.quantity))).not.toContain(2019);
    expect(notRead(out)).toEqual([]);
  });

  it('reads a table laid out with spaces in Russian (`Действие`), the year written once', () => {
    const out = fromText(
      textReport('НАЦИОНАЛЬНЫЙ ДОКЛАД РЕСПУБЛИКИ КАЗАХСТАН', 'Дата представления: 12 марта 2021 года', '2. Сбор и уничтожение', [
        'Таблица 2. Оружие, изъятое и уничтоженное органами внутренних дел',
        'Год     Действие       Пистолеты    Карабины    Всего',
        '2020    Изъято         1 204        310         1 514',
        '        Уничтожено     900          100         1 000',
      ]),
    );
    expect(statementsOf(out)).toEqual([
      [7, 2020, 'stated', 'seized', 'police', 1514, 1514, 'balanced'],
      [8, 2020, 'stated', 'destroyed', 'police', 1000, 1000, 'balanced'],
    ]);
  });

  it('reads a French pipe table (`Mesure`) and one whose action header is left empty', () => {
    const french = fromText(
      textReport('RAPPORT NATIONAL DU BURKINA FASO', 'Date : 12 mars 2020', '2. Collecte et destruction', [
        'Tableau 1. Armes de la Gendarmerie nationale',
        '| Année | Mesure    | Pistolets | Fusils | Total |',
        '| 2018  | Saisies   | 100       | 50     | 150   |',
        '| 2018  | Détruites | 80        | 20     | 100   |',
      ]),
    );
    expect(statementsOf(french).map((s) => s.slice(1))).toEqual([
      [2018, 'stated', 'seized', 'police', 150, 150, 'balanced'],
      [2018, 'stated', 'destroyed', 'police', 100, 100, 'balanced'],
    ]);
    const empty = fromText(
      textReport('RAPPORT NATIONAL DU BURKINA FASO', 'Date : 12 mars 2020', '2. Collecte et destruction', [
        'Tableau 1. Armes de la Gendarmerie nationale',
        '| Année |           | Pistolets | Fusils | Total |',
        '| 2018  | Saisies   | 100       | 50     | 150   |',
        '|       | Détruites | 80        | 20     | 90    |',
      ]),
    );
    expect(statementsOf(empty).map((s) => s.slice(1))).toEqual([
      [2018, 'stated', 'seized', 'police', 150, 150, 'balanced'],
      // Loaded as written, with the unbalanced-count warning.
      [2018, 'stated', 'destroyed', 'police', 90, 100, 'unbalanced'],
    ]);
  });

  it('leaves a table whose action cells name no action unread, with its warning, loading none of its numbers', () => {
    for (const actionHeader of ['Action', '']) {
      const out = fromText(
        textReport('NATIONAL REPORT OF THE REPUBLIC OF ZAMBIA', 'Date of submission: 2 April 2021', '2. Collection and destruction', [
          'Table 3. Firearms of the Zambia Police Service',
          `| Year | ${actionHeader.padEnd(8)} | Pistols | Rifles | Total |`,
          '| 2019 | Seized   | 80      | 20     | 100   |',
          '|      | Returned | 7       | 3      | 10    |',
        ]),
      );
      expect(out.count_statements, actionHeader).toEqual([]);
      expect(notRead(out).map((i) => i.line_start), actionHeader).toEqual([7]);
      expect(notRead(out)[0]?.message).toContain("'Returned' (line 8)");
    }
    const html = fromHtml(
      htmlPage(
        'Table 1. Firearms of SAPS, 2020',
        '<tr><th>Year</th><th>Action</th><th>Pistols</th><th>Total</th></tr>',
        ['<tr><td>2020</td><td>Registered</td><td>10</td><td>10</td></tr>', '<tr><td>2020</td><td>Licensed</td><td>7</td><td>7</td></tr>'],
      ),
    );
    expect(html.count_statements).toEqual([]);
    expect(notRead(html).length).toBe(1);
  });
});
