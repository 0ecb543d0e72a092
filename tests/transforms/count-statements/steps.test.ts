import { describe, expect, it } from 'vitest';
import type { TransformationStep } from '../../../src/model/transformations.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

function statements(texts: string[], reportedIn: number | null = 2016) {
  const units = texts.map((text, i) => ({ text, span: { lineStart: i + 1, lineEnd: i + 1 } }));
  return extractCountStatements(units, { reportedIn, language: null, agencyAliases: { JCF: 'police' } }).statements;
}

function of(steps: readonly TransformationStep[] | undefined, column: string): TransformationStep[] {
  return (steps ?? []).filter((s) => s.column === column);
}

const step = (column: string, source_words: string, rule: string, value: string, lexicon_entry: string | null = null, language: string | null = null): TransformationStep => ({
  column, source_words, rule, lexicon_entry, language, value,
});

describe('steps recorded on a count statement', () => {
  it('action, agency, a year inferred from the report year (Spanish), total and sum', () => {
    const [s] = statements(['En el último año, la Policía ha incautado 75 armas: 50 pistolas y 25 fusiles.']);
    expect(s?.steps).toEqual([
      step('action', 'incautado', 'vocabulary.action', 'seized', 'actions: seized'),
      step('agency', 'la Policía', 'vocabulary.agency', 'police', 'agencies: police'),
      step('year', 'En el último año', 'year.inferred-from-report', '2015', 'relativeYears: en el último año', 'es'),
      step('total', '75 armas', 'total.generic-first', '75'),
      step('components_sum', '50 + 25', 'reconcile.parts-sum', '75'),
    ]);
  });

  it('"в прошлом году" is recorded as the Russian past-year phrase, not as a year from the text', () => {
    const [s] = statements(['В прошлом году таможенными органами изъято 1 200 единиц оружия.'], 2013);
    expect(of(s?.steps, 'year')).toEqual([
      step('year', 'В прошлом году', 'year.inferred-from-report', '2012', 'relativeYears: в прошлом году', 'ru'),
    ]);
    expect(s?.counts[0]?.steps?.[0]).toEqual(step('quantity', '1 200', 'quantity.thousands-separator', '1200'));
  });

  it('a year taken from the bullet before, an agency from a defined acronym, a stated year', () => {
    const [first, second] = statements(['In 2013 the JCF seized 40 rifles.', 'About twelve pistols were also surrendered.']);
    expect(of(first?.steps, 'year')).toEqual([step('year', '2013', 'year.stated', '2013')]);
    expect(of(first?.steps, 'agency')).toEqual([step('agency', 'the JCF', 'agency.defined-acronym', 'police')]);
    expect(of(second?.steps, 'year')).toEqual([step('year', '2013', 'year.inferred-from-text-before', '2013')]);
    expect(second?.counts[0]?.steps).toEqual([
      step('quantity', 'twelve', 'quantity.number-words', '12', 'numberWords: twelve'),
      step('approx', 'About', 'quantity.qualifier-before', '1', 'qualifiers.approximate: about'),
      step('category', 'pistols', 'vocabulary.category', 'pistols', 'weaponCategories: pistols'),
      step('is_total', 'About twelve pistols', 'total.single-count', '1'),
    ]);
  });

  it('no year: the period or the unknown report year is the recorded reason', () => {
    const [period] = statements(['Over the reporting period, customs seized 40 rifles.']);
    expect(of(period?.steps, 'year')).toEqual([
      step('year', 'reporting period', 'year.period', 'NULL', 'otherPeriodPhrases: (?:reporting|review|reference) period', 'en'),
    ]);
    const [unknown] = statements(['Cette année, la gendarmerie a détruit 300 armes.'], null);
    expect(of(unknown?.steps, 'year')).toEqual([step('year', 'Cette année', 'year.report-year-unknown', 'NULL')]);
    const [known] = statements(['Cette année, la gendarmerie a détruit 300 armes.'], 2011);
    expect(of(known?.steps, 'year')).toEqual([step('year', 'Cette année', 'year.inferred-from-report', '2011', 'relativeYears: cette année', 'fr')]);
  });

  it('a second clause shares the subject of the first', () => {
    const [, second] = statements(['The police seized 80 rifles and destroyed 65 pistols.']);
    expect(of(second?.steps, 'agency')).toEqual([step('agency', 'The police', 'agency.shared-subject', 'police')]);
  });
});

describe('steps recorded on a weapon count', () => {
  it('a labelled list: category labels and the total label', () => {
    const [s] = statements(['Destroyed: pistols, 120; rifles, 80; total, 200.']);
    expect(s?.counts.map((c) => of(c.steps, 'category')[0]?.rule)).toEqual(['vocabulary.category-label', 'vocabulary.category-label', 'vocabulary.total-label']);
    expect(of(s?.counts[2]?.steps, 'category')).toEqual([step('category', 'total', 'vocabulary.total-label', 'firearms', 'totalLabels: total', 'en')]);
    expect(of(s?.counts[2]?.steps, 'is_total')).toEqual([step('is_total', 'total, 200', 'total.labelled', '1')]);
  });

  it('parents: named before a run of parts, or nested by the arithmetic; unknown words give a NULL category', () => {
    const [under] = statements(['The police seized 300 weapons: 250 pistols; of the rifled weapons, 40 carbines and 10 widgets.']);
    expect(of(under?.counts[2]?.steps, 'parent_category')).toEqual([
      step('parent_category', 'rifled weapons', 'count.under-category', 'rifled', 'weaponCategories: rifled'),
    ]);
    expect(of(under?.counts[3]?.steps, 'category')).toEqual([step('category', 'widgets', 'vocabulary.category-unknown', 'NULL')]);
    const [nested] = statements(['In 2014, the army seized 100 weapons, of which 60 rifles, including 20 carbines, and 40 pistols.']);
    expect(of(nested?.counts[2]?.steps, 'parent_category')).toEqual([step('parent_category', '20 carbines', 'reconcile.nested', 'rifles')]);
  });
});

describe('steps of a figure of another period set beside a count', () => {
  it.each([
    ['The police seized 1,906 firearms in 2018, against 1,215 in 2017.', '1,215', 'quantity.thousands-separator', '1215'],
    ['En 2018, la police a saisi 1 906 armes, contre 1 215 en 2017.', '1 215', 'quantity.thousands-separator', '1215'],
    ['В 2018 году полиция изъяла 1 906 единиц оружия против 1 215 в 2017 году.', '1 215', 'quantity.thousands-separator', '1215'],
    ['The police seized 734 firearms in 2020, up from 581 in 2019.', '581', 'quantity.integer', '581'],
  ])('%s: the figure’s digits are read as written', (text, words, rule, value) => {
    const compared = statements([text]).find((s) => s.counts[0]?.quantity === Number(value));
    expect(compared?.counts[0]?.steps?.[0]).toEqual(step('quantity', words, rule, value));
  });
});
