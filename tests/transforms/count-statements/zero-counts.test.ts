import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../../src/decoders/text.ts';
import { poaReportExtractor } from '../../../src/extractors/poa-report/index.ts';
import { findCounts } from '../../../src/transforms/count-statements/mentions.ts';
import type { Language } from '../../../src/language/types.ts';

const countsOf = (text: string, language: Language) => findCounts(text, { start: 0, end: text.length }, language).counts.map((c) => [c.value, c.category, text.slice(c.start, c.end)]);

describe('findCounts: a zero word of the lexicon (articles worth 0) right before weapons is a count of 0', () => {
  it.each([
    ['No weapons were destroyed in 2016.', 'en', [[0, 'firearms', 'No weapons']]],
    ['En 2015 no se destruyó ningún arma de fuego.', 'es', [[0, 'firearms', 'ningún arma de fuego']]],
  ] as const)('%s', (text, language, expected) => {
    expect(countsOf(text, language)).toEqual(expected);
  });

  it.each([
    ['No further weapons were destroyed after the ceremony.', 'en'],
    ['There was no destruction in 2016.', 'en'],
    ['Decree No. 12 regulates firearms.', 'en'],
  ] as const)('%s: no count of 0 (the zero word does not stand right before the weapons)', (text, language) => {
    expect(countsOf(text, language).filter(([value]) => value === 0)).toEqual([]);
  });
});

describe('findCounts: a negated action and its zero word before the weapons is a count of 0 (ar: لم يتم ... أي)', () => {
  it.each([
    ['لم يتم إتلاف أي أسلحة في عام 2016 بسبب العمليات العسكرية.', [[0, 'firearms', 'أي أسلحة']]],
    ['ولم يتم ضبط أي قطعة سلاح خلال عام 2015.', [[0, 'firearms', 'أي قطعة سلاح']]],
    ['في عام 2014 لم يتم تدمير أية أسلحة نارية.', [[0, 'firearms', 'أية أسلحة نارية']]],
    ['لم يتم جمع أي مسدسات في عام 2019.', [[0, 'pistols', 'أي مسدسات']]],
    // The imperfect after "لم", its adverb after the weapons: "no weapons were handed in voluntarily".
    ['لم تُسلَّم أي أسلحة طوعاً في عام 2016.', [[0, 'firearms', 'أي أسلحة']]],
    ['لم يسلم أي مسدس طواعية خلال عام 2020.', [[0, 'pistols', 'أي مسدس']]],
  ] as const)('%s', (text, expected) => {
    expect(countsOf(text, 'ar')).toEqual(expected);
  });

  it.each([
    // Not known whether any weapons were destroyed: other words between the negation and "any".
    ['لا يعرف ما إذا تم إتلاف أي أسلحة في عام 2016.'],
    ['لا يعرف إذا تم إتلاف أي أسلحة في عام 2016.'],
    // A question: "were any weapons seized?" has no negation.
    ['هل تم ضبط أي أسلحة في عام 2016؟'],
    // No action word after the negation ("the police could not seize any weapons": a verb the lexicon does not hold).
    ['لم تتمكن الشرطة من ضبط أي أسلحة في عام 2016.'],
    // Ammunition, not weapons.
    ['لم يتم إتلاف أي ذخائر في عام 2016.'],
    // "The police did not receive any weapons": receiving, no surrender (no "voluntarily").
    ['لم تتسلم الشرطة أي أسلحة في عام 2017.'],
    ['لم تُسلَّم أي أسلحة إلى الشرطة في عام 2017.'],
  ] as const)('%s: no count of 0', (text) => {
    expect(countsOf(text, 'ar').filter(([value]) => value === 0)).toEqual([]);
  });
});

describe('a report stating that none were destroyed', () => {
  it('loads a statement of total 0 with its year, never NULL and never left out', () => {
    const text = ['NATIONAL REPORT OF THE REPUBLIC OF BOTSWANA', 'Date of submission: 3 May 2019', '', '2. Collection and destruction', 'No weapons were destroyed in 2017.', 'In 2018, the police destroyed 412 firearms.', '3. Marking', 'Firearms are marked BW.'].join('\n');
    const out = poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
    expect(out.count_statements.map((s) => [s.year, s.year_basis, s.action, s.total, s.components_sum, s.reconciliation])).toEqual([
      [2017, 'stated', 'destroyed', 0, null, 'no_parts'],
      [2018, 'stated', 'destroyed', 412, null, 'no_parts'],
    ]);
    expect(out.count_statements[0]?.counts.map((c) => [c.category, c.quantity, c.is_total])).toEqual([['firearms', 0, true]]);
  });

  it('in Arabic, by a negated action: a statement of total 0 with its action and year', () => {
    const text = ['التقرير الوطني لجمهورية المثال', 'تاريخ التقديم: 2019-03-02', '', 'في عام 2018، أتلفت الشرطة 412 قطعة سلاح.', 'ولم يتم إتلاف أي أسلحة في عام 2017.'].join('\n');
    const out = poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: 'ar', sourcePath: 'x.txt' });
    expect(out.count_statements.map((s) => [s.year, s.year_basis, s.action, s.total, s.components_sum, s.reconciliation])).toEqual([
      [2018, 'stated', 'destroyed', 412, null, 'no_parts'],
      [2017, 'stated', 'destroyed', 0, null, 'no_parts'],
    ]);
    expect(out.count_statements[1]?.source_text).toBe('ولم يتم إتلاف أي أسلحة في عام 2017.');
  });
});
