import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import { readReportLine } from '../../src/extractors/poa-report/structure.ts';
import { matchHeading } from '../../src/transforms/topics.ts';

// A section word and its number before a heading's words (the lexicons' sectionNumberWords): the number in digits,
// Roman numerals, a script's numerals, or an ordinal word after the section word (sectionNumberOrdinals: Arabic
// `الفصل الأول`, French `Chapitre premier`, Spanish `Capítulo primero`); Chinese writes the number inside (`第一章`).
describe('headings numbered by a chapter or part word', () => {
  it.each([
    ['الفصل الأول: التنسيق الوطني', 'national_coordination'],
    ['الفصل الاول - التشريعات الوطنية', 'legislation'],
    ['الباب الثاني: جمع الأسلحة وتدميرها', 'collection_destruction'],
    ['المحور الثالث - الوسم', 'marking'],
    ['الجزء الرابع. حفظ السجلات', 'record_keeping'],
    ['القسم الحادي عشر: التعاون الدولي', 'international_cooperation'],
    ['الفصل ٢: التعقب', 'tracing'],
    ['الفصل 3 إدارة المخزونات', 'stockpile_management'],
    ['Раздел II. Маркировка', 'marking'],
    ['Глава 2. Сбор и уничтожение оружия', 'collection_destruction'],
    ['Chapitre II. Marquage', 'marking'],
    ['Chapitre premier - Marquage', 'marking'],
    ['Capítulo III: Marcado', 'marking'],
    ['Capítulo primero: Legislación', 'legislation'],
    ['第一章 国家协调机制', 'national_coordination'],
    ['第一章　立法', 'legislation'],
    ['第2部分：库存管理', 'stockpile_management'],
    ['第三节 标识', 'marking'],
    // Parts lettered as an outline letters them.
    ['Part A. National coordination', 'national_coordination'],
    ['Part B. Civilian disarmament', 'collection_destruction'],
    ['PART D - Assistance needs', 'assistance_needs'],
    ['Section E: Marking', 'marking'],
    ['Parte B: Desarme civil', 'collection_destruction'],
    ['Partie A. Coordination nationale', 'national_coordination'],
    ['Часть Б. Маркировка', 'marking'],
  ])('%s -> %s', (line, topic) => {
    expect(readReportLine(line)).toMatchObject({ kind: 'block', text: line, match: { topic } });
    expect(matchHeading(line, { keywords: false })?.topic).toBe(topic);
  });

  it.each([['الفصل الأول'], ['الباب الثاني عشر'], ['Раздел I'], ['Chapitre II'], ['Capítulo III'], ['第一章'], ['第十二章']])(
    '%s alone is a block with no topic of its own',
    (line) => {
      expect(readReportLine(line)).toMatchObject({ kind: 'block', text: line, match: null });
    },
  );

  it('a sentence opening with a lettered part, or a letter beyond the outline, is no heading', () => {
    expect(readReportLine('Part A of the questionnaire was completed by the police.')).toBeNull();
    expect(readReportLine('Part Z. Marking')).not.toMatchObject({ kind: 'block' });
    expect(readReportLine('Parts AB. Marking')).toBeNull();
  });

  it('Chinese headings numbered `一、` are read, as before', () => {
    expect(readReportLine('一、国家协调机制')).toMatchObject({ kind: 'heading', match: { topic: 'national_coordination' } });
    expect(readReportLine('十二、国际合作')).toMatchObject({ kind: 'heading', match: { topic: 'international_cooperation' } });
  });

  it.each([
    ['a sentence opening with a chapter of a law', 'الفصل الأول من القانون رقم 5 لسنة 2010 يحظر حيازة الأسلحة النارية دون ترخيص.'],
    ['the same in English', 'Chapter 2 of the Firearms Act requires every dealer to keep a register.'],
    ['in Russian', 'Глава 3 Закона об оружии устанавливает порядок хранения.'],
    ['in Chinese', '第一章规定了枪支管理的基本原则。'],
    ['an ordinal word opening prose', 'أولاً، قامت الشرطة بضبط 300 قطعة سلاح في عام 2018 وتم تدميرها بالكامل'],
    ['a word only beginning like a section word', 'الفصلية: التنسيق الوطني'],
    ['a feminine ordinal a section word never takes', 'الفصل الأولى: التنسيق الوطني'],
    ['an ordinal glued to more letters', 'الفصل الأولي للتقرير'],
  ])('%s is no heading', (_what, line) => {
    expect(readReportLine(line)).toBeNull();
  });

  it('a report numbered by chapters gets its sections, each with its heading and topic', () => {
    const text = [
      'التقرير الوطني لجمهورية المثال بشأن تنفيذ برنامج العمل',
      'تاريخ التقديم: 2019-03-02',
      '',
      'الفصل الأول: التنسيق الوطني',
      'تتولى لجنة وطنية تنسيق العمل.',
      'الفصل الثاني - جمع الأسلحة وتدميرها',
      'الفصل الأول من القانون رقم 5 يحظر حيازة الأسلحة.',
      'في عام 2018، ضبطت الشرطة 120 قطعة سلاح.',
      'الفصل الثالث: الوسم',
      'توسم الأسلحة برمز الدولة.',
    ].join('\n');
    const out = poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: 'ar', sourcePath: 'x.txt' });
    expect(out.sections.map((s) => [s.topic, s.heading_raw, s.line_start, s.line_end])).toEqual([
      ['national_coordination', 'الفصل الأول: التنسيق الوطني', 4, 5],
      ['collection_destruction', 'الفصل الثاني - جمع الأسلحة وتدميرها', 6, 8],
      ['marking', 'الفصل الثالث: الوسم', 9, 10],
    ]);
  });

  it('a block heading with text of its own takes its topic from its keywords when no heading of the vocabulary is it', () => {
    const text = [
      'National report of the Republic of Example on the implementation of the Programme of Action',
      'Date of submission: 2 March 2024',
      '',
      'Section 1: Overview',
      'The national arms control laws were reformed in 2019 and 2020.',
      'Section 2: Firearms handed in and destroyed',
      'The police destroyed 1,200 firearms in 2023.',
      'PART 3. COLLECTION AND DISPOSAL',
      'Unserviceable weapons are melted down at a foundry.',
      'Parte 4: Armas entregadas y destruidas',
      'La Policía Nacional destruyó 300 armas de fuego en 2023.',
      'Section 5: Marking',
      'Every firearm bears a serial number.',
    ].join('\n');
    const out = poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: 'en', sourcePath: 'x.txt' });
    expect(out.sections.map((s) => [s.topic, s.heading_raw])).toEqual([
      [null, 'Section 1: Overview'],
      ['collection_destruction', 'Section 2: Firearms handed in and destroyed'],
      ['collection_destruction', 'PART 3. COLLECTION AND DISPOSAL'],
      ['collection_destruction', 'Parte 4: Armas entregadas y destruidas'],
      ['marking', 'Section 5: Marking'],
    ]);
    // Its vocabulary match, which heads the questions under a block, is unchanged.
    expect(readReportLine('Section 2: Firearms handed in and destroyed')).toMatchObject({ kind: 'block', match: null });
  });
});
