import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';
import type { Language } from '../../../src/language/types.ts';

/**
 * A plan, a pledge, funding or a target for an action is no statement of it: "A partner has pledged USD 250,000 for the
 * destruction of 3,000 weapons in 2025" destroyed nothing. The words of plan are the lexicons' `plannedActionMarkers`
 * (the clause's modality), looked for a few words before the action word and right after the counts; an info issue
 * names them. Counts after such words in a list are no part of the statement before them, and a year after them is
 * not the statement's. Money and percentages are never counts.
 */

const read = (text: string, language: Language = 'en', reportedIn = 2024) => {
  const out = extractCountStatements([{ text, span: { lineStart: 5, lineEnd: 5 } }], { reportedIn, language, agencyAliases: {} });
  return {
    statements: out.statements.map((s) => [s.year, s.action, s.total, s.components_sum]),
    planned: out.issues.filter((i) => i.rule === 'planned-action').map((i) => [i.severity, i.line_start]),
  };
};

describe('counts of a planned, pledged, funded or targeted action are no statement', () => {
  it.each([
    ['A bilateral partner has pledged USD 250,000 for the destruction of 3,000 weapons in 2025.', 'en'],
    ['The European Union provided funding for the destruction of 4,500 firearms.', 'en'],
    ['In 2025, 3,000 weapons are to be destroyed at the Kampong Speu facility.', 'en'],
    ['The destruction of 3,000 weapons is planned for 2025.', 'en'],
    ['The Government has committed to the destruction of 2,000 small arms.', 'en'],
    ['A budget of EUR 80,000 was allocated for the destruction of 1,200 rifles.', 'en'],
    ['The programme has a target of 10,000 weapons collected by 2026.', 'en'],
    ['En 2025, 3 000 armes seront détruites.', 'fr'],
    ['La destruction de 3 000 armes est prévue pour 2025.', 'fr'],
    ['Se prevé que 3.000 armas serán destruidas en 2025.', 'es'],
    ['Em 2025 serão destruídas 3.000 armas de fogo.', 'pt'],
    ['O governo prevê que 3.000 armas sejam destruídas.', 'pt'],
    ['В 2025 году будет уничтожено 3 000 единиц оружия.', 'ru'],
    ['من المقرر إتلاف 3000 قطعة سلاح في عام 2025.', 'ar'],
    ['سيتم إتلاف 3000 قطعة سلاح.', 'ar'],
    ['2025年计划销毁枪支3,000支。', 'zh'],
  ] as const)('%s -> no statement, a planned-action info', (text, language) => {
    expect(read(text, language)).toEqual({ statements: [], planned: [['info', 5]] });
  });

  it('reads no count where the action is an infinitive, which is never done ("will destroy", "prévoit de détruire")', () => {
    expect(read('The police will destroy 3,000 weapons in the coming months.').statements).toEqual([]);
    expect(read('Le gouvernement prévoit de détruire 3 000 armes.', 'fr').statements).toEqual([]);
    expect(read('В 2025 году планируется уничтожить 3 000 единиц оружия.', 'ru').statements).toEqual([]);
  });

  it.each([
    ['In 2019 the police destroyed 3,000 weapons at a public ceremony.', 'en', [2019, 'destroyed', 3000, null]],
    // Nouns that name a past thing are no plan on their own.
    ['In 2019 targeted operations by the police seized 300 weapons.', 'en', [2019, 'seized', 300, null]],
    ['In 2019 the police seized 300 weapons declared to be illegal.', 'en', [2019, 'seized', 300, null]],
    ['In 2019 the police seized 300 weapons after the new action plan was adopted.', 'en', [2019, 'seized', 300, null]],
    ['En 2019, la police a saisi 300 armes à Paris.', 'fr', [2019, 'seized', 300, null]],
    ['En 2019 la policía incautó 300 armas.', 'es', [2019, 'seized', 300, null]],
    ['2021年，公安机关将收缴的枪支3,000支全部销毁。', 'zh', [2021, 'seized', 3000, null]],
  ] as const)('%s -> a statement (done, not planned)', (text, language, statement) => {
    expect(read(text, language).statements).toEqual([statement]);
  });

  it('keeps the done part of a sentence and drops the planned counts after it', () => {
    expect(read('In 2019, the police destroyed 300 weapons and plans to destroy 200 rifles in 2020.')).toEqual({
      statements: [[2019, 'destroyed', 300, null]],
      planned: [['info', 5]],
    });
  });

  it('never takes the year of a plan after the counts for the counts', () => {
    // "which will be destroyed in 2025" speaks of the future; the seizure's year is not written.
    expect(read('The police seized 300 weapons, which will be destroyed in 2025.').statements).toEqual([[null, 'seized', 300, null]]);
    expect(read('In 2019 the police seized 300 weapons, which will be destroyed in 2025.').statements).toEqual([[2019, 'seized', 300, null]]);
  });

  it.each([
    ['In 2022, the National Police seized nearly 1,900 illegal firearms, a 15 % increase on 2021.', 'en', 1900],
    ['In 2022, the police seized 1,900 firearms, 30 per cent more than in 2021.', 'en', 1900],
    ['Em 2022, a Polícia Federal apreendeu 12.486 armas, com custo de R$ 1.350.000,00.', 'pt', 12486],
    ['En 2022, la police a saisi 1 900 armes, soit 15 % de plus qu\u2019en 2021.', 'fr', 1900],
  ] as const)('%s -> money and percentages are no counts', (text, language, total) => {
    const out = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language, agencyAliases: {} });
    expect(out.statements.map((s) => [s.total, s.counts.length])).toEqual([[total, 1]]);
  });

  it('never loads a count from a sentence whose words of plan stand right before its action (property)', () => {
    const marker = fc.constantFrom('will', 'plans to', 'is expected to', 'has pledged to fund', 'intends to', 'aims to');
    const verb = fc.constantFrom('destroy', 'collect');
    const n = fc.integer({ min: 2, max: 99_999 });
    fc.assert(
      fc.property(marker, verb, n, fc.constantFrom('', ' in 2025', ' next year'), (m, v, count, tail) => {
        const passive = `${count.toLocaleString('en-US')} weapons ${m === 'will' ? 'will be' : 'are to be'} ${v === 'destroy' ? 'destroyed' : 'collected'}${tail}.`;
        expect(read(passive).statements).toEqual([]);
        expect(read(`The Government ${m} ${v} ${count.toLocaleString('en-US')} weapons${tail}.`).statements).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
