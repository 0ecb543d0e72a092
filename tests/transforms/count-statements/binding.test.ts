import { describe, expect, it } from 'vitest';
import { pickAction } from '../../../src/transforms/count-statements/bind-action.ts';
import { agencyFromPhrase, pickAgency } from '../../../src/transforms/count-statements/bind-agency.ts';
import { pickYear } from '../../../src/transforms/count-statements/bind-year.ts';
import { draftStatements } from '../../../src/transforms/count-statements/drafts.ts';
import { splitSentences } from '../../../src/transforms/count-statements/sentences.ts';
import type { Draft, ProseUnit } from '../../../src/transforms/count-statements/types.ts';

/** The drafts of some units, with the context the binding steps need. */
function read(texts: string[]) {
  const units: ProseUnit[] = texts.map((text, i) => ({ text, span: { lineStart: i + 1, lineEnd: i + 1 } }));
  const sentences = units.map((u) => splitSentences(u.text));
  const drafts = draftStatements(units, sentences, []);
  return { units, sentences, drafts };
}

function only<T>(values: readonly T[]): T {
  expect(values).toHaveLength(1);
  return values[0] as T;
}

function lastDraft(drafts: readonly Draft[]): Draft {
  const d = drafts[drafts.length - 1];
  if (!d) throw new Error('no draft');
  return d;
}

describe('pickAction', () => {
  it('the first action word before the second count, with offsets in the unit', () => {
    const { units, drafts } = read(['Во 2015 году таможенными органами изъято 40 единиц оружия: 30 пистолетов и 10 винтовок.']);
    const action = pickAction(units[0]?.text ?? '', only(drafts));
    expect(action && [action.code, action.raw, action.index]).toEqual(['seized', 'изъято', 34]);
  });

  it('Chinese and Arabic verbs', () => {
    const zh = read(['2016年，警方销毁枪支300支。']);
    expect(pickAction(zh.units[0]?.text ?? '', only(zh.drafts))?.code).toBe('destroyed');
    const ar = read(['في عام 2017 ضبطت الشرطة 800 مسدس و450 بندقية.']);
    expect(pickAction(ar.units[0]?.text ?? '', only(ar.drafts))?.raw).toBe('ضبطت');
  });

  it('an action word right after the counted weapons describes them: the action word after it is what was done', () => {
    const action = (text: string) => {
      const { units, drafts } = read([text]);
      const found = pickAction(units[0]?.text ?? '', only(drafts));
      return found && [found.code, found.raw];
    };
    expect(action('En 2016, 45 armes à feu volées ont été récupérées par la police.')).toEqual(['seized', 'récupérées']);
    expect(action('In 2016, 45 firearms stolen from the depot were recovered.')).toEqual(['seized', 'recovered']);
    expect(action('En 2016, 45 armas robadas fueron recuperadas por la policía.')).toEqual(['seized', 'recuperadas']);
    expect(action('In 2016, 300 weapons collected were destroyed.')).toEqual(['destroyed', 'destroyed']);
    // After a comma the next action word is another clause's ("which were later destroyed"): the first stands.
    expect(action('In 2016, 45 firearms surrendered voluntarily, which were later destroyed.')).toEqual(['surrendered', 'surrendered']);
    // An action word before the count is the verb whatever follows the weapons.
    expect(action('In 2016 the police seized 45 firearms stolen from the army.')).toEqual(['seized', 'seized']);
    expect(action('In 2016, 45 firearms were stolen.')).toEqual(['stolen', 'stolen']);
  });

  it('null without an action word', () => {
    const { units, drafts } = read(['The armoury holds 300 rifles.']);
    expect(pickAction(units[0]?.text ?? '', only(drafts))).toBeNull();
  });
});

describe('pickAgency', () => {
  function agency(text: string, aliases?: Record<string, string>) {
    const { drafts } = read([text]);
    const draft = only(drafts);
    return pickAgency(text, draft, pickAction(text, draft), { agencyAliases: aliases });
  }

  it('the subject before the verb, an auxiliary and a time phrase left out', () => {
    expect(agency('En el último año, la Policía ha incautado 75 armas.')).toEqual({ raw: 'la Policía', code: 'police', rule: 'vocabulary' });
    expect(agency('Во 2015 году таможенными органами изъято 40 единиц оружия.')).toEqual({ raw: 'таможенными органами', code: 'customs', rule: 'vocabulary' });
    expect(agency('Also in 2013 the army collected 50 rifles.')).toEqual({ raw: 'the army', code: 'defence', rule: 'vocabulary' });
  });

  it('"surrendered to ...", "seized by ..." after the verb', () => {
    expect(agency('40 pistols were surrendered to the police.')).toEqual({ raw: 'the police', code: 'police', rule: 'vocabulary' });
    expect(agency('Des armes ont été saisies par la douane: 12 fusils.')).toEqual({ raw: 'la douane', code: 'customs', rule: 'vocabulary' });
  });

  it('a defined acronym through the aliases; unknown without them', () => {
    expect(agency('In the past year the JCF seized 90 firearms.', { JCF: 'police' })).toEqual({ raw: 'the JCF', code: 'police', rule: 'alias' });
    expect(agency('In the past year the JCF seized 90 firearms.')).toEqual({ raw: 'the JCF', code: null, rule: 'unknown-acronym' });
  });

  it('a named public body outside the vocabulary is kept with code null; a Chinese adverb is left out', () => {
    expect(agency('The Kenya Forest Service also seized 12 rifles.')).toEqual({ raw: 'The Kenya Forest Service', code: null, rule: 'organisation-name' });
    expect(agency('公安机关共收缴枪支1,200支。')).toEqual({ raw: '公安机关', code: 'police', rule: 'vocabulary' });
  });

  it('the counted words are not an agency', () => {
    expect(agency('2,150 small arms and light weapons (SALW) were destroyed.')).toBeNull();
  });

  it('agencyFromPhrase rejects digits and long phrases', () => {
    expect(agencyFromPhrase('the 3 police units', {})).toBeNull();
    expect(agencyFromPhrase(' , la gendarmerie ; ', {})).toEqual({ raw: 'la gendarmerie', code: 'police', rule: 'vocabulary' });
  });
});

describe('pickYear', () => {
  function year(texts: string[], reportedIn: number | null = 2016) {
    const { units, sentences, drafts } = read(texts);
    const draft = lastDraft(drafts);
    return pickYear(units[draft.unit]?.text ?? '', draft, units, sentences, { reportedIn });
  }

  it('each clause of a sentence takes the year written after its own counts, never the clause before\'s', () => {
    const { units, sentences, drafts } = read(['The army destroyed 400 weapons in 2018, and the police destroyed 5,000 weapons in 2019.']);
    expect(drafts.map((d) => pickYear(units[0]?.text ?? '', d, units, sentences, { reportedIn: 2020 }).year)).toEqual([2018, 2019]);
  });

  it('a stated year, in several languages', () => {
    expect(year(['In 2014, the police seized 80 rifles.'])).toEqual({ year: 2014, basis: 'stated', how: null, source: 'stated', words: '2014' });
    expect(year(['Во 2015 году изъято 40 пистолетов.'])).toMatchObject({ year: 2015, basis: 'stated' });
    expect(year(['في عام ٢٠١٧ ضبطت الشرطة 800 مسدس.'])).toMatchObject({ year: 2017, basis: 'stated' });
    expect(year(['2016年，警方销毁枪支300支。'])).toMatchObject({ year: 2016, basis: 'stated' });
    expect(year(['Du 2 au 30 juin 2016, la police a saisi 12 fusils.'])).toMatchObject({ year: 2016, basis: 'stated' });
    // A whole date states its year whatever leads it, and the sentence before does not make it inferred.
    expect(year(['En 2018, la police a saisi 742 armes.', 'Le 22 novembre 2018, 2 150 armes légères ont été détruites.'])).toMatchObject({ year: 2018, basis: 'stated', source: 'stated' });
    expect(year(['On 14 February 2020, 412 firearms were destroyed in Jayapura.'])).toMatchObject({ year: 2020, basis: 'stated' });
    expect(year(['El 3 de marzo de 2021 se destruyeron 900 armas de fuego.'])).toMatchObject({ year: 2021, basis: 'stated' });
  });

  it('"the past year" and "this year" are inferred from the report year and marked so', () => {
    expect(year(['En el último año, la Policía ha incautado 75 armas.'])).toEqual({
      year: 2015, basis: 'inferred', how: '"En el último año" in a report of 2016', source: 'past-year', words: 'En el último año', language: 'es',
    });
    expect(year(['За прошедший год изъято 40 пистолетов.'], 2010)).toMatchObject({ year: 2009, basis: 'inferred', source: 'past-year' });
    expect(year(['Cette année, la gendarmerie a détruit 300 armes.'])).toEqual({
      year: 2016, basis: 'inferred', how: '"Cette année" in a report of 2016', source: 'this-year', words: 'Cette année', language: 'fr',
    });
  });

  it('no year when the report year is unknown, with the reason', () => {
    expect(year(['In the past year the police seized 90 firearms.'], null)).toEqual({
      year: null, basis: null, how: 'says "In the past year" but the report year is unknown', source: 'report-year-unknown', words: 'In the past year',
    });
  });

  it('the year of the bullet before is inferred; a period or several years give none', () => {
    expect(year(['In 2013 the army collected 50 rifles.', 'A further 40 pistols were surrendered to the police.'])).toEqual({
      year: 2013, basis: 'inferred', how: 'taken from the bullet before, which names 2013', source: 'text-before', words: '2013',
    });
    expect(year(['Over the past five years, 400 rifles were destroyed.'])).toMatchObject({
      year: null, how: 'refers to "past five years", a period that is not one calendar year',
    });
    expect(year(['In 2012 and 2013, 500 weapons were destroyed.'])).toMatchObject({ year: null, how: 'names several years (2012, 2013)' });
  });

  it('two years after the counts are no one year, even when only the first is written as a stated one ("in 2018 and 2019")', () => {
    expect(year(['The police destroyed 120 rifles in 2018 and 2019.'])).toEqual({
      year: null, basis: null, how: 'names several years (2018, 2019) after its numbers', source: 'several-years', words: '2018, 2019',
    });
    expect(year(['La police a détruit 120 fusils en 2018 et 2019.'])).toMatchObject({ year: null, source: 'several-years' });
    // A count that could be read as a year is no second year.
    expect(year(['The police destroyed 2000 rifles in 2018.'])).toMatchObject({ year: 2018, basis: 'stated' });
  });

  it('a year only in a comparison after the counts is not the statement year', () => {
    expect(year(['The police seized 12 rifles, 15% more than in 2012.'])).toMatchObject({
      year: null, how: 'names 2012 only after its numbers, in a comparison or more than once',
    });
  });

  it('a year behind a comparison or a change after the clause\'s own stated year is the other term, not a second year', () => {
    expect(year(['Some 3,500 weapons were handed in voluntarily in 2018 under the amnesty law, an increase of 22 % on 2017.'])).toEqual({
      year: 2018, basis: 'stated', how: null, source: 'stated', words: '2018',
    });
    expect(year(['The police seized 300 rifles in 2018, 15% more than in 2017.'])).toMatchObject({ year: 2018, basis: 'stated' });
    expect(year(['Environ 350 armes ont été remises volontairement en 2018 dans le cadre de la loi d’amnistie, soit une hausse de 22 % par rapport à 2017.'])).toMatchObject({ year: 2018, basis: 'stated' });
    expect(year(['La policía decomisó 300 fusiles en 2018, un 22 % más que en 2017.'])).toMatchObject({ year: 2018, basis: 'stated' });
    expect(year(['Полиция изъяла 300 винтовок в 2018 году, что на 22 % больше, чем в 2017 году.'])).toMatchObject({ year: 2018, basis: 'stated' });
    expect(year(['A polícia apreendeu 300 espingardas em 2018, um aumento de 22 % em relação a 2017.'])).toMatchObject({ year: 2018, basis: 'stated' });
    // Only the year right behind the comparison is compared: a third year after it is the clause's again, so none.
    expect(year(['The police seized 300 rifles in 2018, 15% more than in 2017, and 200 more in 2019.'])).toMatchObject({ year: null });
    // Two years with no comparison between them, or a compared year with none stated before it: still none.
    expect(year(['The police destroyed 120 rifles in 2018 and 2019.'])).toMatchObject({ year: null, source: 'several-years' });
    expect(year(['The police seized 12 rifles, 15% more than in 2012.'])).toMatchObject({ year: null, source: 'after-counts' });
  });

  it('years after the counts beyond a semicolon speak of another clause: the one year within the counts\' clause is the year', () => {
    expect(year(['The police destroyed 120 rifles in 2018; the rest are to be destroyed in 2020.'])).toEqual({
      year: 2018, basis: 'stated', how: null, source: 'stated', words: '2018',
    });
    expect(year(['Las autoridades destruyeron 300 armas en 2019; la próxima destrucción está prevista para 2021.'])).toMatchObject({ year: 2019, basis: 'stated' });
    // Still none when the clause itself names two years, or its one year is a comparison.
    expect(year(['The police destroyed 120 rifles in 2018 and 2019; more will follow in 2021.'])).toMatchObject({ year: null, source: 'several-years' });
    expect(year(['The police seized 12 rifles, 15% more than in 2012; a report followed in 2014.'])).toMatchObject({ year: null, source: 'after-counts' });
    // Without a semicolon two years after the counts stay ambiguous.
    expect(year(['The police destroyed 120 rifles in 2018, and the rest in 2020.'])).toMatchObject({ year: null });
  });

  it('a clause cut from a longer sentence takes the year the sentence states before it', () => {
    expect(year(['In 2014, 80 rifles were seized and 65 pistols destroyed.'])).toEqual({
      year: 2014, basis: 'stated', how: null, source: 'stated-in-sentence', words: '2014',
    });
  });
});
