import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
const statements = (out: ReturnType<typeof extract>) =>
  out.count_statements.map((s) => ({
    action: s.action,
    year: s.year,
    agency: s.agency,
    agency_raw: s.agency_raw,
    total: s.total,
    rec: s.reconciliation,
    counts: s.counts.map((c) => [c.category, c.category_raw, c.quantity, c.is_total]),
  }));
const report = (...body: string[]) => ['NATIONAL REPORT OF SIERRA LEONE', 'Date of submission: 4 May 2024', '', '2. Collection and destruction', ...body].join('\n');

// Tables with the actions as columns and weapon models (or agencies) as rows, as HTML and markdown give them (`a | b | c`).
describe('tables of models or agencies by action', () => {
  it('weapon rows: one statement per action column, the Total row its total, the model rows its parts', () => {
    const out = extract(
      report(
        'The weapons seized by the Sierra Leone Police and destroyed by SLeNCSA are given below.',
        'Table 3. Weapons by type and action, 2022',
        'Type | Seized | Destroyed',
        'Pistols | 10 | 4',
        'Hunting guns (locally made) | 7 | 0',
        'Total | 17 | 4',
      ),
    );
    expect(statements(out)).toEqual([
      { action: 'seized', year: 2022, agency: 'police', agency_raw: 'the Sierra Leone Police', total: 17, rec: 'balanced', counts: [['firearms', 'Weapons', 17, true], ['pistols', 'Pistols', 10, false], [expect.anything(), 'Hunting guns (locally made)', 7, false]] },
      { action: 'destroyed', year: 2022, agency: null, agency_raw: 'SLeNCSA', total: 4, rec: 'balanced', counts: [['firearms', 'Weapons', 4, true], ['pistols', 'Pistols', 4, false], [expect.anything(), 'Hunting guns (locally made)', 0, false]] },
    ]);
    expect(out.issues.filter((i) => i.rule === 'table-not-read')).toEqual([]);
  });

  it('in French, without a Total row: parts only; a cell not known leaves its part out and says so', () => {
    const out = extract(
      report(
        'Tableau 2. Armes saisies et détruites par type, 2021',
        'Type d’arme | Saisies | Détruites',
        'Pistolets | 120 | 80',
        'Fusils | 45 | n/d',
      ),
    );
    expect(statements(out).map((s) => [s.action, s.year, s.total, s.rec, s.counts.map((c) => c[2])])).toEqual([
      ['seized', 2021, null, 'no_total', [120, 45]],
      ['destroyed', 2021, null, 'no_total', [80]],
    ]);
    expect(out.issues.filter((i) => i.rule === 'unknown-value').map((i) => i.message)).toEqual([expect.stringContaining("'Fusils', column 'Détruites'")]);
  });

  it('a Total row that does not add up is loaded as written, with a warning', () => {
    const out = extract(report('Table 1. Firearms by model, 2020', 'Model | Seized | Surrendered', 'Rifles | 10 | 5', 'Pistols | 3 | 2', 'Total | 14 | 7'));
    expect(statements(out).map((s) => [s.action, s.total, s.rec])).toEqual([
      ['seized', 14, 'unbalanced'],
      ['surrendered', 7, 'balanced'],
    ]);
    expect(out.issues.filter((i) => i.rule === 'unbalanced-count')).toHaveLength(1);
  });

  it('agency rows (Spanish): one statement per filled cell, no parts; the Total row is no statement; a dash is no figure', () => {
    const out = extract(
      report('Cuadro 4. Armas de fuego incautadas y destruidas por institución, 2023', '| Institución | Incautadas | Destruidas |', '|---|---:|---:|', '| Policía Nacional | 310 | 1 200 |', '| Ejército | – | 95 |', '| Total | 310 | 1 295 |'),
    );
    expect(statements(out).map((s) => [s.action, s.year, s.agency, s.agency_raw, s.total, s.rec])).toEqual([
      ['seized', 2023, 'police', 'Policía Nacional', 310, 'no_parts'],
      ['destroyed', 2023, 'police', 'Policía Nacional', 1200, 'no_parts'],
      ['destroyed', 2023, 'defence', 'Ejército', 95, 'no_parts'],
    ]);
    expect(out.issues.map((i) => i.rule)).toEqual(expect.arrayContaining(['table-total-row', 'unknown-value']));
  });

  it('a caption with no single year gives year NULL with a warning, never a guessed year', () => {
    const out = extract(report('Table 5. Weapons destroyed by type, 2019-2021', 'Type | Destroyed | Seized', 'Pistols | 12 | 3', 'Rifles | 4 | 1'));
    expect(statements(out).map((s) => [s.action, s.year])).toEqual([
      ['destroyed', null],
      ['seized', null],
    ]);
    expect(out.issues.filter((i) => i.rule === 'year-missing')).toHaveLength(1);
  });

  it('a caption naming a span or a financial year gives year NULL with a warning naming it, never the year it starts with', () => {
    const captions = ['Table 5. Weapons by type and action, 2022/23', 'Table 5. Weapons by type and action, FY2023', 'Tableau 5. Armes par type et par action, exercice 2023', 'Table 5. Weapons by type and action, 2023'];
    const read = captions.map((caption) => {
      const out = extract(report(caption, 'Type | Destroyed | Seized', 'Pistols | 12 | 3', 'Rifles | 4 | 1'));
      return [statements(out).map((s) => s.year), out.issues.filter((i) => i.rule === 'year-missing').map((i) => i.message)];
    });
    expect(read).toEqual([
      [[null, null], ['Table at line 6: its caption names "2022/23", a period that is not one calendar year: its statements have year NULL.']],
      [[null, null], ['Table at line 6: its caption names "FY2023", a period that is not one calendar year: its statements have year NULL.']],
      [[null, null], ['Table at line 6: its caption names "exercice 2023", a period that is not one calendar year: its statements have year NULL.']],
      [[2023, 2023], []],
    ]);
  });

  it('rows that are neither all weapons nor all agencies are not read, and the table is named as unread', () => {
    const out = extract(report('Table 6. Items by action, 2022', 'Item | Seized | Destroyed', 'Pistols | 12 | 3', 'Police | 4 | 1'));
    expect(out.count_statements).toEqual([]);
    expect(out.issues.filter((i) => i.rule === 'table-not-read')).toHaveLength(1);
  });
});

describe('a column that names no action', () => {
  it('is named and read for nothing; the action columns of the table are read', () => {
    const out = extract(
      report(
        'Table 3. Firearms deactivated or destroyed by the Republic of Sierra Leone Armed Forces, 2023',
        '',
        '| Type | Deactivated | Destroyed |',
        '|:-----|------------:|----------:|',
        '| Rifles | 210 | 95 |',
        '| Pistols | 14 | 40 |',
        '| Total | 224 | 135 |',
      ),
    );
    expect(statements(out)).toEqual([
      {
        action: 'destroyed',
        year: 2023,
        agency: 'defence',
        agency_raw: 'the Republic of Sierra Leone Armed Forces',
        total: 135,
        rec: 'balanced',
        counts: [
          ['firearms', 'Firearms', 135, true],
          ['rifles', 'Rifles', 95, false],
          ['pistols', 'Pistols', 40, false],
        ],
      },
    ]);
    expect(out.issues.filter((i) => i.rule === 'table-column-unread').map((i) => [i.line_start, i.severity])).toEqual([[7, 'warning']]);
  });
});
