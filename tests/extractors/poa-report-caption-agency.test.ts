import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { captionAgency } from '../../src/extractors/poa-shared/caption-agency.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/** A table's caption naming the agency governs its rows, as its year header does. */
const ctx = { kind: 'poa_report' as const, countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' };
const extract = (text: string) => poaReportExtractor.extract(decodePlainText(text, 'utf-8'), ctx);
const rows = (out: ReturnType<typeof extract>) => out.count_statements.map((s) => [s.year, s.action, s.agency, s.agency_raw, s.total]);

describe('captionAgency', () => {
  it.each([
    ['Table 2. Firearms seized and destroyed by the police, 2019–2021', { code: 'police', raw: 'the police' }],
    ['Tableau 4. Armes saisies par la Police nationale, 2018–2020', { code: 'police', raw: 'la Police nationale' }],
    ['Cuadro 1. Armas incautadas por la Policía Nacional, 2019', { code: 'police', raw: 'la Policía Nacional' }],
    // The acronym in brackets closing the name is part of it, as in a sentence's agent.
    ['Cuadro 1. Armas de fuego incautadas y destruidas por la Policía Nacional Civil (PNC), 2019-2023', { code: 'police', raw: 'la Policía Nacional Civil (PNC)' }],
    ['Table 2. Weapons destroyed by the Kenya Defence Forces (KDF), 2022', { code: 'defence', raw: 'the Kenya Defence Forces (KDF)' }],
    ['Таблица 3. Оружие, изъятое, добровольно сданное и уничтоженное органами внутренних дел в 2019–2021 гг. (единиц)', { code: 'police', raw: 'органами внутренних дел' }],
    ['Таблица 1. Оружие, изъятое таможенными органами, 2015–2017 гг.', { code: 'customs', raw: 'таможенными органами' }],
  ])('%s', (caption, expected) => {
    expect(captionAgency(caption)).toEqual(expected);
  });

  it.each([
    'Table 2. Firearms destroyed, 2019–2021',
    'Таблица 3. Оружие, изъятое в 2019–2021 гг.',
    // Words after the action that name no agency of the vocabulary: nothing is guessed.
    'Таблица 3. Оружие, уничтоженное на полигоне в 2019 г.',
  ])('none in %s', (caption) => {
    expect(captionAgency(caption)).toBeNull();
  });
});

describe('a table by year under a caption naming the agency', () => {
  it('every statement of the table carries the caption agency (Russian participles in the caption, actions as columns)', () => {
    const out = extract(
      'НАЦИОНАЛЬНЫЙ ДОКЛАД\nДата представления: 28.06.2022\n2. Сбор\nТаблица 3. Оружие, изъятое и уничтоженное органами внутренних дел в 2019–2020 гг. (единиц)\nГод        Изъято    Уничтожено\n2019          455         1 210\n2020          301           980\n',
    );
    expect(rows(out)).toEqual([
      [2019, 'seized', 'police', 'органами внутренних дел', 455],
      [2019, 'destroyed', 'police', 'органами внутренних дел', 1210],
      [2020, 'seized', 'police', 'органами внутренних дел', 301],
      [2020, 'destroyed', 'police', 'органами внутренних дел', 980],
    ]);
  });

  it('English, "by ..." in the caption', () => {
    const out = extract('NATIONAL REPORT OF KENYA\nDate: 2 May 2019\n2. Collection\nTable 1. Firearms seized and destroyed by the Kenya Police Service, 2016–2017\nYear | Seized | Destroyed\n2016 | 500 | 320\n2017 | 610 | 400\n');
    expect(rows(out).map((r) => r[2])).toEqual(['police', 'police', 'police', 'police']);
  });

  it('an acronym the report defines (`Jamaica Constabulary Force (JCF)`) names the agency of a caption, in every table reader', () => {
    const head = 'NATIONAL REPORT OF JAMAICA\nDate: 2 May 2019\n1. Coordination\nThe Jamaica Constabulary Force (JCF) is the point of contact.\n2. Collection\n';
    const byYear = extract(`${head}Table 1. Firearms seized and destroyed by the JCF, 2016–2017\nYear | Seized | Destroyed\n2016 | 500 | 320\n`);
    expect(rows(byYear)).toEqual([
      [2016, 'seized', 'police', 'the JCF', 500],
      [2016, 'destroyed', 'police', 'the JCF', 320],
    ]);
    const byModel = extract(`${head}Table 2. Weapons seized and destroyed by JCF, 2018\nModel | Seized | Destroyed\nPistols | 41 | 30\nRifles | 12 | 35\n`);
    expect(rows(byModel)).toEqual([
      [2018, 'seized', 'police', 'JCF', null],
      [2018, 'destroyed', 'police', 'JCF', null],
    ]);
    // An acronym the report does not define has no code: its words are kept, nothing is guessed.
    expect(captionAgency('Table 1. Firearms destroyed by the JCF, 2016', {})).toEqual({ code: null, raw: 'the JCF' });
    expect(captionAgency('Table 1. Firearms destroyed by the JCF, 2016', { JCF: 'police' })).toEqual({ code: 'police', raw: 'the JCF' });
  });

  it('no agency in the caption: none on the rows', () => {
    const out = extract('NATIONAL REPORT OF KENYA\nDate: 2 May 2019\n2. Collection\nTable 1. Firearms seized and destroyed, 2016\nYear | Seized | Destroyed\n2016 | 500 | 320\n');
    expect(rows(out).map((r) => [r[2], r[3]])).toEqual([[null, null], [null, null]]);
  });
});

describe('a table by year in Eastern Arabic digits, its year column headed in Arabic', () => {
  it('reads each row (U+066C thousands) with the caption agency, cut at the Arabic comma', () => {
    const out = extract(
      'التقرير الوطني\nعمّان، ١٠ أيار/مايو ٢٠٢١\nثانياً: جمع الأسلحة\nالجدول ٢: الأسلحة التي أتلفتها القوات المسلحة الأردنية، حسب السنة\nالسنة | عدد الأسلحة المتلفة\n٢٠١٨ | ٢٬٣١٠\n٢٠١٩ | ١٬٩٨٥\n',
    );
    expect(rows(out)).toEqual([
      [2018, 'destroyed', 'defence', 'القوات المسلحة الأردنية', 2310],
      [2019, 'destroyed', 'defence', 'القوات المسلحة الأردنية', 1985],
    ]);
  });

  it('a Date column is no year column: its bare year is read once, by the dated tables, never twice', () => {
    const out = extract('NATIONAL REPORT OF JORDAN\nDate: 2 May 2021\n2. Collection\nTable 1. Weapons destroyed\nDate | Destroyed\n2018 | 310\n');
    expect(rows(out).map((r) => [r[0], r[4]])).toEqual([[2018, 310]]);
  });
});
