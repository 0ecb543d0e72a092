import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaProfileExtractor } from '../../src/extractors/poa-profile/index.ts';
import { readInlineSubmissions } from '../../src/extractors/poa-profile/listings.ts';
import { splitAttributionGroups } from '../../src/extractors/poa-shared/attribution.ts';

const extract = (lines: string[]) =>
  poaProfileExtractor.extract(decodePlainText(lines.join('\n'), 'utf-8'), { kind: 'poa_profile', countryIso3: null, reportYear: null, language: null, sourcePath: 'page.txt' });

const groupsOf = (text: string) => splitAttributionGroups(text).map((g) => [g.years, text.slice(g.start, g.end)]);

describe('attributions in the brackets and commas of every script', () => {
  it('reads square brackets, full-width brackets and the commas of Chinese and Arabic', () => {
    expect(groupsOf('- Depots were audited. [National Report, 2014] - Arms were marked. [Rapport national, 2011 et 2009]')).toEqual([
      [[2014], 'Depots were audited.'],
      [[2011, 2009], 'Arms were marked.'],
    ]);
    expect(groupsOf('- 武器库每年检查两次。（国家报告，2016） - 所有枪支均有标识。(国家报告、2012)')).toEqual([
      [[2016], '武器库每年检查两次。'],
      [[2012], '所有枪支均有标识。'],
    ]);
    expect(groupsOf('- تم تفتيش المستودعات مرتين. (التقرير الوطني، 2018) - وسمت الأسلحة. [تقرير وطني، 2014 و2012]')).toEqual([
      [[2018], 'تم تفتيش المستودعات مرتين.'],
      [[2014, 2012], 'وسمت الأسلحة.'],
    ]);
  });

  it('reads a year in Arabic-Indic digits as its number', () => {
    expect(groupsOf('- تم تفتيش المستودعات. (التقرير الوطني، ٢٠١٩)')).toEqual([[[2019], 'تم تفتيش المستودعات.']]);
  });

  it('reads the attribution words of Portuguese and Russian pages', () => {
    expect(groupsOf('- Os depósitos foram inspecionados. (Relatório Nacional, 2016) - Склады проверены. [Национального доклада, 2012]')).toEqual([
      [[2016], 'Os depósitos foram inspecionados.'],
      [[2012], 'Склады проверены.'],
    ]);
  });

  it('takes no bracket that names no national report for an attribution', () => {
    expect(groupsOf('- Arms were marked (see annex, 2005) and registered [Decree 12, 2010].')).toEqual([
      [[], 'Arms were marked (see annex, 2005) and registered [Decree 12, 2010].'],
    ]);
  });

  it('property: any attribution words, brackets and comma give back the year, and the text before it', () => {
    const words = fc.constantFrom('National Report', 'national report', 'NR', 'Rapport national', 'Informe nacional', 'Relatório nacional', 'Национальный доклад', '国家报告', 'التقرير الوطني');
    const brackets = fc.constantFrom(['(', ')'], ['[', ']'], ['（', '）'], ['［', '］'], ['【', '】']);
    const comma = fc.constantFrom(',', '،', '，', '、', '');
    const body = fc.stringMatching(/^[A-Za-z][A-Za-z ,.]{0,40}[a-z.]$/u);
    fc.assert(
      fc.property(words, brackets, comma, fc.integer({ min: 1900, max: 2099 }), body, (w, [open, close], c, year, text) => {
        const line = `- ${text} ${open}${w}${c} ${year}${close}`;
        expect(groupsOf(line)).toEqual([[[year], text.trim()]]);
      }),
    );
  });
});

describe('a PoA page whose attributions are written in another script', () => {
  it('splits two bullets of one heading into two sections, each with its report, and reads the statements with its year', () => {
    const out = extract([
      'Jordanie',
      'Collecte et destruction',
      '  - En 2017, la police a saisi 1 240 armes. [Rapport national, 2018]',
      "  - L'année dernière, l'armée a détruit 600 fusils. [Rapport national, 2014]",
    ]);
    expect(out.sections.map((s) => [s.heading_raw, s.line_start, s.line_end, s.source_report_year])).toEqual([
      ['Collecte et destruction', 2, 3, 2018],
      ['Collecte et destruction', 2, 4, 2014],
    ]);
    expect(out.count_statements.map((s) => [s.year, s.year_basis, s.action, s.total, s.reported_in, s.line_start])).toEqual([
      [2017, 'stated', 'seized', 1240, 2018, 3],
      [2013, 'inferred', 'destroyed', 600, 2014, 4],
    ]);
  });
});

describe('template questions and Source/Date lines in the colons of every script', () => {
  it('reads questions ending in the full-width colon, and 来源：/日期： closing them', () => {
    const out = extract([
      '新加坡',
      '制造时的标识：',
      '所有枪支在制造时标注序列号。',
      '国家联络点：',
      '内政部',
      '来源：新加坡关于执行《行动纲领》的国家报告，2016',
      '日期：2016年3月2日',
    ]);
    expect(out.sections.map((s) => [s.topic, s.question, s.answer, s.source_report_year, s.source_date_iso, s.line_start])).toEqual([
      ['marking', '制造时的标识', '所有枪支在制造时标注序列号。', 2016, '2016-03-02', 2],
      ['national_coordination', '国家联络点', '内政部', 2016, '2016-03-02', 4],
    ]);
  });

  it('reads Arabic questions ending in ` :` by their words, and the Source/Date pair below them', () => {
    const out = extract([
      'الأردن',
      'الوسم عند الصنع :',
      'توسم الأسلحة برقم تسلسلي.',
      'تدابير تبادل المعلومات مع الدول المجاورة :',
      'المصدر : التقرير الوطني الأردني، 2014',
      'التاريخ : 28/05/2014',
    ]);
    expect(out.sections.map((s) => [s.topic, s.question, s.answer, s.source_report_year, s.source_date_iso])).toEqual([
      ['marking', 'الوسم عند الصنع', 'توسم الأسلحة برقم تسلسلي.', 2014, '2014-05-28'],
      ['information_exchange', 'تدابير تبادل المعلومات مع الدول المجاورة', null, 2014, '2014-05-28'],
    ]);
  });

  it('reads an answer on its question line when the label names a topic, and never a dated or long sentence so', () => {
    const out = extract([
      'Honduras',
      'Focal point: Ministry of Security, Arms Control Unit',
      'Stockpile management: two depots were rebuilt',
      'Marking at the time of manufacture:',
      'In 2016: all weapons were marked.',
      'The authorities note the following about transfers: none were denied.',
      'Source : National Report on the implementation of the PoA, 2016',
    ]);
    expect(out.sections.map((s) => [s.topic, s.question, s.answer, s.line_start])).toEqual([
      ['national_coordination', 'Focal point', 'Ministry of Security, Arms Control Unit', 2],
      ['stockpile_management', 'Stockpile management', 'two depots were rebuilt', 3],
      ['marking', 'Marking at the time of manufacture', 'In 2016: all weapons were marked.\nThe authorities note the following about transfers: none were denied.', 4],
    ]);
  });
});

describe('the national reports listed on one line', () => {
  it('reads every year with the languages in its brackets, in any language of the label', () => {
    expect(readInlineSubmissions('National reports submitted: 2005 (English), 2012 (English, Français); 2016 (Español)')?.map((s) => [s.year, s.languages.map((l) => l.code)])).toEqual([
      [2005, ['en']],
      [2012, ['en', 'fr']],
      [2016, ['es']],
    ]);
    expect(readInlineSubmissions('Rapports nationaux : 2010 (Français) 2014 (Français, English)')?.map((s) => [s.year, s.languages.map((l) => l.code)])).toEqual([
      [2010, ['fr']],
      [2014, ['fr', 'en']],
    ]);
    expect(readInlineSubmissions('国家报告：2012（中文、English），2018（中文）')?.map((s) => [s.year, s.languages.map((l) => l.code)])).toEqual([
      [2012, ['zh', 'en']],
      [2018, ['zh']],
    ]);
  });

  it('reads no list from a sentence, a label naming no report or an item without a language', () => {
    expect(readInlineSubmissions('Statements: 2016 (English)')).toBeNull();
    expect(readInlineSubmissions('The report notes: 2010 (English) was the first, and others followed')).toBeNull();
    expect(readInlineSubmissions('National reports submitted: 2005 (annex), 2010 (English)')).toBeNull();
    expect(readInlineSubmissions('National report 2010: 3 (English)')).toBeNull();
  });

  it('loads one submission row per year and language, on the list line', () => {
    const out = extract(['Belize', '', 'National reports submitted: 2008 (English), 2014 (English, Español)', '', 'Statements', '2014 - 5th BMS :']);
    expect(out.report_submissions.map((r) => [r.report_year, r.language, r.line_start])).toEqual([
      [2008, 'en', 3],
      [2014, 'en', 3],
      [2014, 'es', 3],
    ]);
    expect(out.meeting_statements.map((m) => [m.year, m.meeting])).toEqual([[2014, '5th BMS']]);
  });
});

describe('regional events and thematic headings of the other languages', () => {
  it('reads a list of regional events under a heading in Chinese, Arabic, Portuguese or Russian', () => {
    for (const heading of ['区域讲习班', 'حلقات العمل الإقليمية', 'Seminários regionais', 'Региональные семинары']) {
      const out = extract(['Page', heading, '2017 - Workshop on tracing, Nairobi', '2019 - Seminar on stockpiles, Accra']);
      expect(out.sections.map((s) => [s.topic, s.heading_raw, s.answer])).toEqual([
        ['regional_events', heading, '2017 - Workshop on tracing, Nairobi\n2019 - Seminar on stockpiles, Accra'],
      ]);
    }
  });
});
