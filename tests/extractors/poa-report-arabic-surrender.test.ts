import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/** An Arabic report's surrender sentences: the verb, its subject, then the adverb; Eastern digits; a preposition after the weapons. */
const statements = (sentence: string) => {
  const text = ['التقرير الوطني لجمهورية المثال', 'تاريخ التقديم: 2021-03-02', '', sentence].join('\n');
  const out = poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: 'ar', sourcePath: 'x.txt' });
  return out.count_statements.map((s) => [s.year, s.action, s.total, s.agency, s.counts.map((c) => [c.quantity, c.approx, c.category, c.category_raw])]);
};

describe('Arabic surrender: the subject between the verb and طوعاً, the weapons before a preposition', () => {
  it.each([
    ['وخلال حملة عام ٢٠١٩، سلّم المواطنون طوعاً نحو ٣٥٠ قطعة سلاح إلى المراكز الأمنية.', 2019, 350, true],
    ['في عام 2018، سلم الأهالي طوعا 120 قطعة سلاح إلى الشرطة.', 2018, 120, false],
    ['في عام ۲۰۱۷، سلّمت العشائر طواعية ۸۰ قطعة سلاح عبر اللجان المحلية.', 2017, 80, false],
    ['في عام 2020، تم تسليم نحو 640 قطعة سلاح طوعاً إلى السلطات.', 2020, 640, true],
  ] as const)('%s', (sentence, year, total, approx) => {
    expect(statements(sentence)).toEqual([[year, 'surrendered', total, null, [[total, approx, 'firearms', 'قطعة سلاح']]]]);
  });

  it('two words between the verb and the adverb are no surrender phrase: nothing is read as one', () => {
    expect(statements('في عام 2019، سلم المواطنون في القرى طوعاً 350 قطعة سلاح.').filter((s) => s[1] === 'surrendered')).toEqual([]);
  });
});
