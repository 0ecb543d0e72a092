import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A noun of action (seizures, incautaciones, saisies, apreensões, изъятия) with a level verb and a number (`rose to`,
 * `reached`, `totalled`, `ascendieron a`, `ont atteint`, `chegaram a`, `достигли`) states that action: the number is
 * the level reached, a count of the weapons named before the verb. A change's own figure (`rose by 200`, `rose by 9 %`)
 * is a difference, never a total; in `rose from 1,200 to 1,526` the level is 1,526 (1,200 is another period's).
 */
const read = (text: string, language: Language) =>
  extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language }).statements.map((s) => [
    s.year,
    s.action,
    s.total,
    s.counts.map((c) => [c.category, c.quantity, c.approx]),
  ]);

describe('the level a noun of action reaches is a statement of that action', () => {
  it.each<[string, Language]>([
    ['Las incautaciones de armas de fuego aumentaron hasta 1.526 en 2022.', 'es'],
    ['Las incautaciones de armas de fuego ascendieron a 1.526 en 2022.', 'es'],
    ['Las incautaciones de armas de fuego alcanzaron 1.526 en 2022.', 'es'],
    ['Las incautaciones de armas de fuego sumaron 1.526 en 2022.', 'es'],
    ["Les saisies d'armes à feu ont atteint 1 526 en 2022.", 'fr'],
    ["Les saisies d'armes à feu se sont élevées à 1 526 en 2022.", 'fr'],
    ['Seizures of firearms rose to 1,526 in 2022.', 'en'],
    ['Seizures of firearms reached 1,526 in 2022.', 'en'],
    ['Seizures of firearms totalled 1,526 in 2022.', 'en'],
    ['Seizures of firearms went up to 1,526 in 2022.', 'en'],
    ['Seizures of firearms rose by 9 % to 1,526 in 2022.', 'en'],
    ['Seizures of firearms rose by 200 to 1,526 in 2022.', 'en'],
    ['Seizures of firearms rose from 1,200 to 1,526 in 2022.', 'en'],
    ['As apreensões de armas de fogo chegaram a 1.526 em 2022.', 'pt'],
    ['Em 2022, as apreensões de armas de fogo aumentaram até 1.526.', 'pt'],
    ['В 2022 году изъятия огнестрельного оружия достигли 1 526.', 'ru'],
    ['В 2022 году изъятия огнестрельного оружия выросли до 1 526.', 'ru'],
    // Verbs of a multiple or a sharp change reach a level too (they had loaded nothing, with no issue).
    ['Seizures of firearms doubled to 1,526 in 2022.', 'en'],
    ['In 2022 seizures of firearms jumped to 1,526.', 'en'],
    ["En 2022, les saisies d'armes à feu ont doublé à 1 526.", 'fr'],
    ['En 2022 las incautaciones de armas de fuego se duplicaron hasta 1.526.', 'es'],
    ['Em 2022, as apreensões de armas de fogo duplicaram para 1.526.', 'pt'],
    ['В 2022 году изъятия огнестрельного оружия удвоились до 1 526.', 'ru'],
    // The change's figure with its article and no `en` (`aumentaron un 9 %`): the level after it, never the 9 %.
    ['En 2022, las incautaciones de armas de fuego aumentaron un 9 % hasta 1.526.', 'es'],
    ['Las incautaciones de armas de fuego aumentaron un 9 % hasta 1.526 en 2022.', 'es'],
    // The year after a change from one figure to another is the level's (`с` there opens the first figure, it compares nothing).
    ['Изъятия огнестрельного оружия выросли с 1 200 до 1 526 в 2022 году.', 'ru'],
    ['Изъятия огнестрельного оружия увеличились с 1 200 до 1 526 в 2022 году.', 'ru'],
    ['Las incautaciones de armas de fuego aumentaron de 1.200 a 1.526 en 2022.', 'es'],
    // A percentage right after the change verb, with no `by` (it had loaded nothing, with no issue).
    ['Seizures of firearms increased 9 per cent to 1,526 in 2022.', 'en'],
    ['Seizures of firearms rose 9% to 1,526 in 2022.', 'en'],
    ['Las incautaciones de armas de fuego aumentaron 9 % hasta 1.526 en 2022.', 'es'],
    ['Em 2022, as apreensões de armas de fogo aumentaram 9 % para 1.526.', 'pt'],
    ['Em 2022, as apreensões de armas de fogo cresceram 9 por cento para 1.526.', 'pt'],
    // A counter word of the weapons after the level (`ед.`, `units`) counts what the words before name.
    ['В 2022 году изъятия огнестрельного оружия выросли на 9 % до 1 526 ед.', 'ru'],
    ['В 2022 году изъятия огнестрельного оружия достигли 1 526 единиц.', 'ru'],
    ['Seizures of firearms rose to 1,526 units in 2022.', 'en'],
    ['Las incautaciones de armas de fuego ascendieron a 1.526 unidades en 2022.', 'es'],
  ])('%s', (text, language) => {
    expect(read(text, language)).toEqual([[2022, 'seized', 1526, [['firearms', 1526, false]]]]);
  });

  it('other actions: destruction, and the level of a change from one figure to another with its weapons after it', () => {
    expect(read('En 2022, las destrucciones de armas de fuego ascendieron a 2.300.', 'es')).toEqual([[2022, 'destroyed', 2300, [['firearms', 2300, false]]]]);
    expect(read('In 2022 seizures of pistols rose from 1,200 to 1,526 pistols.', 'en')).toEqual([[2022, 'seized', 1526, [['pistols', 1526, false]]]]);
    expect(read('En 2022, las incautaciones de armas de fuego aumentaron de 1.200 a 1.526.', 'es')).toEqual([[2022, 'seized', 1526, [['firearms', 1526, false]]]]);
    // A qualifier before the level is one.
    expect(read('Seizures of firearms reached about 1,526 in 2022.', 'en')).toEqual([[2022, 'seized', 1526, [['firearms', 1526, true]]]]);
    // With no year in the sentence the level loads with its year NULL (an info says why); the 9 % is never a count.
    expect(read('Las incautaciones de armas de fuego aumentaron un 9 % hasta 1.526.', 'es')).toEqual([[null, 'seized', 1526, [['firearms', 1526, false]]]]);
  });

  it('reads no level where it would be a guess or counts something else', () => {
    // Two categories named before the verb, a noun after the number, a comparison, counts of the sentence before it.
    expect(read('Seizures of pistols and rifles reached 1,526 in 2022.', 'en')).toEqual([]);
    expect(read('Seizures of firearms reached 1,526 cases in 2022.', 'en')).toEqual([]);
    expect(read('Seizures of firearms rose by 14 % compared with 1,200 in 2021.', 'en')).toEqual([]);
    expect(read('Seizures of firearms increased 14 per cent compared with 1,200 in 2021.', 'en')).toEqual([]);
    // A bare figure after the verb with no `by` and no percent is not read as the change's figure.
    expect(read('Seizures of firearms increased 200 to 1,526 in 2022.', 'en')).toEqual([]);
    expect(read('В 2022 году изъятия огнестрельного оружия выросли на 9 % до 1 526 ед. боеприпасов.', 'ru')).toEqual([]);
    expect(read('In 2022 the police seized 300 pistols; seizures of firearms rose to 1,526.', 'en')).toEqual([[2022, 'seized', 300, [['pistols', 300, false]]]]);
  });
});

describe('a change is never loaded as a level or a total', () => {
  const TEMPLATES: Record<'en' | 'es' | 'fr' | 'pt' | 'ru', { by: string; byTo: string; fromTo: string }> = {
    en: { by: 'In 2022 seizures of firearms rose by {d}.', byTo: 'In 2022 seizures of firearms rose by {d} to {l}.', fromTo: 'In 2022 seizures of firearms rose from {d} to {l}.' },
    es: { by: 'En 2022 las incautaciones de armas de fuego aumentaron en {d}.', byTo: 'En 2022 las incautaciones de armas de fuego aumentaron en {d} hasta {l}.', fromTo: 'En 2022 las incautaciones de armas de fuego aumentaron de {d} a {l}.' },
    fr: { by: "En 2022, les saisies d'armes à feu ont augmenté de {d}.", byTo: "En 2022, les saisies d'armes à feu ont augmenté de {d} pour atteindre {l}.", fromTo: "En 2022, les saisies d'armes à feu ont augmenté de {d} à {l}." },
    pt: { by: 'Em 2022 as apreensões de armas de fogo aumentaram em {d}.', byTo: 'Em 2022 as apreensões de armas de fogo aumentaram em {d} para {l}.', fromTo: 'Em 2022 as apreensões de armas de fogo aumentaram de {d} a {l}.' },
    ru: { by: 'В 2022 году изъятия огнестрельного оружия выросли на {d}.', byTo: 'В 2022 году изъятия огнестрельного оружия выросли на {d} до {l}.', fromTo: 'В 2022 году изъятия огнестрельного оружия выросли с {d} до {l}.' },
  };
  const fill = (template: string, d: number, l: number) => template.replace('{d}', String(d)).replace('{l}', String(l));

  it('rose D % to L, with no preposition before the percentage: L, never D', () => {
    const BARE: Record<'en' | 'es' | 'pt', string> = {
      en: 'In 2022 seizures of firearms increased {d} per cent to {l}.',
      es: 'En 2022 las incautaciones de armas de fuego aumentaron {d} % hasta {l}.',
      pt: 'Em 2022 as apreensões de armas de fogo aumentaram {d} % para {l}.',
    };
    fc.assert(
      fc.property(fc.constantFrom<'en' | 'es' | 'pt'>('en', 'es', 'pt'), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 100, max: 999 }), (language, d, l) => {
        expect(read(fill(BARE[language], d, l), language).map((s) => s[2])).toEqual([l]);
      }),
      { numRuns: 100 },
    );
  });

  it('rose by D: nothing; rose by D to L and rose from D to L: L, never D', () => {
    fc.assert(
      fc.property(fc.constantFrom<'en' | 'es' | 'fr' | 'pt' | 'ru'>('en', 'es', 'fr', 'pt', 'ru'), fc.integer({ min: 2, max: 999 }), fc.integer({ min: 2, max: 999 }), (language, d, l) => {
        fc.pre(d !== l);
        const t = TEMPLATES[language];
        expect(read(fill(t.by, d, l), language)).toEqual([]);
        expect(read(fill(t.byTo, d, l), language).map((s) => s[2])).toEqual([l]);
        expect(read(fill(t.fromTo, d, l), language).map((s) => s[2])).toEqual([l]);
      }),
      { numRuns: 150 },
    );
  });
});

// "rose from 1,200 in 2021 to 1,526 in 2022": the first figure has its own year written beside it, so it is that year's
// count (a statement before the level's, the same action, weapons and agency, one source_text); it had loaded nothing.
describe('a change from a figure with its own year to the level', () => {
  const statements = (text: string, language: Language) =>
    extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language }).statements.map((s) => [
      s.year,
      s.year_basis,
      s.action,
      s.agency_raw,
      s.total,
      s.counts.map((c) => [c.category, c.quantity]),
    ]);

  it.each<[string, Language, string | null]>([
    ['Firearm seizures increased from 1,200 in 2021 to 1,526 in 2022.', 'en', null],
    ["Les saisies d'armes à feu de la Gendarmerie nationale ont augmenté de 1 200 en 2021 à 1 526 en 2022.", 'fr', 'la Gendarmerie nationale'],
    ['Las incautaciones de armas de fuego aumentaron de 1.200 en 2021 a 1.526 en 2022.', 'es', null],
    ['As apreensões de armas de fogo aumentaram de 1.200 em 2021 a 1.526 em 2022.', 'pt', null],
    ['Изъятия огнестрельного оружия выросли с 1 200 в 2021 году до 1 526 в 2022 году.', 'ru', null],
  ])('%s', (text, language, agency) => {
    expect(statements(text, language)).toEqual([
      [2021, 'stated', 'seized', agency, 1200, [['firearms', 1200]]],
      [2022, 'stated', 'seized', agency, 1526, [['firearms', 1526]]],
    ]);
  });

  it('without a year beside it the first figure is still no count', () => {
    expect(statements('In 2022 seizures of firearms rose from 1,200 to 1,526.', 'en')).toEqual([[2022, 'stated', 'seized', null, 1526, [['firearms', 1526]]]]);
  });

  it('from D in Y1 to L in Y2: D for Y1, L for Y2, in every language', () => {
    const TEMPLATES: Record<'en' | 'es' | 'fr' | 'pt' | 'ru', string> = {
      en: 'Seizures of firearms rose from {d} in {y1} to {l} in {y2}.',
      es: 'Las incautaciones de armas de fuego aumentaron de {d} en {y1} a {l} en {y2}.',
      fr: "Les saisies d'armes à feu ont augmenté de {d} en {y1} à {l} en {y2}.",
      pt: 'As apreensões de armas de fogo aumentaram de {d} em {y1} a {l} em {y2}.',
      ru: 'Изъятия огнестрельного оружия выросли с {d} в {y1} году до {l} в {y2} году.',
    };
    fc.assert(
      fc.property(
        fc.constantFrom<'en' | 'es' | 'fr' | 'pt' | 'ru'>('en', 'es', 'fr', 'pt', 'ru'),
        fc.integer({ min: 2, max: 999 }),
        fc.integer({ min: 2, max: 999 }),
        fc.integer({ min: 2000, max: 2022 }),
        (language, d, l, y1) => {
          const text = TEMPLATES[language].replace('{d}', String(d)).replace('{l}', String(l)).replace('{y1}', String(y1)).replace('{y2}', String(y1 + 1));
          expect(statements(text, language).map((s) => [s[0], s[4]])).toEqual([
            [y1, d],
            [y1 + 1, l],
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
