import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import { readTwoLevelHeader } from '../../src/extractors/poa-report/year-column-table.ts';

const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });

const report = (body: string[], heading = '2. Collection and destruction'): string =>
  ['NATIONAL REPORT OF THE REPUBLIC OF KENYA', 'Date of submission: 2 April 2021', '', heading, ...body, '', '3. Marking', 'Firearms are marked KE.'].join('\n');

const statementsOf = (out: ReturnType<typeof extract>) => out.count_statements.map((s) => [s.year, s.action, s.agency, s.total, s.components_sum, s.reconciliation]);
const countsOf = (out: ReturnType<typeof extract>, k: number) => out.count_statements[k]?.counts.map((c) => [c.category, c.quantity, c.is_total]);
const notRead = (out: ReturnType<typeof extract>) => out.issues.filter((i) => i.rule === 'table-not-read');

describe('poa-report: a table of categories whose header is two lines, the years over the actions under each year', () => {
  it('makes each (year, action) column one statement, in column order, the Total row its total, the caption its agency', () => {
    const out = extract(
      report([
        'Table 2: Firearms recovered and destroyed by the National Police Service, 2018-2019',
        '                        2018                         2019',
        'Type           Recovered    Destroyed       Recovered    Destroyed',
        'Revolvers             12           30              15           18',
        'Shotguns              70           44              61           50',
        'Total                 82           74              76           68',
      ]),
    );
    expect(statementsOf(out)).toEqual([
      // `Recovered` is the vocabulary's seizure.
      [2018, 'seized', 'police', 82, 82, 'balanced'],
      [2018, 'destroyed', 'police', 74, 74, 'balanced'],
      [2019, 'seized', 'police', 76, 76, 'balanced'],
      [2019, 'destroyed', 'police', 68, 68, 'balanced'],
    ]);
    expect(countsOf(out, 3)).toEqual([
      ['firearms', 68, true],
      ['revolvers', 18, false],
      ['shotguns', 50, false],
    ]);
    // The years of the header are never counts, and no count is paired with another column's label.
    expect(out.count_statements.flatMap((s) => s.counts.map((c) => c.quantity))).not.toContain(2018);
    expect(notRead(out)).toEqual([]);
  });

  it('reads three years of three actions each, in French, without a Total row', () => {
    const out = extract(
      report(
        [
          'Tableau 4 : Armes saisies, collectées et détruites par la Gendarmerie nationale',
          '                     2017                               2018                               2019',
          'Catégorie   Saisies  Collectées  Détruites    Saisies  Collectées  Détruites    Saisies  Collectées  Détruites',
          'Pistolets        10          20         30         11          21         31         12          22         32',
          'Fusils           40          50         60         41          51         61         42          52         62',
        ],
        '2. Collecte et destruction',
      ),
    );
    expect(out.count_statements.map((s) => [s.year, s.action, s.total, s.counts.map((c) => c.quantity)])).toEqual([
      [2017, 'seized', null, [10, 40]],
      [2017, 'collected', null, [20, 50]],
      [2017, 'destroyed', null, [30, 60]],
      [2018, 'seized', null, [11, 41]],
      [2018, 'collected', null, [21, 51]],
      [2018, 'destroyed', null, [31, 61]],
      [2019, 'seized', null, [12, 42]],
      [2019, 'collected', null, [22, 52]],
      [2019, 'destroyed', null, [32, 62]],
    ]);
  });

  it('names the table and loads nothing when the action columns cannot be put under their years for sure', () => {
    const cases = [
      // Three action columns under two years.
      ['                  2019             2020', 'Category    Seized  Destroyed  Seized', 'Pistols        214        160     187', 'Rifles         356        402     298'],
      // The actions are not the same under each year.
      ['                  2019                  2020', 'Category    Seized  Destroyed  Destroyed  Seized', 'Pistols        214        160        187     245', 'Rifles         356        402        298     520'],
      // The years stand over the wrong columns (both over the first half).
      ['        2019    2020', 'Category    Seized  Destroyed      Seized  Destroyed', 'Pistols        214        160         187        245', 'Rifles         356        402         298        520'],
      // A row short of a cell.
      ['                  2019                  2020', 'Category    Seized  Destroyed     Seized  Destroyed', 'Pistols        214        160        187        245', 'Rifles         356        402        298'],
    ];
    for (const rows of cases) {
      const out = extract(report(['Table 3: Small arms seized and destroyed by the Police, 2019-2020', ...rows]));
      expect(out.count_statements).toEqual([]);
      expect(notRead(out)).toHaveLength(1);
    }
  });

  it('reads the statements around the table as prose', () => {
    const out = extract(
      report([
        'The police seized 40 pistols in 2017.',
        '',
        'Table 3: Small arms seized and destroyed by the Police',
        '                  2019                  2020',
        'Category    Seized  Destroyed     Seized  Destroyed',
        'Pistols        214        160        187        245',
        'Rifles         356        402        298        520',
        '',
        'In addition, the army destroyed 1,126 weapons in 2020.',
      ]),
    );
    expect(statementsOf(out)).toEqual([
      [2017, 'seized', 'police', 40, null, 'no_parts'],
      [2019, 'seized', 'police', null, 570, 'no_total'],
      [2019, 'destroyed', 'police', null, 562, 'no_total'],
      [2020, 'seized', 'police', null, 485, 'no_total'],
      [2020, 'destroyed', 'police', null, 765, 'no_total'],
      [2020, 'destroyed', 'defence', 1126, null, 'no_parts'],
    ]);
  });
});

describe('poa-report: rows of a table with several count columns that no reader knows', () => {
  it('loads none of their numbers (a count is never paired with the next row label) and names them', () => {
    const tables = [
      // Actions as columns, no year anywhere (a category x action table).
      ['Table 3: Weapons seized and destroyed by the police', 'Category        Seized     Destroyed', 'Pistols            214           160', 'Rifles             356           402', 'Total              570           562'],
      // Pipes (an HTML table), regions as rows.
      ['Armas incautadas por la Policía Nacional', 'Región | 2019 | 2020', 'Norte | 120 | 80', 'Sur | 40 | 33'],
      // A two-level header whose years line carries a label: not the two-level shape.
      ['Table 5: Arms handed in and destroyed', 'Year            2019                  2020', 'Category    Seized  Destroyed     Seized  Destroyed', 'Pistols        214        160        187        245', 'Rifles         356        402        298        520'],
    ];
    for (const table of tables) {
      const out = extract(report(table));
      expect(out.count_statements).toEqual([]);
      expect(notRead(out).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('still reads a table with one count column as rows under their caption', () => {
    const out = extract(report(['Table 1: Firearms destroyed by the police in 2019', 'Pistols        120', 'Rifles          40', 'Total          160']));
    expect(statementsOf(out)).toEqual([[2019, 'destroyed', 'police', 160, 160, 'balanced']]);
    expect(notRead(out)).toEqual([]);
  });
});

describe('readTwoLevelHeader', () => {
  const actions = ['Seized', 'Destroyed', 'Collected', 'Surrendered'];
  it('reads any number of years over any repeated group of actions laid out with spaces, and refuses a group that does not repeat', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1990, max: 2030 }), { minLength: 2, maxLength: 4 }),
        fc.uniqueArray(fc.constantFrom(...actions), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 2, max: 6 }),
        fc.boolean(),
        (years, group, gap, shuffleLast) => {
          const pad = ' '.repeat(gap);
          const groups = years.map((_, g) => (shuffleLast && g === years.length - 1 && group.length > 1 ? [...group].reverse() : group));
          const groupTexts = groups.map((words) => words.join(pad));
          // Each year centred over its group of actions.
          let sub = 'Category';
          let top = '';
          for (const [g, text] of groupTexts.entries()) {
            sub += `${pad}  `;
            const start = sub.length;
            sub += text;
            const centre = start + Math.floor(text.length / 2) - 2;
            top = `${top.padEnd(Math.max(centre, top.length + 2))}${years[g]}`;
          }
          const read = readTwoLevelHeader(top, sub);
          if (shuffleLast && group.length > 1) {
            expect(read?.kind).toBe('unread');
            return;
          }
          expect(read?.kind).toBe('read');
          if (read?.kind === 'read') {
            expect(read.years).toEqual(years);
            expect(read.actions).toHaveLength(years.length * group.length);
          }
        },
      ),
    );
  });

  it('is no two-level header when the first line is not all years or the second names no action', () => {
    expect(readTwoLevelHeader('Category   2019   2020', 'Pistols   12   14')).toBeNull();
    expect(readTwoLevelHeader('   2019     2020', 'Region   North   South   North   South')).toBeNull();
    expect(readTwoLevelHeader('The figures for 2019 and 2020', 'Seized Destroyed')).toBeNull();
  });
});
