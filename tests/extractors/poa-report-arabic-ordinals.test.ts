import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import { isSubHeading, readReportLine } from '../../src/extractors/poa-report/structure.ts';
import { matchHeading } from '../../src/transforms/topics.ts';

// Arabic reports number their sections with ordinal words (first, second ...), spelt with the tanween after the
// alif, before it, or without it, and أول often without its hamza: the ar lexicon's sectionOrdinals.
describe('Arabic headings numbered with ordinal words', () => {
  it.each([
    ['أولاً: التنسيق الوطني', 'national_coordination'],
    ['ثانياً: جمع الأسلحة وتدميرها', 'collection_destruction'],
    ['ثالثاً: إدارة المخزونات', 'stockpile_management'],
    ['رابعاً: الوسم', 'marking'],
    ['خامسا - التعاون الدولي', 'international_cooperation'],
    ['اولا: التشريعات الوطنية', 'legislation'],
    ['أولًا: الإطار القانوني', 'legislation'],
    ['سادسًا: حفظ السجلات', 'record_keeping'],
    ['سابعاً : التعقب', 'tracing'],
    ['ثامناً – التوعية العامة', 'public_awareness'],
    ['تاسعاً. أمن المخزونات', 'stockpile_management'],
    ['عاشراً: المساعدة الدولية', 'international_cooperation'],
    ['الحادي عشر: التعاون الدولي', 'international_cooperation'],
  ])('%s -> %s', (line, topic) => {
    expect(readReportLine(line)).toMatchObject({ kind: 'heading', text: line, match: { topic } });
    expect(matchHeading(line, { keywords: false })?.topic).toBe(topic);
  });

  it('an ordinal heading outside the vocabulary is still a heading, with no topic', () => {
    expect(readReportLine('ثالثاً: مسائل أخرى')).toMatchObject({ kind: 'heading', match: null });
  });

  it.each([
    ['أولاً، قامت الشرطة بضبط 300 قطعة سلاح'],
    ['ثانيا: تم ضبط 40 قطعة سلاح في عام 2017.'],
    ['أولاد: التنسيق الوطني'],
    ['أولا التنسيق الوطني في الوزارة يقوم بعمله'],
  ])('%s: prose, or a word that only starts like an ordinal, is no numbered heading', (line) => {
    expect(readReportLine(line)).toBeNull();
  });

  it('an ordinal heading stands above lettered and numbered ones, as a Roman numeral does', () => {
    expect(isSubHeading('أولاً: التنسيق الوطني', '1. اللجنة الوطنية')).toBe(true);
    expect(isSubHeading('أولاً: التنسيق الوطني', 'ثانياً: الوسم')).toBe(false);
  });

  it('a report numbered so gets its sections, each with its heading and topic', () => {
    const text = [
      'التقرير الوطني لجمهورية المثال بشأن تنفيذ برنامج العمل',
      'تاريخ التقديم: 2019-03-02',
      '',
      'أولا - التنسيق الوطني',
      'تتولى لجنة وطنية تنسيق العمل.',
      'ثانياً: جمع الأسلحة وتدميرها',
      'في عام 2018، ضبطت الشرطة 120 قطعة سلاح.',
      'ثالثًا: الوسم',
      'توسم الأسلحة برمز الدولة.',
    ].join('\n');
    const out = poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: 'ar', sourcePath: 'x.txt' });
    expect(out.sections.map((s) => [s.topic, s.heading_raw])).toEqual([
      ['national_coordination', 'أولا - التنسيق الوطني'],
      ['collection_destruction', 'ثانياً: جمع الأسلحة وتدميرها'],
      ['marking', 'ثالثًا: الوسم'],
    ]);
  });
});
