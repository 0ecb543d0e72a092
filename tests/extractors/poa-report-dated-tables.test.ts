import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

const ctx = { kind: 'poa_report' as const, countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' };
const extract = (text: string) => poaReportExtractor.extract(decodePlainText(text, 'utf-8'), ctx);
const statements = (out: ReturnType<typeof extract>) =>
  out.count_statements.map((s) => [s.year, s.year_basis, s.action, s.agency, s.total, s.line_start, s.line_end, s.counts.map((c) => [c.category, c.quantity, c.is_total])]);
const issues = (out: ReturnType<typeof extract>) => out.issues.map((i) => [i.severity, i.rule, i.line_start]);

const REPORT = (language: 'en' | 'es' | 'ru', table: string) =>
  ({
    en: `NATIONAL REPORT OF INDONESIA\nDate: 30 April 2021\n2. Collection and destruction\n${table}\n3. Marking\nAll firearms are marked.\n`,
    es: `INFORME NACIONAL DEL PERÚ\nFecha: 9 de junio de 2022\n2. Recolección y destrucción\n${table}\n3. Marcaje\nTodas las armas están marcadas.\n`,
    ru: `НАЦИОНАЛЬНЫЙ ДОКЛАД КЫРГЫЗСКОЙ РЕСПУБЛИКИ\nДата представления: 28.06.2020\n3. Сбор и уничтожение оружия\n${table}\n4. Маркировка\nВсё оружие маркируется.\n`,
  })[language];

describe('tables of dated events', () => {
  it('reads each count cell as a statement of its date\'s year, the action and weapons of its column, the agency of the caption', () => {
    const out = extract(
      REPORT('en', 'Table 1. Destruction of firearms by the National Police, 2020\nDate | Place | Firearms destroyed | Remarks\n14 February 2020 | Jayapura | 412 | Cut\n9 July 2020 | Makassar | 286 | Crushed, then burned'),
    );
    expect(statements(out)).toEqual([
      [2020, 'stated', 'destroyed', 'police', 412, 6, 6, [['firearms', 412, true]]],
      [2020, 'stated', 'destroyed', 'police', 286, 7, 7, [['firearms', 286, true]]],
    ]);
    expect(out.count_statements[0]?.agency_raw).toBe('the National Police');
    expect(out.count_statements[0]?.source_text).toBe('14 February 2020 | Jayapura | 412 | Cut');
    expect(issues(out)).toEqual([]);
  });

  it('joins a row whose cells wrap over lines (its count cells empty on the next line) and cites both lines', () => {
    const out = extract(
      REPORT('en', 'Table 1. Firearms destroyed by the police\nDate | Place | Quantity destroyed | Method\n14 February | Jayapura | 412 | Cut with hydraulic shears at the\n2021 |  |  | regional headquarters\n18 November 2021 | Jakarta | 1,035 | Smelted'),
    );
    expect(statements(out)).toEqual([
      [2021, 'stated', 'destroyed', 'police', 412, 6, 7, [['firearms', 412, true]]],
      [2021, 'stated', 'destroyed', 'police', 1035, 8, 8, [['firearms', 1035, true]]],
    ]);
    expect(out.count_statements[0]?.source_text).toBe('14 February | Jayapura | 412 | Cut with hydraulic shears at the\n2021 |  |  | regional headquarters');
  });

  it('reads dates and headers in Spanish and Russian, and several count columns', () => {
    const es = extract(REPORT('es', 'Cuadro 2. Armas incautadas y destruidas\nFecha | Lugar | Armas incautadas | Armas destruidas\n3 de marzo de 2021 | Lima | 1.204 | 980'));
    expect(statements(es).map(([year, , action, , total]) => [year, action, total])).toEqual([
      [2021, 'seized', 1204],
      [2021, 'destroyed', 980],
    ]);
    const ru = extract(REPORT('ru', 'Таблица 1. Уничтожение оружия органами внутренних дел\nДата | Место | Уничтожено единиц оружия\n12.05.2019 | Бишкек | 530\n30.11.2019 | Ош | 1 204'));
    expect(statements(ru).map(([year, , action, , total]) => [year, action, total])).toEqual([
      [2019, 'destroyed', 530],
      [2019, 'destroyed', 1204],
    ]);
  });

  it('loads no count whose date gives no year, nor one a cell does not give, and says why; a total row is no event', () => {
    const out = extract(
      REPORT('en', 'Table 1. Firearms destroyed\nDate | Place | Firearms destroyed\n14 February | Jayapura | 412\n9 July 2020 | Makassar | n/a\n1 August 2020 | Medan | about 300\n2 October 2020 | Bali | \nTotal | | 412'),
    );
    expect(statements(out)).toEqual([]);
    expect(issues(out)).toEqual([
      ['warning', 'unreadable-date', 6],
      ['info', 'unknown-value', 7],
      ['warning', 'unreadable-count', 8],
      ['info', 'table-total-row', 10],
    ]);
  });

  it('takes a year alone in the date column as the row\'s year', () => {
    const out = extract(REPORT('en', 'Table 3. Weapons seized by the customs\nDate | Weapons seized\n2016 | 310\n2017 | 1,204'));
    expect(statements(out).map(([year, basis, action, , total]) => [year, basis, action, total])).toEqual([
      [2016, 'stated', 'seized', 310],
      [2017, 'stated', 'seized', 1204],
    ]);
    expect(issues(out)).toEqual([]);
  });

  it('reads no table whose columns do not say what was counted, and no table without a date column', () => {
    const noWeapons = extract(REPORT('en', 'Table 1. Ceremonies held\nDate | Place | Participants\n14 February 2020 | Jayapura | 412'));
    expect(noWeapons.count_statements).toEqual([]);
    const noDate = extract(REPORT('en', 'Table 1. Firearms destroyed by the police\nRegion | Firearms destroyed\nPapua | 412'));
    expect(noDate.count_statements).toEqual([]);
  });
});
