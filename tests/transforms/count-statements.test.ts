import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import type { CountStatementRecord } from '../../src/model/records.ts';
import { agencyAliasesFromText } from '../../src/transforms/categories.ts';
import { extractCountStatements, splitSentences } from '../../src/transforms/count-statements/index.ts';
import type { CountContext, ProseUnit } from '../../src/transforms/count-statements/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'tests', 'fixtures');

/**
 * What the PoA extractor does before calling us: a bullet line is cut at each attribution
 * `(National Report, 2005)` into groups, and each group at the ` - ` / ` -In` bullet joins.
 */
function bulletGroups(line: string, lineNo: number): { units: ProseUnit[]; reportedIn: number }[] {
  const groups: { units: ProseUnit[]; reportedIn: number }[] = [];
  let last = 0;
  for (const m of line.matchAll(/\(National Report, (\d{4})\)/g)) {
    const body = line.slice(last, m.index);
    last = (m.index ?? 0) + m[0].length;
    const units = body
      .split(/\s+-\s*(?=\p{Lu})|^\s*-\s+/u)
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .map((text) => ({ text, span: { lineStart: lineNo, lineEnd: lineNo } }));
    groups.push({ units, reportedIn: Number(m[1]) });
  }
  return groups;
}

function statementsOfLine(path: string, lineNo: number): CountStatementRecord[] {
  const line = readFileSync(path, 'utf8').split('\n')[lineNo - 1] ?? '';
  return bulletGroups(line, lineNo).flatMap((g) => extractCountStatements(g.units, { reportedIn: g.reportedIn, language: 'en' }).statements);
}

/** Paragraphs and bullets of a text document, as the report extractor hands them over. */
function proseUnits(text: string): ProseUnit[] {
  return decodePlainText(text, 'utf-8')
    .blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list_item')
    .map((b) => ({ text: b.text, span: b.span }));
}

type Part = [quantity: number, category: string | null, parent: string | null];
const parts = (s: CountStatementRecord | undefined): Part[] =>
  (s?.counts ?? []).filter((c) => !c.is_total).map((c) => [c.quantity, c.category, c.parent_category]);
const summary = (s: CountStatementRecord | undefined) =>
  s && {
    year: s.year,
    year_basis: s.year_basis,
    action: s.action,
    agency: s.agency,
    total: s.total,
    components_sum: s.components_sum,
    reconciliation: s.reconciliation,
    reported_in: s.reported_in,
  };

const en: CountContext = { reportedIn: 2015, language: 'en' };
const unit = (text: string, lineStart = 1, lineEnd = lineStart): ProseUnit => ({ text, span: { lineStart, lineEnd } });

describe('seed 003 (Kazakhstan), Collection and destruction, line 24', () => {
  const statements = statementsOfLine(join(root, 'raw', '003_9c7cc2717d99486b.txt'), 24);

  it('finds the eight statements and nothing else', () => {
    expect(statements.map((s) => s.total)).toEqual([9607, 6037, 5563, 13545, 186, 9069, 5708, 875]);
  });

  it('2005 seized 9,607: the last four parts are the rifle-bored weapons (nested by arithmetic)', () => {
    const s = statements[0];
    expect(summary(s)).toEqual({ year: 2005, year_basis: 'stated', action: 'seized', agency: null, total: 9607, components_sum: 9607, reconciliation: 'nested', reported_in: 2006 });
    expect(s?.counts[0]).toMatchObject({ is_total: true, category: 'firearms', category_raw: 'weapons', quantity: 9607, approx: false });
    expect(parts(s)).toEqual([
      [7195, 'smoothbore', null], [1118, 'gas', null], [344, 'home_made', null], [950, 'rifled', null],
      [13, 'fully_automatic', 'rifled'], [532, 'rifles_and_carbines', 'rifled'], [33, 'combination', 'rifled'], [372, 'pistols_and_revolvers', 'rifled'],
    ]);
    expect(s?.source_text).toBe(
      'In 2005, 9,607 weapons were seized: 7,195 smoothbore weapons, 1,118 gas weapons, 344 home-made weapons, 950 rifle-bored weapons, 13 fully automatic weapons, 532 rifles and carbines, 33 combined weapons, 372 pistols and revolvers',
    );
    expect([s?.line_start, s?.line_end, s?.page]).toEqual([24, 24, null]);
  });

  it('2005 surrendered 6,037 (units of weapons) balanced', () => {
    const s = statements[1];
    expect(summary(s)).toEqual({ year: 2005, year_basis: 'stated', action: 'surrendered', agency: null, total: 6037, components_sum: 6037, reconciliation: 'balanced', reported_in: 2006 });
    expect(s?.action_raw).toBe('voluntarily surrendered');
    expect(s?.counts[0]?.category_raw).toBe('units of weapons');
    expect(parts(s)).toEqual([[618, 'rifled', null], [4348, 'smoothbore', null], [989, 'gas', null], [82, 'home_made', null]]);
  });

  it('2005 destroyed 5,563: a flat list of nine parts', () => {
    const s = statements[2];
    expect(summary(s)).toEqual({ year: 2005, year_basis: 'stated', action: 'destroyed', agency: null, total: 5563, components_sum: 5563, reconciliation: 'balanced', reported_in: 2006 });
    expect(parts(s)).toEqual([
      [7, 'fully_automatic', null], [152, 'pistols', null], [228, 'revolvers', null], [347, 'rifles', null], [44, 'carbines', null],
      [30, 'combination', null], [3605, 'smoothbore', null], [980, 'gas', null], [170, 'home_made', null],
    ]);
  });

  it('2003 seized by internal affairs 13,545: "they included" nests four parts under rifled', () => {
    const s = statements[3];
    expect(summary(s)).toEqual({ year: 2003, year_basis: 'stated', action: 'seized', agency: 'police', total: 13545, components_sum: 13545, reconciliation: 'nested', reported_in: 2005 });
    expect(s?.agency_raw).toBe('internal affairs agencies');
    expect(parts(s)).toEqual([
      [10400, 'smoothbore', null], [1549, 'gas', null], [354, 'home_made', null], [1242, 'rifled', null],
      [27, 'fully_automatic', 'rifled'], [706, 'rifles_and_carbines', 'rifled'], [42, 'combination', 'rifled'], [467, 'pistols_and_revolvers', 'rifled'],
    ]);
    expect(s?.counts[1]?.category_raw).toBe('smooth-bore weapons');
  });

  it('2003 seized by the National Security Committee 186 balanced', () => {
    const s = statements[4];
    expect(summary(s)).toEqual({ year: 2003, year_basis: 'stated', action: 'seized', agency: 'national_security', total: 186, components_sum: 186, reconciliation: 'balanced', reported_in: 2005 });
    expect(s?.agency_raw).toBe('National Security Committee agencies');
    expect(parts(s)).toEqual([[9, 'fully_automatic', null], [18, 'rifled', null], [22, 'pistols_and_revolvers', null], [137, 'hunting_and_sawn_off', null]]);
  });

  it('2003 surrendered 9,069: the parts are in the next sentence ("They included ...")', () => {
    const s = statements[5];
    expect(summary(s)).toEqual({ year: 2003, year_basis: 'stated', action: 'surrendered', agency: null, total: 9069, components_sum: 9069, reconciliation: 'balanced', reported_in: 2005 });
    expect(parts(s)).toEqual([[717, 'rifled', null], [6987, 'smoothbore', null], [1270, 'gas', null], [95, 'home_made', null]]);
    expect(s?.source_text).toBe(
      'For 2003, 9,069 weapons were voluntarily surrendered. They included 717 rifle-bored weapons, 6,987 smooth-bore weapons, 1,270 gas weapons and 95 home-made weapons.',
    );
  });

  it('"In the past year" in the 2005 report: destroyed 5,708 in 2004, inferred', () => {
    const s = statements[6];
    expect(summary(s)).toEqual({ year: 2004, year_basis: 'inferred', action: 'destroyed', agency: 'police', total: 5708, components_sum: 5708, reconciliation: 'balanced', reported_in: 2005 });
    expect(parts(s).map((p) => p[0])).toEqual([9, 51, 48, 312, 41, 20, 4501, 467, 259]);
  });

  it('875 firearms smelted: year 2004 from the bullet before, inferred; balanced', () => {
    const s = statements[7];
    expect(summary(s)).toEqual({ year: 2004, year_basis: 'inferred', action: 'destroyed', agency: null, total: 875, components_sum: 875, reconciliation: 'balanced', reported_in: 2005 });
    expect(parts(s)).toEqual([
      [86, 'smoothbore', null], [35, 'gas', null], [36, 'carbines', null], [57, 'sawn_off', null], [17, 'fully_automatic', null],
      [275, 'pistols', null], [1, 'machine_guns', null], [368, 'rifles', null],
    ]);
    // The next sentence ("approximately 70 participants") is not part of it.
    expect(s?.source_text.endsWith('1 machine gun and 368 rifles.')).toBe(true);
  });

  it('the other thematic lines (public awareness, "11 of the 12 existing agreements") hold no count statement', () => {
    expect(statementsOfLine(join(root, 'raw', '003_9c7cc2717d99486b.txt'), 22)).toEqual([]);
    expect(statementsOfLine(join(root, 'raw', '003_9c7cc2717d99486b.txt'), 26)).toEqual([]);
  });

  it('raises the year-inferred issues and no warning (every statement adds up)', () => {
    const line = readFileSync(join(root, 'raw', '003_9c7cc2717d99486b.txt'), 'utf8').split('\n')[23] ?? '';
    const group = bulletGroups(line, 24)[1];
    const result = extractCountStatements(group?.units ?? [], { reportedIn: group?.reportedIn ?? null, language: 'en' });
    expect(result.issues.map((i) => [i.severity, i.rule, i.record?.index])).toEqual([
      ['info', 'year-inferred', 3],
      ['info', 'year-inferred', 4],
    ]);
  });
});

interface ExpectedStatement {
  statement_index: number;
  year: number | null;
  year_basis: string | null;
  action: string;
  agency_raw: string | null;
  total: number | null;
  components_sum: number | null;
  reconciliation: string;
  reported_in: number;
  source_text: string;
  line_start: number;
  line_end: number;
}
interface ExpectedCount {
  statement_index: number;
  category: string;
  category_raw: string;
  parent_category: string | null;
  quantity: number;
  is_total: number;
  approx: number;
}

function expectDevset(name: string, statements: CountStatementRecord[]): void {
  const expected = JSON.parse(readFileSync(join(fixtures, 'devset', 'expected', `${name}.json`), 'utf8')) as {
    count_statements: ExpectedStatement[];
    weapon_counts: ExpectedCount[];
  };
  expect(statements).toHaveLength(expected.count_statements.length);
  for (const [i, e] of expected.count_statements.entries()) {
    const s = statements[i];
    expect(summary(s)).toEqual({
      year: e.year, year_basis: e.year_basis, action: e.action, agency: s?.agency, total: e.total,
      components_sum: e.components_sum, reconciliation: e.reconciliation, reported_in: e.reported_in,
    });
    expect(s?.agency_raw).toBe(e.agency_raw);
    expect(s?.source_text).toContain(e.source_text);
    expect([s?.line_start, s?.line_end]).toEqual([e.line_start, e.line_end]);
    const counts = expected.weapon_counts.filter((c) => c.statement_index === e.statement_index);
    expect(s?.counts.map((c) => [c.quantity, c.category, c.parent_category, c.is_total ? 1 : 0, c.approx ? 1 : 0])).toEqual(
      counts.map((c) => [c.quantity, c.category, c.parent_category, c.is_total, c.approx]),
    );
    // Raw words: ours may keep a trailing noun the expectation leaves out ("самодельного оружия").
    for (const [k, c] of counts.entries()) expect(s?.counts[k]?.category_raw).toContain(c.category_raw);
  }
}

describe('devset', () => {
  it('d05 Armenia: nested, spaces as separators, unbalanced, past year, no total', () => {
    const statements = statementsOfLine(join(fixtures, 'devset', 'docs', 'd05_poa_armenia_collection.txt'), 18);
    expectDevset('d05_poa_armenia_collection', statements);
    expect(statements.map((s) => s.agency)).toEqual(['police', null, 'police', 'national_security', 'police']);
  });

  it('d05 raises a warning for 3,970 vs 3,980 and an info for the inferred year', () => {
    const line = readFileSync(join(fixtures, 'devset', 'docs', 'd05_poa_armenia_collection.txt'), 'utf8').split('\n')[17] ?? '';
    const group = bulletGroups(line, 18)[1];
    const result = extractCountStatements(group?.units ?? [], { reportedIn: 2014, language: 'en' });
    expect(result.issues.map((i) => [i.severity, i.rule, i.line_start, i.record])).toEqual([
      ['warning', 'unbalanced-count', 18, { table: 'count_statements', index: 0 }],
      ['info', 'year-inferred', 18, { table: 'count_statements', index: 1 }],
    ]);
    expect(result.issues[0]?.message).toContain('2,811 + 402 + 596 + 171 = 3,980, not 3,970 (difference +10)');
    expect(result.issues[0]?.message).toContain('line 18');
  });

  it('d06 Jamaica: prose paragraphs, a statement wrapping lines 17-18, JCF defined in the text', () => {
    const text = readFileSync(join(fixtures, 'devset', 'docs', 'd06_report_jamaica_pdf_prose.txt'), 'utf8');
    const result = extractCountStatements(proseUnits(text), { reportedIn: 2016, language: 'en', agencyAliases: agencyAliasesFromText(text) });
    expectDevset('d06_report_jamaica_pdf_prose', result.statements);
    expect(result.statements.map((s) => s.agency)).toEqual(['police', 'police']);
    expect(result.statements[1]?.counts[3]).toMatchObject({ quantity: 50, line_start: 18, line_end: 18, source_text: '50 rifles' });
    expect(result.issues).toEqual([]);
  });

  it('d07 Uzbekistan (ru): изъято 1 560 единиц оружия, из них ... (U+00A0 in 1 128); 14 seminars are not weapons', () => {
    const text = readFileSync(join(fixtures, 'devset', 'docs', 'd07_report_uzbekistan_ru.txt'), 'utf8');
    const result = extractCountStatements(proseUnits(text), { reportedIn: 2014, language: 'ru' });
    expectDevset('d07_report_uzbekistan_ru', result.statements);
    expect(result.statements[0]).toMatchObject({ agency: 'police', action_raw: 'изъято' });
    expect(result.issues).toEqual([]);
  });
});

interface GoldenCase {
  reported_in: number;
  language: string;
  statements: (Omit<CountStatementRecord, 'counts' | 'page' | 'reported_in'> & {
    counts: { quantity: number; category: string | null; category_raw: string; parent_category: string | null; is_total: boolean; approx_qualifier: string | null }[];
  })[];
  issues: { severity: string; rule: string; line_start: number | null; statement: number | null }[];
}

describe('golden fixtures (tests/fixtures/count_statements)', () => {
  const dir = join(fixtures, 'count_statements');
  const cases = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));

  it('has the fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s', (name) => {
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as GoldenCase;
    const result = extractCountStatements(proseUnits(text), {
      reportedIn: expected.reported_in,
      language: expected.language,
      agencyAliases: agencyAliasesFromText(text),
    });
    expect(
      result.statements.map((s) => ({
        year: s.year, year_basis: s.year_basis, action: s.action, action_raw: s.action_raw, agency: s.agency, agency_raw: s.agency_raw,
        total: s.total, components_sum: s.components_sum, reconciliation: s.reconciliation, line_start: s.line_start, line_end: s.line_end,
        source_text: s.source_text,
        counts: s.counts.map((c) => ({ quantity: c.quantity, category: c.category, category_raw: c.category_raw, parent_category: c.parent_category, is_total: c.is_total, approx_qualifier: c.approx_qualifier })),
      })),
    ).toEqual(expected.statements);
    expect(result.statements.every((s) => s.reported_in === expected.reported_in)).toBe(true);
    expect(result.issues.map((i) => ({ severity: i.severity, rule: i.rule, line_start: i.line_start, statement: i.record?.index ?? null }))).toEqual(expected.issues);
  });
});

describe('numbers in statements', () => {
  it.each([
    ['9,607', 9607],
    ['9 607', 9607],
    ['9\u00a0607', 9607],
    ['9\u202f607', 9607],
    ['9’607', 9607],
  ])('reads %s as %i', (raw, value) => {
    const { statements } = extractCountStatements([unit(`In 2012, ${raw} weapons were destroyed.`)], en);
    expect(statements.map((s) => [s.year, s.total])).toEqual([[2012, value]]);
  });

  it('reads full-width digits (`３００`, as Chinese and Japanese texts set them) as the digits they are, in counts and years', () => {
    const read = (text: string, language: string | null) =>
      extractCountStatements([unit(text)], { reportedIn: 2017, language }).statements.map((s) => [s.year, s.action, s.total, s.source_text]);
    expect(read('２０１６年，警方销毁枪支３００支。', 'zh')).toEqual([[2016, 'destroyed', 300, '２０１６年，警方销毁枪支３００支。']]);
    expect(read('In 2016, the police destroyed ３,２００ rifles.', 'en')).toEqual([[2016, 'destroyed', 3200, 'In 2016, the police destroyed ３,２００ rifles.']]);
  });

  it('reads 9.607 as 9607 in a language whose decimal mark is a comma, or when the language is unknown; not in English', () => {
    const read = (text: string, language: string | null) => extractCountStatements([unit(text)], { reportedIn: 2015, language }).statements.map((s) => s.total);
    expect(read('En 2012, se destruyeron 9.607 armas.', 'es')).toEqual([9607]);
    expect(read('Em 2012, foram destruídas 9.607 armas.', 'pt')).toEqual([9607]);
    expect(read('In 2012, 9.607 weapons were destroyed.', null)).toEqual([9607]);
    expect(read('In 2012, 9.607 weapons were destroyed.', 'en')).toEqual([]);
  });

  it('says why 9.607 weapons is no count in English: a warning naming the words and the decimal mark, the total NULL', () => {
    const result = extractCountStatements([unit('In 2005, 9.607 weapons were seized: 7,195 smoothbore weapons and 2,412 gas weapons.', 24)], en);
    expect(result.statements.map((s) => [s.total, s.components_sum, s.reconciliation])).toEqual([[null, 9607, 'no_total']]);
    expect(result.issues.filter((i) => i.severity === 'warning')).toEqual([{
      severity: 'warning',
      rule: 'count-ambiguous-number',
      message: `"9.607 weapons": '9.607' is not a whole count in English (decimal mark '.'): a decimal, or 9607 written with another language's thousands separator; not guessed; not loaded, the count is NULL.`,
      line_start: 24,
    }]);
    // Where the dot separates thousands, the same words are a count and raise nothing of the kind.
    expect(extractCountStatements([unit('En 2005, 9.607 armas fueron incautadas.')], { reportedIn: 2006, language: 'es' }).issues.map((i) => i.rule)).not.toContain('count-ambiguous-number');
  });

  it('"In 2011, 1 312 units" is the year 2011 and the total 1312', () => {
    const { statements } = extractCountStatements([unit('In 2011, 1 312 units of weapons were destroyed: 1 045 rifles and 267 pistols.')], en);
    expect(statements.map((s) => [s.year, s.total, s.components_sum])).toEqual([[2011, 1312, 1312]]);
  });

  it('never glues a footnote marker onto a value', () => {
    const { statements } = extractCountStatements([unit('In 2016,3 the police seized 250[2] firearms, including 200 pistols and 50 rifles.4')], en);
    expect(statements.map((s) => [s.year, s.total, s.components_sum, s.agency])).toEqual([[2016, 250, 250, 'police']]);
  });

  it('reads number words', () => {
    const { statements } = extractCountStatements([unit('In 2020, twelve weapons were stolen: four machine guns and eight pistols.')], en);
    expect(statements.map((s) => [s.total, parts(s)])).toEqual([[12, [[4, 'machine_guns', null], [8, 'pistols', null]]]]);
  });

  it.each([
    ['Some 300 weapons were seized in 2014.', 'some'],
    ['In 2014, about 300 weapons were destroyed.', 'about'],
    ['In 2014, approximately 300 firearms were collected.', 'approximately'],
    ['In 2014, more than 300 firearms were surrendered.', 'more than'],
    ['In 2014, at least 300 weapons were lost.', 'at least'],
    ['In 2014, over 300 weapons were seized.', 'over'],
  ])('%s -> approx %s', (text, qualifier) => {
    const { statements } = extractCountStatements([unit(text)], en);
    expect(statements[0]?.counts[0]).toMatchObject({ quantity: 300, approx: true, approx_qualifier: qualifier });
    expect(statements[0]?.year).toBe(2014);
  });

  it('"handed over 300 weapons" is not approximate', () => {
    const { statements } = extractCountStatements([unit('In 2014, residents handed over 300 weapons that were then destroyed.')], en);
    expect(statements[0]?.counts[0]).toMatchObject({ quantity: 300, approx: false, approx_qualifier: null });
  });
});

describe('red team: numbers that must not be loaded as written', () => {
  it('reads multi-word number words ("one hundred and fifty")', () => {
    const { statements } = extractCountStatements([unit('In 2021, two hundred weapons were destroyed: one hundred and fifty rifles and fifty pistols.')], en);
    expect(statements.map((s) => [s.total, s.reconciliation, parts(s)])).toEqual([[200, 'balanced', [[150, 'rifles', null], [50, 'pistols', null]]]]);
  });

  it.each([
    // '1,5' in an English reading is no decimal of the language: never 1.5 million, never 15 or 1.
    ["En 2015, 1,5 million d'armes ont été détruites.", 'count-not-integer', "1,5 million d'armes"],
    ['In 2014, 200-300 weapons were seized.', 'count-range', '200-300 weapons'],
    ['En 2014 se incautaron entre 200 y 300 armas.', 'count-range', '200 y 300 armas'],
    ['В 2014 году изъято от 200 до 300 единиц оружия.', 'count-range', '200 до 300 единиц оружия'],
    ['In 2019, 45,000 rounds of ammunition were destroyed.', 'not-a-weapon-count', '45,000 rounds of ammunition'],
  ])('%s -> no count, %s issue', (text, rule, words) => {
    const result = extractCountStatements([unit(text, 7)], en);
    expect(result.statements).toEqual([]);
    expect(result.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([['info', rule, 7]]);
    expect(result.issues[0]?.message).toContain(`"${words}"`);
  });

  it.each([
    ['In 2014, 1 million weapons were seized.', 1_000_000],
    ['In 2021, 2.5 thousand weapons were destroyed.', 2500],
    ['В 2015 году изъято 12 тыс. единиц оружия.', 12_000],
  ])('%s -> the scaled count %d, never the digits alone', (text, total) => {
    const result = extractCountStatements([unit(text, 7)], en);
    expect(result.statements.map((s) => [s.total, s.counts.map((c) => c.quantity)])).toEqual([[total, [total]]]);
    expect(result.issues).toEqual([]);
  });

  it('never adds ammunition to a weapons total, nor money', () => {
    const { statements } = extractCountStatements([unit('In 2020, 45,000 rounds of ammunition and 350 firearms were destroyed at a cost of US$ 250,000.')], en);
    expect(statements.map((s) => [s.total, s.counts.length])).toEqual([[350, 1]]);
  });

  it('keeps the total whose action follows it when a sub-breakdown has no action of its own', () => {
    const { statements } = extractCountStatements([unit('In 2005, 980 weapons were seized; of the rifled weapons, 13 were fully automatic and 532 rifles.')], en);
    expect(statements.map((s) => [s.total, s.components_sum, s.reconciliation, parts(s)])).toEqual([
      [980, null, 'no_parts', [[13, 'fully_automatic', 'rifled'], [532, 'rifles', 'rifled']]],
    ]);
  });

  it('splits "800 weapons were seized and 650 weapons destroyed" into two statements', () => {
    const { statements } = extractCountStatements([unit('In 2014, 800 weapons were seized and 650 weapons destroyed.')], en);
    expect(statements.map((s) => [s.year, s.action, s.total, s.counts.length])).toEqual([[2014, 'seized', 800, 1], [2014, 'destroyed', 650, 1]]);
  });

  it('does not borrow the year of the sentence before for a reporting period, "since 2010" or "to date"', () => {
    for (const words of ['During the reporting period', 'Since 2010', 'To date', 'Over the past five years', 'За отчетный период']) {
      const { statements } = extractCountStatements([unit(`In 2013, the Ministry held a seminar. ${words}, 900 weapons were destroyed.`)], en);
      expect(statements.map((s) => [s.year, s.year_basis, s.total])).toEqual([[null, null, 900]]);
    }
  });
});

describe('numbers that are not counts', () => {
  it.each([
    'The destruction ceremony was attended by some 45 officials and journalists.',
    'Weapons were destroyed at a ceremony attended by approximately 70 participants.',
    'В 2013 году для сотрудников органов внутренних дел проведено 14 учебных семинаров по вопросам учета и хранения изъятого оружия.',
    'Weapons seized on 12 December 2013 were destroyed the next day.',
    'It is a party to 11 of the 12 existing agreements on seized weapons.',
    'In 2012, 60 tonnes of ammunition and explosives were destroyed.',
    'Records of destroyed weapons are kept for at least 30 years.',
    '1. Weapons destroyed by the police',
    'A/CONF.192/BMS/2016/NR.14 destroyed weapons',
    'In 2013, licences of 30 arms dealers were revoked and 12 gas cylinders seized.',
    'The Firearms Act, 1967 regulates the destruction of seized firearms.',
  ])('%s', (text) => {
    expect(extractCountStatements([unit(text)], en)).toEqual({ statements: [], issues: [] });
  });

  it('a count of weapons without an action (a stockpile) is not a collection statement', () => {
    expect(extractCountStatements([unit('The armed forces hold 5,000 rifles in central depots.')], en).statements).toEqual([]);
  });
});

describe('years', () => {
  it.each([
    ['In 2005, 100 weapons were seized.', 2005],
    ['For 2003, 100 weapons were voluntarily surrendered.', 2003],
    ['Also in 2015, the police destroyed 100 firearms.', 2015],
    ['В 2013 году изъято 100 единиц оружия.', 2013],
    ['En 2012, 100 armes ont été saisies.', 2012],
    ['En 2014 se destruyeron 100 armas.', 2014],
    ['The police destroyed 100 weapons in March 2019.', 2019],
  ])('%s -> %i stated', (text, year) => {
    const { statements } = extractCountStatements([unit(text)], en);
    expect(statements.map((s) => [s.year, s.year_basis, s.total])).toEqual([[year, 'stated', 100]]);
  });

  it('"in the past year" needs the report year: unknown without it, with an issue', () => {
    const { statements, issues } = extractCountStatements([unit('In the past year, the police destroyed 100 weapons.')], { reportedIn: null, language: 'en' });
    expect(statements.map((s) => [s.year, s.year_basis])).toEqual([[null, null]]);
    expect(issues.map((i) => [i.severity, i.rule])).toEqual([['info', 'year-unknown']]);
  });

  it('takes the year of the sentence just before in the same unit, marked inferred', () => {
    const { statements, issues } = extractCountStatements(
      [unit('A destruction event was held in Bishkek in May 2010. The following were destroyed: 40 rifles and 60 pistols.')],
      en,
    );
    expect(statements.map((s) => [s.year, s.year_basis, s.total, s.components_sum, s.reconciliation])).toEqual([[2010, 'inferred', null, 100, 'no_total']]);
    expect(issues.map((i) => i.rule)).toEqual(['year-inferred', 'no-total']);
  });

  it('leaves the year NULL when nothing names one (never a guess), and when the text before names two', () => {
    const alone = extractCountStatements([unit('The police destroyed 100 weapons.')], en);
    expect(alone.statements[0]?.year).toBeNull();
    const two = extractCountStatements([unit('Campaigns ran in 2010 and in 2011.'), unit('The police destroyed 100 weapons.')], en);
    expect(two.statements[0]?.year).toBeNull();
    expect(two.issues.map((i) => i.rule)).toEqual(['year-unknown']);
  });

  it.each([
    ['In 2012 and 2013, the police destroyed 500 weapons.'],
    ['Between 2010 and 2012, the police destroyed 500 weapons.'],
    ['The police destroyed 500 weapons, 15% more than in 2012.'],
  ])('a period or a compared year is not the year: %s', (text) => {
    const { statements, issues } = extractCountStatements([unit(text)], en);
    expect(statements.map((s) => [s.year, s.year_basis, s.total])).toEqual([[null, null, 500]]);
    expect(issues.map((i) => i.rule)).toEqual(['year-unknown']);
  });

  it('"and 1,500 in 2012" is not a part of the 2013 statement', () => {
    const { statements } = extractCountStatements([unit('In 2013, the police destroyed 2,000 weapons and 1,500 in 2012.')], en);
    expect(statements.map((s) => [s.year, s.total, s.counts.length])).toEqual([[2013, 2000, 1]]);
  });

  it('splits two actions in one sentence into two statements sharing year and agency', () => {
    const { statements } = extractCountStatements([unit('In 2014, the police seized 800 weapons and destroyed 650 weapons.')], en);
    expect(statements.map((s) => [s.year, s.action, s.agency, s.total, s.source_text])).toEqual([
      [2014, 'seized', 'police', 800, 'In 2014, the police seized 800 weapons and destroyed 650 weapons.'],
      [2014, 'destroyed', 'police', 650, 'In 2014, the police seized 800 weapons and destroyed 650 weapons.'],
    ]);
  });
});

describe('structure and lineage', () => {
  it('computes lines across LF in a unit and leaves out the bullet dash and the attribution', () => {
    const text = '- In 2015, the police destroyed 1,035 firearms, namely 702 pistols, 251 revolvers,\n50 rifles and 32 machine guns. (National Report, 2016)';
    const { statements } = extractCountStatements([{ text, span: { lineStart: 40, lineEnd: 41, page: 3 } }], en);
    expect(statements.map((s) => [s.line_start, s.line_end, s.page, s.source_text])).toEqual([
      [40, 41, 3, 'In 2015, the police destroyed 1,035 firearms, namely 702 pistols, 251 revolvers,\n50 rifles and 32 machine guns.'],
    ]);
    expect(statements[0]?.counts.map((c) => [c.quantity, c.line_start, c.page])).toEqual([[1035, 40, 3], [702, 40, 3], [251, 40, 3], [50, 41, 3], [32, 41, 3]]);
  });

  it('keeps a part whose words are unknown (category NULL, raw kept) and says so', () => {
    const { statements, issues } = extractCountStatements([unit('In 2015, 100 weapons were seized: 60 pistols, 30 flare guns and 10 rifles.')], en);
    expect(statements[0]?.counts.map((c) => [c.quantity, c.category, c.category_raw])).toEqual([
      [100, 'firearms', 'weapons'], [60, 'pistols', 'pistols'], [30, null, 'flare guns'], [10, 'rifles', 'rifles'],
    ]);
    expect(statements[0]?.reconciliation).toBe('balanced');
    expect(issues.map((i) => [i.severity, i.rule, i.record?.index])).toEqual([['info', 'unknown-category', 0]]);
  });

  it('does not invent nesting when two readings would make the numbers add up', () => {
    // 100 + 50 + 50 + 25 + 25 = 250 = 200 + 50: both 50s could be the parent of 25 + 25.
    const { statements, issues } = extractCountStatements([unit('In 2015, 200 weapons were seized: 100 rifles, 50 pistols, 50 revolvers, 25 carbines and 25 shotguns.')], en);
    expect(statements[0]?.reconciliation).toBe('unbalanced');
    expect(statements[0]?.counts.every((c) => c.parent_category === null)).toBe(true);
    expect(issues[0]?.message).toContain('2 different nestings');
  });

  it('a sentence that only continues another ("They included ...") is merged, and issues point to the right statement', () => {
    const { statements, issues } = extractCountStatements(
      [unit('In 2010, 50 weapons were destroyed: 30 rifles and 20 pistols.'), unit('In 2011, 90 weapons were destroyed. They included 40 rifles and 40 pistols.')],
      en,
    );
    expect(statements.map((s) => [s.total, s.components_sum, s.reconciliation])).toEqual([[50, 50, 'balanced'], [90, 80, 'unbalanced']]);
    expect(issues.map((i) => [i.rule, i.record?.index])).toEqual([['unbalanced-count', 1]]);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends, not at abbreviations or dot-thousands', () => {
    const text = 'Under Decree No. 12 the police destroyed 12.500 weapons. Thefirearms were melted. В 2013 г. изъято 5 единиц оружия.';
    expect(splitSentences(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'Under Decree No. 12 the police destroyed 12.500 weapons.',
      'Thefirearms were melted.',
      'В 2013 г. изъято 5 единиц оружия.',
    ]);
  });

  it('splits bullets a page ran together on one line at the stop before the bullet mark', () => {
    const text = '- 3,460 weapons were destroyed by the police in 2021. - 1,204 firearms were handed in. – En 2020, la police a saisi 12 armes. • В 2019 г. изъято 5 единиц оружия. Range 2 - 5 km.';
    expect(splitSentences(text).map((r) => text.slice(r.start, r.end))).toEqual([
      '3,460 weapons were destroyed by the police in 2021.',
      '1,204 firearms were handed in.',
      'En 2020, la police a saisi 12 armes.',
      'В 2019 г. изъято 5 единиц оружия.',
      'Range 2 - 5 km.',
    ]);
    // The year closing the first bullet is its own (NULL while the two bullets were read as one sentence).
    const bullets = '- 3,460 weapons were destroyed by the police in 2021. - 1,204 firearms were handed in.';
    const { statements } = extractCountStatements([{ text: bullets, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2022, language: 'en' });
    expect(statements.map((s) => [s.total, s.year, s.year_basis])).toEqual([
      [3460, 2021, 'stated'],
      [1204, 2021, 'inferred'],
    ]);
  });
});

describe('extractCountStatements: Arabic and Chinese national reports', () => {
  const one = (text: string, ctx: CountContext) => extractCountStatements([{ text, span: { lineStart: 12, lineEnd: 12 } }], ctx);
  const rows = (s: CountStatementRecord | undefined) => s?.counts.map((c) => [c.category, c.category_raw, c.quantity, c.is_total]);

  it('reads an Arabic statement: Arabic-Indic digits, "منها" (of which), the conjunction glued to the number', () => {
    const text = 'وفي عام ٢٠١٥، ضبطت الجمارك ٩٬٠٠٠ قطعة سلاح، منها ٥٬٠٠٠ مسدس و٣٬٠٠٠ بندقية و١٬٠٠٠ رشاش.';
    const { statements, issues } = one(text, { reportedIn: 2016, language: 'ar' });
    expect(statements).toHaveLength(1);
    const s = statements[0];
    expect([s?.year, s?.year_basis, s?.action, s?.action_raw, s?.agency, s?.agency_raw]).toEqual([2015, 'stated', 'seized', 'ضبطت', 'customs', 'الجمارك']);
    expect([s?.total, s?.components_sum, s?.reconciliation, s?.line_start, s?.source_text]).toEqual([9000, 9000, 'balanced', 12, text]);
    expect(rows(s)).toEqual([
      ['firearms', 'قطعة سلاح', 9000, true],
      ['pistols', 'مسدس', 5000, false],
      ['rifles', 'بندقية', 3000, false],
      ['machine_guns', 'رشاش', 1000, false],
    ]);
    expect(issues).toEqual([]);
  });

  it('reads Arabic surrender with the adverb after the object, and keeps rounds of ammunition out', () => {
    const surrendered = one('خلال عام 2019 تم تسليم 640 قطعة سلاح طوعا، منها 400 بندقية صيد و240 مسدسا.', { reportedIn: 2020, language: 'ar' }).statements[0];
    expect([surrendered?.action, surrendered?.total, surrendered?.reconciliation]).toEqual(['surrendered', 640, 'balanced']);
    expect(rows(surrendered)).toEqual([['firearms', 'قطعة سلاح', 640, true], ['hunting', 'بندقية صيد', 400, false], ['pistols', 'مسدسا', 240, false]]);
    const { statements, issues } = one('تم إتلاف 5000 طلقة ذخيرة و300 قطعة سلاح في عام 2014.', { reportedIn: 2015, language: 'ar' });
    expect(statements.map((s) => [s.action, s.year, s.total, rows(s)])).toEqual([['destroyed', 2014, 300, [['firearms', 'قطعة سلاح', 300, true]]]]);
    expect(issues.map((i) => i.rule)).toEqual(['not-a-weapon-count']);
  });

  it('reads a Chinese statement: noun, number, counter word, "其中" (of which) and the enumeration comma', () => {
    const text = '2015年，海关查获各类枪支640支，其中手枪500支、冲锋枪100支、猎枪40支。';
    const { statements, issues } = one(text, { reportedIn: 2016, language: 'zh' });
    expect(statements).toHaveLength(1);
    const s = statements[0];
    expect([s?.year, s?.year_basis, s?.action, s?.action_raw, s?.agency, s?.agency_raw]).toEqual([2015, 'stated', 'seized', '查获', 'customs', '海关']);
    expect([s?.total, s?.components_sum, s?.reconciliation, s?.source_text]).toEqual([640, 640, 'balanced', text]);
    expect(rows(s)).toEqual([
      ['firearms', '各类枪支', 640, true],
      ['pistols', '手枪', 500, false],
      ['submachine_guns', '冲锋枪', 100, false],
      ['hunting', '猎枪', 40, false],
    ]);
    expect(issues).toEqual([]);
  });

  it('Chinese: number-counter-noun order, an adverb after the agency, and numbers that are not weapons', () => {
    const parts = one('2014年共缴获800支手枪和200支步枪。', { reportedIn: 2015, language: 'zh' }).statements[0];
    expect([parts?.total, parts?.components_sum, parts?.reconciliation, rows(parts)]).toEqual([null, 1000, 'no_total', [['pistols', '手枪', 800, false], ['rifles', '步枪', 200, false]]]);
    const police = one('2018年，公安机关共收缴非法枪支3,000支、子弹12万发。', { reportedIn: 2019, language: 'zh' });
    expect(police.statements.map((s) => [s.agency, s.agency_raw, s.total, rows(s)])).toEqual([['police', '公安机关', 3000, [['firearms', '非法枪支', 3000, true]]]]);
    expect(police.issues.map((i) => i.rule)).toEqual(['not-a-weapon-count']);
    // 万 = ten thousand: "12万支" is 120,000, never loaded as 12.
    const scaled = one('2017年销毁枪支12万支。', { reportedIn: 2018, language: 'zh' });
    expect([scaled.statements.map((s) => s.total), scaled.issues.map((i) => i.rule)]).toEqual([[120_000], []]);
    expect(one('公安机关还举办了30期培训班，培训2000名警察。', { reportedIn: 2015, language: 'zh' }).statements).toEqual([]);
  });

  it('splits Chinese sentences at 。 without a space', () => {
    expect(splitSentences('2016年销毁枪支100支。2017年销毁枪支200支。').map((r) => [r.start, r.end])).toEqual([[0, 14], [14, 28]]);
  });
});
