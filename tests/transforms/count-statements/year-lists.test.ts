import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountStatementRecord } from '../../../src/model/records.ts';
import { extractCountStatements, type ProseUnit } from '../../../src/transforms/count-statements/index.ts';

/** Units as a report reader hands them: each string one unit, on consecutive lines. */
function unitsOf(...texts: string[]): ProseUnit[] {
  let line = 1;
  return texts.map((text) => {
    const lines = text.split('\n').length;
    const unit = { text, span: { lineStart: line, lineEnd: line + lines - 1 } };
    line += lines;
    return unit;
  });
}

const brief = (s: CountStatementRecord) => ({
  year: s.year,
  basis: s.year_basis,
  action: s.action,
  agency: s.agency,
  total: s.total,
  reconciliation: s.reconciliation,
  source: s.source_text,
  line: s.line_start,
});

describe('year-dash-count lists under a lead-in', () => {
  it('ru, one item a line: one no_parts statement per numeric item, the unknown marker gives none (never 0), the bracketed percentage no count', () => {
    const units = unitsOf(
      'Количество огнестрельного оружия, изъятого органами внутренних дел, по годам:',
      '2019 — 1 204 ед.',
      '2020 — н/д',
      '2021 — 1 316 ед. (рост на 16,5 %)',
    );
    const { statements, issues } = extractCountStatements(units, { reportedIn: 2024, language: 'ru' });
    expect(statements.map(brief)).toEqual([
      { year: 2019, basis: 'stated', action: 'seized', agency: 'police', total: 1204, reconciliation: 'no_parts', source: '2019 — 1 204 ед.', line: 2 },
      { year: 2021, basis: 'stated', action: 'seized', agency: 'police', total: 1316, reconciliation: 'no_parts', source: '2021 — 1 316 ед.', line: 4 },
    ]);
    expect(statements.map((s) => s.counts.map((c) => [c.category, c.quantity, c.is_total]))).toEqual([[['firearms', 1204, true]], [['firearms', 1316, true]]]);
    expect(issues.filter((i) => i.rule === 'unknown-value').map((i) => i.line_start)).toEqual([3]);
  });

  it('ru: the agent named without a preposition ends before the next preposition', () => {
    const units = unitsOf('Количество огнестрельного оружия, изъятого органами внутренних дел из незаконного\nоборота, по годам:', '2019 — 1 204 ед.', '2020 — 987 ед.');
    const { statements } = extractCountStatements(units, { reportedIn: 2024, language: 'ru' });
    expect(statements.map((s) => [s.agency, s.agency_raw])).toEqual([['police', 'органами внутренних дел'], ['police', 'органами внутренних дел']]);
    const prose = extractCountStatements(unitsOf('В 2023 году изъято органами внутренних дел на границе 146 единиц оружия.'), { reportedIn: 2024, language: 'ru' });
    expect(prose.statements.map((s) => s.agency_raw)).toEqual(['органами внутренних дел']);
  });

  it('fr, items on one line joined by semicolons, em dashes; the sentence after the list is read as before', () => {
    const units = unitsOf('Armes collectées par la Gendarmerie nationale : 2019 — 1 204 ; 2020 — 877 ; 2021 — s/d.', 'En 2021, la police a saisi 412 armes à feu.');
    const { statements } = extractCountStatements(units, { reportedIn: 2022, language: 'fr' });
    expect(statements.map(brief)).toEqual([
      { year: 2019, basis: 'stated', action: 'collected', agency: statements[0]?.agency ?? null, total: 1204, reconciliation: 'no_parts', source: '2019 — 1 204', line: 1 },
      { year: 2020, basis: 'stated', action: 'collected', agency: statements[0]?.agency ?? null, total: 877, reconciliation: 'no_parts', source: '2020 — 877', line: 1 },
      { year: 2021, basis: 'stated', action: 'seized', agency: 'police', total: 412, reconciliation: 'no_parts', source: 'En 2021, la police a saisi 412 armes à feu.', line: 2 },
    ]);
  });

  it('en, hyphens and colons, a comma between items, in a paragraph', () => {
    const units = unitsOf('Weapons destroyed by the army, 2018-2020: 2018 - 300, 2019 - 450, 2020: n/a.');
    const { statements } = extractCountStatements(units, { reportedIn: 2021, language: 'en' });
    expect(statements.map((s) => [s.year, s.action, s.agency, s.total, s.source_text])).toEqual([
      [2018, 'destroyed', 'defence', 300, '2018 - 300'],
      [2019, 'destroyed', 'defence', 450, '2019 - 450'],
    ]);
  });

  it('es, en dashes, one item a line in one unit, a category named on an item', () => {
    const units = unitsOf('Armas de fuego incautadas por la Policía Nacional, por año:\n2021 – 1.530\n2022 – 812 pistolas\n2023 – s/d');
    const { statements } = extractCountStatements(units, { reportedIn: 2024, language: 'es' });
    expect(statements.map((s) => [s.year, s.action, s.agency, s.total, s.line_start, s.counts[0]?.category])).toEqual([
      [2021, 'seized', 'police', 1530, 2, 'firearms'],
      [2022, 'seized', 'police', 812, 3, 'pistols'],
    ]);
  });

  it('an item that is no plain count is not read and is named in a warning; the other items are read', () => {
    const units = unitsOf('Firearms seized by the police, by year:', '2019 — 1,204', '2020 — 12 %', '2021 — 1,100', '2022: 14 % more than in 2021', '2023 — about 1,500');
    const { statements, issues } = extractCountStatements(units, { reportedIn: 2024, language: 'en' });
    expect(statements.map((s) => [s.year, s.total, s.line_start])).toEqual([
      [2019, 1204, 2],
      [2021, 1100, 4],
    ]);
    expect(issues.filter((i) => i.rule === 'year-list-item-not-read').map((i) => [i.severity, i.line_start])).toEqual([
      ['warning', 3],
      ['warning', 5],
      ['warning', 6],
    ]);
  });

  it.each([
    ['en', ['Firearms seized by the police, by year:', '2019 — 14 % more than in 2018', '2020 — 9 % more than in 2019']],
    ['ru', ['Изъято огнестрельного оружия по годам:', '2019 — около тысячи', '2020 — более тысячи']],
    ['fr', ['Armes saisies par la police, par année :', '2019 — 12 % de plus', '2020 — 9 % de moins']],
  ] as const)('%s: a list none of whose items is a count is named in a warning with its line, never passed over', (language, texts) => {
    const { statements, issues } = extractCountStatements(unitsOf('Report of the police.', ...texts), { reportedIn: 2024, language });
    expect(statements).toEqual([]);
    expect(issues.filter((i) => i.rule === 'year-list-not-read').map((i) => [i.severity, i.line_start])).toEqual([['warning', 2]]);
  });

  it('a list of unknown markers only: each item is said to be unknown (never 0)', () => {
    const units = unitsOf('Firearms seized by the police, by year:', '2019 — n/a', '2020 — n/a');
    const { statements, issues } = extractCountStatements(units, { reportedIn: 2024, language: 'en' });
    expect(statements).toEqual([]);
    expect(issues.filter((i) => i.rule === 'unknown-value').map((i) => i.line_start)).toEqual([2, 3]);
  });

  it('no list without a lead-in naming an action and weapons, nor under a lead-in with a count of its own', () => {
    const noAction = unitsOf('Firearms in the national register, by year:', '2019 — 1,204', '2020 — 987');
    expect(extractCountStatements(noAction, { reportedIn: 2021, language: 'en' }).statements).toEqual([]);
    const noWeapons = unitsOf('Seminars held by the police:', '2019 — 12', '2020 — 9');
    expect(extractCountStatements(noWeapons, { reportedIn: 2021, language: 'en' }).statements).toEqual([]);
    // Not a year list: the items are not plain counts (words after the number that name no weapons).
    const notCounts = unitsOf('Weapons seized by the police:', '2019 — 12 operations', '2020 — 9 operations');
    expect(extractCountStatements(notCounts, { reportedIn: 2021, language: 'en' }).statements.map((s) => s.source_text).some((t) => t.startsWith('2019 —'))).toBe(false);
  });

  it.each([
    ['ru', 'Количество огнестрельного оружия, изъятого органами внутренних дел, по годам:', ['2019 — 1 204 ед.', '2020 ‒ 987 шт.', '2021 — 1 013 единиц'], [1204, 987, 1013]],
    ['en', 'Firearms seized by the police, by year:', ['2019 — 1,204 pcs.', '2020 – 877 units', '2021 ― 1,013 items'], [1204, 877, 1013]],
    ['fr', 'Armes collectées par la Gendarmerie nationale :', ['2019 — 1 204 unité', '2020 ‑ 877 unités', '2021 — 1 013 unités'], [1204, 877, 1013]],
    ['es', 'Armas de fuego incautadas por la Policía Nacional, por año:', ['2020 – 877 uds.', '2021 ‐ 1.013 unidades', '2022 - 1.204 unidades'], [877, 1013, 1204]],
    ['pt', 'Armas de fogo apreendidas pela Polícia Federal, por ano:', ['2020 – 877 unidades', '2021 — 1.013 unid.', '2022 - 1.204 unidades'], [877, 1013, 1204]],
  ] as const)('%s: the lexicon\'s counter words after the count, any dash (compile.ts\'s DASHES)', (language, lead, items, totals) => {
    const { statements, issues } = extractCountStatements(unitsOf(lead, ...items), { reportedIn: 2024, language });
    expect(statements.map((s) => [s.total, s.reconciliation, s.source_text, s.counts.map((c) => [c.category, c.quantity, c.is_total])])).toEqual(
      items.map((item, i) => [totals[i], 'no_parts', item, [['firearms', totals[i], true]]]),
    );
    expect(issues.filter((i) => i.rule === 'year-list-item-not-read')).toEqual([]);
  });

  it('a counter joined to weapons is the weapons\' words; a word no lexicon counts with is no counter and the item is named in a warning', () => {
    const units = unitsOf('Количество оружия, изъятого органами внутренних дел, по годам:', '2019 — 1 204 единицы огнестрельного оружия', '2020 — 987 ед.', '2021 — 1 013 руб.');
    const { statements, issues } = extractCountStatements(units, { reportedIn: 2024, language: 'ru' });
    expect(statements.map((s) => [s.year, s.total, s.counts[0]?.category, s.counts[0]?.category_raw])).toEqual([
      [2019, 1204, 'firearms', 'единицы огнестрельного оружия'],
      [2020, 987, 'firearms', 'оружия'],
    ]);
    expect(issues.filter((i) => i.rule === 'year-list-item-not-read').map((i) => i.line_start)).toEqual([4]);
  });

  it('the one definition of a dash: a range written with a figure dash or a non-breaking hyphen is a range, never its second number', () => {
    for (const dash of ['‒', '‑', '‐', '―']) {
      const { statements, issues } = extractCountStatements(unitsOf(`In 2019 the police seized 200${dash}300 weapons.`), { reportedIn: 2024, language: 'en' });
      expect(statements).toEqual([]);
      expect(issues.map((i) => i.rule)).toEqual(['count-range']);
    }
  });

  it('a bracketed breakdown after an item\'s count gives the statement its parts and a reconciliation, as prose parts do', () => {
    const cases = [
      { language: 'ru', lead: 'Количество огнестрельного оружия, изъятого органами внутренних дел, по годам:', item: '2022 — 1 316 ед. (в том числе 300 пистолетов)', prose: 'В 2022 году органы внутренних дел изъяли 1 316 единиц оружия (в том числе 300 пистолетов).' },
      { language: 'en', lead: 'Firearms seized by the police, by year:', item: '2022 – 877 weapons (of which 300 pistols)', prose: 'In 2022 the police seized 877 weapons (of which 300 pistols).' },
      { language: 'fr', lead: 'Armes saisies par la Gendarmerie nationale :', item: '2022 — 1 013 unités (dont 300 pistolets)', prose: 'En 2022, la Gendarmerie nationale a saisi 1 013 armes (dont 300 pistolets).' },
      { language: 'es', lead: 'Armas de fuego incautadas por la Policía Nacional, por año:', item: '2022 - 1.204 unidades (de las cuales 300 pistolas)', prose: 'En 2022, la Policía Nacional incautó 1.204 armas de fuego (de las cuales 300 pistolas).' },
    ] as const;
    for (const { language, lead, item, prose } of cases) {
      const listed = extractCountStatements(unitsOf(lead, '2021 — 1 100', item), { reportedIn: 2024, language });
      const read = extractCountStatements(unitsOf(prose), { reportedIn: 2024, language });
      const shape = (s: CountStatementRecord) => [s.year, s.total, s.components_sum, s.reconciliation, s.counts.map((c) => [c.category, c.quantity, c.is_total])];
      expect(listed.statements.map(shape)).toEqual([[2021, 1100, null, 'no_parts', [['firearms', 1100, true]]], shape(read.statements[0] as CountStatementRecord)]);
      expect(listed.statements[1]?.components_sum).toBe(300);
      // The item cites its bracket, and the parts are no statement of their own.
      expect(listed.statements[1]?.source_text).toBe(item);
      expect(listed.statements[1]?.steps?.filter((t) => t.column === 'total' || t.column === 'components_sum').map((t) => [t.rule, t.value])).toEqual([
        ['total.breakdown-follows', listed.statements[1]?.total?.toString()],
        ['reconcile.parts-sum', '300'],
      ]);
      expect(listed.issues.filter((i) => i.severity === 'warning').map((i) => [i.rule, i.line_start])).toEqual([['unbalanced-count', 3]]);
    }
  });

  it('parts that add up balance; weapons in a bracket that is no breakdown, or no whole count, are named in a warning, never dropped', () => {
    const units = unitsOf(
      'Количество огнестрельного оружия, изъятого органами внутренних дел, по годам:',
      '2020 — 1 400 ед. (из них 300 пистолетов и 1 100 гладкоствольного оружия)',
      '2021 — 900 ед. (2019: 1 204 единицы оружия)',
      '2022 — 950 ед. (в том числе 200–300 пистолетов)',
      '2023 — 1 316 ед. (рост на 16,5 %)',
    );
    const { statements, issues } = extractCountStatements(units, { reportedIn: 2024, language: 'ru' });
    expect(statements.map((s) => [s.year, s.total, s.components_sum, s.reconciliation, s.source_text])).toEqual([
      [2020, 1400, 1400, 'balanced', '2020 — 1 400 ед. (из них 300 пистолетов и 1 100 гладкоствольного оружия)'],
      [2023, 1316, null, 'no_parts', '2023 — 1 316 ед.'],
    ]);
    expect(statements[0]?.counts.map((c) => [c.category, c.quantity, c.is_total])).toEqual([['firearms', 1400, true], ['pistols', 300, false], ['smoothbore', 1100, false]]);
    expect(issues.filter((i) => i.rule === 'year-list-item-not-read').map((i) => [i.severity, i.line_start])).toEqual([['warning', 3], ['warning', 4]]);
  });

  it('property: every numeric item becomes one statement of its year and number, every unknown marker none', () => {
    const item = fc.oneof(fc.integer({ min: 0, max: 99_999 }), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 2, maxLength: 6 }),
        fc.constantFrom('-', '–', '—', ':'),
        fc.constantFrom('\n', '; '),
        fc.integer({ min: 1990, max: 2020 }),
        (values, dash, joiner, firstYear) => {
          const items = values.map((v, i) => `${firstYear + i} ${dash} ${v === null ? 'n/a' : v.toLocaleString('en-US')}`);
          const units = unitsOf(`Firearms seized by the police, by year:\n${items.join(joiner)}`);
          const { statements } = extractCountStatements(units, { reportedIn: 2024, language: 'en' });
          const expected = values.flatMap((v, i) => (v === null ? [] : [[firstYear + i, v]]));
          if (!values.some((v) => v !== null)) expect(statements).toEqual([]);
          else expect(statements.map((s) => [s.year, s.total])).toEqual(expected);
          expect(statements.every((s) => s.action === 'seized' && s.agency === 'police' && s.reconciliation === 'no_parts')).toBe(true);
        },
      ),
    );
  });
});
