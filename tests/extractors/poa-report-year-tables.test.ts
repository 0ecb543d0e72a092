import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import { extractCountStatements } from '../../src/transforms/count-statements/index.ts';

/** Report shapes of the local development set's documents tests/fixtures/devset-local/docs/h2_rep_*, in other words. */
const ctx = { kind: 'poa_report' as const, countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' };
const extract = (text: string) => poaReportExtractor.extract(decodePlainText(text, 'utf-8'), ctx);
const cells = (out: ReturnType<typeof extract>) =>
  out.count_statements.map((s) => [s.year, s.year_basis, s.action, s.total, s.components_sum, s.reconciliation, s.line_start, s.counts.map((c) => [c.category, c.is_total])]);

describe('tables by year', () => {
  it('reads each cell of a pipe table as a statement of its row year and column action, skipping unknown cells and the total row', () => {
    const out = extract(
      'NATIONAL REPORT OF MALAWI\nDate: 2 May 2015\n3. Collection and destruction\nTable 2. Firearms recovered and destroyed\n| Year | Recovered | Destroyed |\n| 2012 | 310 | - |\n| 2013 | 1,045 | 2,200 |\n| Total | 1,355 | 2,200 |\nMore weapons will be destroyed in 2015.\n',
    );
    expect(cells(out)).toEqual([
      [2012, 'stated', 'seized', 310, null, 'no_parts', 6, [['firearms', true]]],
      [2013, 'stated', 'seized', 1045, null, 'no_parts', 7, [['firearms', true]]],
      [2013, 'stated', 'destroyed', 2200, null, 'no_parts', 7, [['firearms', true]]],
    ]);
    expect(out.count_statements[1]?.source_text).toBe('| 2013 | 1,045 | 2,200 |');
    expect(out.issues.map((i) => [i.rule, i.line_start])).toEqual([
      ['unknown-value', 6],
      ['table-total-row', 8],
    ]);
  });

  it('reads a table whose columns the PDF separated by one space when every row has one token per column', () => {
    const out = extract('NATIONAL REPORT OF PERU\nDate: 9 June 2014\n2. Collection\nPistols seized, by year\nYear Seized\n2012 412\n2013 398\n');
    expect(cells(out)).toEqual([
      [2012, 'stated', 'seized', 412, null, 'no_parts', 6, [['pistols', true]]],
      [2013, 'stated', 'seized', 398, null, 'no_parts', 7, [['pistols', true]]],
    ]);
  });

  it('takes what was counted from a numbered caption that ends with an abbreviation\'s stop (`2012–2017 гг.`)', () => {
    const out = extract(
      'НАЦИОНАЛЬНЫЙ ДОКЛАД КЫРГЫЗСКОЙ РЕСПУБЛИКИ\nДата представления: 28.06.2018\n3. Сбор и уничтожение оружия\nТаблица 1. Оружие, изъятое и уничтоженное органами внутренних дел, 2012–2017 гг.\nГод | Изъято | Уничтожено\n2012 | 1 204 | 980\n',
    );
    expect(cells(out)).toEqual([
      [2012, 'stated', 'seized', 1204, null, 'no_parts', 6, [['firearms', true]]],
      [2012, 'stated', 'destroyed', 980, null, 'no_parts', 6, [['firearms', true]]],
    ]);
    // A sentence ending with a stop above the table is still no caption: nothing says what was counted.
    const prose = extract('NATIONAL REPORT OF KENYA\nDate: 2 May 2019\n2. Collection\nThe figures are set out below.\nYear | Seized\n2012 | 310\n');
    expect(cells(prose)).toEqual([]);
  });

  it('loads nothing from a table of ammunition, and says so', () => {
    const out = extract('NATIONAL REPORT OF FIJI\nDate: 14 March 2016\n2. Collection\nRounds of ammunition seized\nYear    Seized\n2014    12,000\n');
    expect(out.count_statements).toEqual([]);
    expect(out.issues.map((i) => i.rule)).toEqual(['unknown-category']);
  });

  it('keeps the statements of the prose around a table in document order; the weapons may be named by the column', () => {
    const out = extract('NATIONAL REPORT OF KENYA\nDate: 2 May 2019\n2. Collection\nIn 2015 the police seized 40 pistols.\nYear    Weapons destroyed\n2016    500\nIn 2017 the police seized 60 rifles.\n');
    expect(out.count_statements.map((s) => [s.year, s.action, s.total, s.counts[0]?.category])).toEqual([
      [2015, 'seized', 40, 'pistols'],
      [2016, 'destroyed', 500, 'firearms'],
      [2017, 'seized', 60, 'rifles'],
    ]);
  });

  it('loads nothing from a table that does not say what it counts', () => {
    const out = extract('NATIONAL REPORT OF KENYA\nDate: 2 May 2019\n2. Collection\nThe police report every year.\nYear    Destroyed\n2016    500\n');
    expect(out.count_statements).toEqual([]);
    expect(out.issues.map((i) => [i.rule, i.line_start])).toEqual([['unknown-category', 6]]);
  });
});

describe('HTML tables of counts', () => {
  it('reads a <table> under a <caption> that is no "Table 1." as one statement, the Total row as its total', () => {
    const html =
      '<html><body><h2>2. Destruction</h2><p>The army destroyed the following.</p><table><caption>Arms destroyed in 2014</caption><tr><th>Type</th><th>Number</th></tr><tr><td>Rifles</td><td>300</td></tr><tr><td>Pistols</td><td>1,200</td></tr><tr><td>Total</td><td>1,500</td></tr></table></body></html>';
    const out = poaReportExtractor.extract(decodeHtmlText(`<h1>National report of Chile</h1><p>Date: 3 May 2015</p>${html}`, 'utf-8', load), { ...ctx, sourcePath: 'x.html' });
    expect(out.count_statements.map((s) => [s.year, s.action, s.total, s.components_sum, s.reconciliation, s.counts.map((c) => [c.category, c.quantity])])).toEqual([
      [2014, 'destroyed', 1500, 1500, 'balanced', [['rifles', 300], ['pistols', 1200], ['firearms', 1500]]],
    ]);
  });
});

describe('count statements: shapes of the Spanish and English devset-local reports', () => {
  const read = (text: string, language = 'es') => extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2017, language });
  it('reads a part after a copula ("830 eran pistolas"), a year closing a range of months, and "entregó voluntariamente"', () => {
    const { statements } = read('Entre enero y diciembre de 2015, la población entregó voluntariamente un total de 90 armas de fuego, de las cuales 60 eran escopetas y 30 revólveres.');
    expect(statements.map((s) => [s.year, s.year_basis, s.action, s.total, s.components_sum, s.counts.map((c) => c.category)])).toEqual([
      [2015, 'stated', 'surrendered', 90, 90, ['firearms', 'shotguns', 'revolvers']],
    ]);
  });

  it('keeps a named body outside the agency vocabulary as agency_raw with a NULL code', () => {
    const { statements, issues } = read('In 2014 the Uganda Wildlife Authority also seized 12 rifles.', 'en');
    expect(statements.map((s) => [s.agency, s.agency_raw])).toEqual([[null, 'the Uganda Wildlife Authority']]);
    expect(issues.map((i) => i.rule)).toEqual(['unknown-agency']);
  });
});

describe('a table continued on the next page', () => {
  const agencies = (out: ReturnType<typeof extract>) => out.count_statements.map((s) => [s.year, s.action, s.agency, s.total, s.reconciliation, s.line_start]);

  it('under `Table 1 (continued)` and its header repeated, the rows keep the first caption’s action and agency', () => {
    const out = extract(
      [
        'NATIONAL REPORT OF UGANDA', // 1
        'Date: 2 May 2024', // 2
        '3. Destruction', // 3
        'Table 1: Firearms destroyed by the Uganda Police Force, by year', // 4
        'Year      Pistols    Rifles    Total', // 5
        '2021          310       905    1,215', // 6
        '', // 7
        'Table 1 (continued)', // 8
        'Year      Pistols    Rifles    Total', // 9
        '2022          198       870    1,068', // 10
      ].join('\n'),
    );
    expect(agencies(out)).toEqual([
      [2021, 'destroyed', 'police', 1215, 'balanced', 6],
      [2022, 'destroyed', 'police', 1068, 'balanced', 10],
    ]);
  });

  it('in French (`Tableau 2 (suite)`), the weapons of the caption too', () => {
    const out = extract(
      [
        'RAPPORT NATIONAL DU MALI', // 1
        'Date : 2 mai 2024', // 2
        '3. Collecte', // 3
        'Tableau 2 : Armes saisies par la Gendarmerie nationale', // 4
        'Année    Saisies', // 5
        '2021     310', // 6
        '', // 7
        'Tableau 2 (suite)', // 8
        'Année    Saisies', // 9
        '2022     198', // 10
      ].join('\n'),
    );
    expect(agencies(out).map(([year, action, , total]) => [year, action, total])).toEqual([
      [2021, 'seized', 310],
      [2022, 'seized', 198],
    ]);
  });

  it('a caption of the same number over another header is no continuation: its rows are not read under the first caption', () => {
    const out = extract(
      [
        'NATIONAL REPORT OF UGANDA', // 1
        'Date: 2 May 2024', // 2
        '3. Destruction', // 3
        'Table 1: Firearms destroyed by the Uganda Police Force, by year', // 4
        'Year      Pistols    Rifles    Total', // 5
        '2021          310       905    1,215', // 6
        '', // 7
        'Table 1 (continued)', // 8
        'Year      Pistols    Shotguns    Total', // 9
        '2022          198       870    1,068', // 10
      ].join('\n'),
    );
    expect(agencies(out)).toEqual([[2021, 'destroyed', 'police', 1215, 'balanced', 6]]);
  });
});
