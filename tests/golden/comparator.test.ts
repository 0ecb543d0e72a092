import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { compareDocument, compareIssues, compareTable, fold, type GoldenDocument, type LoadedIssue, rowMismatches } from '../helpers/golden.ts';

/** The golden comparator's rules, each shown failing where it must. */

const ctx = { statementIds: [10, 11], expectedStatements: [{ year: 2016, action: 'seized', agency: 'police' }, { year: 2017, action: 'destroyed' }] };
const keys = (table: string, expected: Record<string, unknown>, actual: Record<string, unknown>) => rowMismatches(table, expected, actual, ctx).map((m) => m.key);

describe('golden comparator', () => {
  it('folds whitespace (no-break spaces included) and case, nothing else', () => {
    expect(fold('  The\u00a0Border\n Police ')).toBe('the border police');
    expect(fold('1\u202f300')).toBe('1 300');
    expect(fold('Policía')).not.toBe(fold('Policia'));
  });

  it('compares words as written after folding, exactly: no containment either way', () => {
    expect(keys('count_statements', { agency_raw: 'the Border Police' }, { agency_raw: 'THE  border police' })).toEqual([]);
    expect(keys('count_statements', { agency_raw: 'Border Police' }, { agency_raw: 'the Border Police' })).toEqual(['agency_raw']);
    expect(keys('count_statements', { agency_raw: 'the Border Police' }, { agency_raw: 'Border Police' })).toEqual(['agency_raw']);
  });

  it('never lets an empty category_raw match a non-empty expected one', () => {
    expect(keys('weapon_counts', { category_raw: 'armas de fuego' }, { category_raw: '' })).toEqual(['category_raw']);
    expect(keys('weapon_counts', { category_raw: 'armas de fuego' }, { category_raw: null })).toEqual(['category_raw']);
  });

  it('compares vocabulary codes and numbers exactly, null as NULL, booleans as 0/1', () => {
    expect(keys('weapon_counts', { category: 'Pistols' }, { category: 'pistols' })).toEqual(['category']);
    expect(keys('weapon_counts', { quantity: 1245 }, { quantity: 1245.0 })).toEqual([]);
    expect(keys('weapon_counts', { quantity: 1245 }, { quantity: 1246 })).toEqual(['quantity']);
    expect(keys('diversions', { quantity: null }, { quantity: 0 })).toEqual(['quantity']);
    expect(keys('citations', { ref_inferred: true }, { ref_inferred: 1 })).toEqual([]);
    expect(keys('citations', { ref_inferred: false }, { ref_inferred: 1 })).toEqual(['ref_inferred']);
    expect(keys('citations', { ref_inferred: false }, { ref_inferred: null })).toEqual(['ref_inferred']);
  });

  it('checks one-way containment only for *_contains, answer_starts_with and source_text', () => {
    expect(keys('sections', { answer_contains: 'depósitos de la Policía' }, { answer: 'Los depósitos de la  policía nacional' })).toEqual([]);
    expect(keys('sections', { answer_contains: 'Los depósitos de la policía nacional y más' }, { answer: 'depósitos' })).toEqual(['answer_contains']);
    expect(keys('sections', { answer_starts_with: 'Yes' }, { answer: 'yes, since 2010' })).toEqual([]);
    expect(keys('sections', { answer_starts_with: 'since' }, { answer: 'yes, since 2010' })).toEqual(['answer_starts_with']);
    expect(keys('count_statements', { source_text: 'seized 612\nfirearms' }, { source_text: '– In 2016 police seized 612 firearms (Report)' })).toEqual([]);
    expect(keys('count_statements', { source_text: 'seized 612 firearms in 2016' }, { source_text: 'seized 612 firearms' })).toEqual(['source_text']);
    expect(keys('sections', { question_contains: 'marking' }, { question: null })).toEqual(['question_contains']);
  });

  it('accepts a topic from topic_also_ok and nothing else', () => {
    expect(keys('sections', { topic: 'marking', topic_also_ok: ['record_keeping'] }, { topic: 'record_keeping' })).toEqual([]);
    expect(keys('sections', { topic: 'marking', topic_also_ok: ['record_keeping'] }, { topic: 'legislation' })).toEqual(['topic']);
  });

  it('points a weapon count at its statement and asserts what it repeats from it', () => {
    expect(keys('weapon_counts', { statement_index: 1, quantity: 5 }, { statement_id: 10, quantity: 5, year: 2016, action: 'seized', agency: 'police' })).toEqual([]);
    expect(keys('weapon_counts', { statement_index: 1, quantity: 5 }, { statement_id: 11, quantity: 5, year: 2016, action: 'seized', agency: 'police' })).toEqual(['statement_index']);
    expect(keys('weapon_counts', { statement_index: 2, quantity: 5 }, { statement_id: 11, quantity: 5, year: 2016, action: 'destroyed' })).toEqual(['year']);
  });

  it('aligns rows in order: a missed row is one problem, not a shifted table', () => {
    const expected = [{ year: 2001 }, { year: 2002 }, { year: 2003 }];
    const result = compareTable('explosions', expected, [{ year: 2001 }, { year: 2003 }], ctx);
    expect(result.matched).toBe(2);
    expect(result.problems).toEqual(['2 rows loaded, 3 expected', 'row 2: missing (expected {"year":2002})']);
    const extra = compareTable('explosions', expected, [{ year: 2001 }, { year: 2002 }, { year: 1999 }, { year: 2003 }], ctx);
    expect(extra.matched).toBe(3);
    expect(extra.problems).toEqual(['4 rows loaded, 3 expected', 'extra row (loaded row 3: {"year":1999})']);
    const swapped = compareTable('explosions', expected, [{ year: 2001 }, { year: 2003 }, { year: 2002 }], ctx);
    expect(swapped.matched).toBe(2);
    expect(swapped.problems.length).toBeGreaterThan(0);
  });

  it('shows the columns that differ for a row loaded in place of an expected one', () => {
    const result = compareTable('explosions', [{ year: 2001, deaths: 3 }], [{ year: 2001, deaths: 2 }], ctx);
    expect(result.problems).toEqual(['row 1: deaths: expected 3, got 2']);
  });

  it('reports a todo key as a known gap, and fails once it holds', () => {
    const gap = compareTable('count_statements', [{ total: 5, agency_raw: 'la Policía', todo: { agency_raw: 'runs on into the verb' } }], [{ total: 5, agency_raw: 'la Policía registró' }], ctx);
    expect(gap.problems).toEqual([]);
    expect(gap.matched).toBe(0);
    expect(gap.todos).toEqual(['row 1: agency_raw: expected "la Policía", got "la Policía registró" (todo: runs on into the verb)']);
    const fixed = compareTable('count_statements', [{ total: 5, agency_raw: 'la Policía', todo: { agency_raw: 'runs on into the verb' } }], [{ total: 5, agency_raw: 'la Policía' }], ctx);
    expect(fixed.problems).toEqual(['row 1: agency_raw now matches: remove its todo']);
  });

  it('reports a row with a whole-row todo as a known gap while it is not loaded, and fails once it is', () => {
    const expected = [
      { category: 'rifles', quantity: 15, todo: { row: 'the number word is not read' } },
      { category: 'shotguns', quantity: 1212 },
    ];
    const gap = compareTable('weapon_counts', expected, [{ category: 'shotguns', quantity: 1212 }], ctx);
    expect(gap.problems).toEqual([]);
    expect(gap.matched).toBe(1);
    expect(gap.todos).toEqual(['row 1: missing (todo: the number word is not read)']);
    const fixed = compareTable('weapon_counts', expected, [{ category: 'rifles', quantity: 15 }, { category: 'shotguns', quantity: 1212 }], ctx);
    expect(fixed.problems).toEqual(['row 1: row now matches: remove its todo']);
    // Another row loaded in its place is an extra row, not the known gap.
    const wrong = compareTable('weapon_counts', expected, [{ category: 'pistols', quantity: 15 }, { category: 'shotguns', quantity: 1212 }], ctx);
    expect(wrong.problems).toEqual(['2 rows loaded, 2 expected (1 of them known not to load)', 'extra row (loaded row 1: {"category":"pistols","quantity":15})']);
    // A missing row without a todo still fails.
    const missing = compareTable('weapon_counts', expected, [], ctx);
    expect(missing.problems).toEqual(['0 rows loaded, 2 expected (1 of them known not to load)', 'row 2: missing (expected {"category":"shotguns","quantity":1212})']);
  });

  describe('quality issues', () => {
    const raised = (severity: string, rule: string, line: number | null): LoadedIssue => ({ severity, rule, line_start: line, message: `${rule} on ${String(line)}` });

    it('requires every expected issue with its severity, rule and line', () => {
      expect(compareIssues([{ severity: 'warning', rule: 'unbalanced-count', line: 18 }], [raised('warning', 'unbalanced-count', 18)]).problems).toEqual([]);
      expect(compareIssues([{ severity: 'warning', rule: 'unbalanced-count', line: 18 }], [raised('warning', 'unbalanced-count', 19)]).problems).toEqual([
        'expected issue not raised: warning unbalanced-count line 18',
        'unexpected warning unbalanced-count line 19: unbalanced-count on 19',
      ]);
      expect(compareIssues([{ severity: 'info', rule: 'unbalanced-count', line: 18 }], [raised('warning', 'unbalanced-count', 18)]).problems).toHaveLength(2);
    });

    it('needs one raised issue per expected item (two N/A cells on a line are two issues)', () => {
      const twice = [{ severity: 'info' as const, rule: 'unknown-value', line: 26 }, { severity: 'info' as const, rule: 'unknown-value', line: 26 }];
      expect(compareIssues(twice, [raised('info', 'unknown-value', 26)]).problems).toEqual(['expected issue not raised: info unknown-value line 26']);
      expect(compareIssues(twice, [raised('info', 'unknown-value', 26), raised('info', 'unknown-value', 26)]).problems).toEqual([]);
    });

    it('lets optional issues be missing and never take the issue a required one needs', () => {
      const expected = [{ severity: 'info' as const, rule: 'no-total', optional: true }, { severity: 'info' as const, rule: 'no-total', line: 21 }];
      const result = compareIssues(expected, [raised('info', 'no-total', 21)]);
      expect(result.problems).toEqual([]);
      expect(result.optionalMissing).toBe(1);
    });

    it('fails on an absent issue raised, whatever its severity', () => {
      expect(compareIssues([{ rule: 'footnote-without-entry', line: 16, absent: true }], [raised('info', 'footnote-without-entry', 16)]).problems).toEqual([
        'issue that must be absent was raised: info footnote-without-entry line 16: footnote-without-entry on 16',
      ]);
      expect(compareIssues([{ rule: 'tally-mismatch', absent: true }], [raised('info', 'footnote-without-entry', 16)]).problems).toEqual([]);
    });

    it('fails on an unexpected warning or error, not on an unexpected info', () => {
      expect(compareIssues([], [raised('info', 'unknown-agency', 18)]).problems).toEqual([]);
      expect(compareIssues([], [raised('error', 'malformed-row', 3)]).problems).toEqual(['unexpected error malformed-row line 3: malformed-row on 3']);
    });

    it('reports a todo issue not raised as a gap, and fails once it is raised', () => {
      const todo = [{ severity: 'info' as const, rule: 'approximate-count', todo: 'no rule yet' }];
      expect(compareIssues(todo, [])).toEqual({ problems: [], todos: ['issue info approximate-count not raised (todo: no rule yet)'], optionalMissing: 0 });
      expect(compareIssues(todo, [raised('info', 'approximate-count', 4)]).problems).toEqual(['todo issue now raised: info approximate-count: remove its todo']);
    });

    it('ignores lines when asked (a PDF laid out from the text)', () => {
      expect(compareIssues([{ severity: 'warning', rule: 'unbalanced-count', line: 18 }], [raised('warning', 'unbalanced-count', 3)], { ignoreLines: true }).problems).toEqual([]);
    });
  });
});

describe('golden comparator: known gaps in the document row and raised issues', () => {
  /** A warehouse reduced to the columns compareDocument reads. */
  function warehouse(country: string | null, issues: Array<[string, string]>): Database.Database {
    const db = new Database(':memory:');
    db.exec(`CREATE TABLE documents (document_id INTEGER PRIMARY KEY, source_path TEXT, status TEXT, status_reason TEXT, country_iso3 TEXT);
      CREATE TABLE sections (section_id INTEGER PRIMARY KEY, document_id INTEGER, topic TEXT);
      CREATE TABLE citations (citation_id INTEGER PRIMARY KEY, document_id INTEGER, section_id INTEGER);
      CREATE TABLE quality_issues (issue_id INTEGER PRIMARY KEY, document_id INTEGER, severity TEXT, rule TEXT, line_start INTEGER, message TEXT);`);
    for (const [table, id] of [['explosions', 'explosion_id'], ['diversions', 'diversion_id'], ['tallies', 'tally_id'], ['report_submissions', 'submission_id'], ['meeting_statements', 'meeting_statement_id']]) {
      db.exec(`CREATE TABLE ${table} (${id} INTEGER PRIMARY KEY, document_id INTEGER)`);
    }
    db.exec(`CREATE TABLE count_statements (statement_id INTEGER PRIMARY KEY, document_id INTEGER, total INTEGER);
      CREATE TABLE weapon_counts (count_id INTEGER PRIMARY KEY, document_id INTEGER, statement_id INTEGER, quantity INTEGER);`);
    db.prepare('INSERT INTO documents VALUES (1, ?, ?, NULL, ?)').run('page.txt', 'loaded', country);
    for (const [severity, rule] of issues) db.prepare('INSERT INTO quality_issues (document_id, severity, rule, line_start, message) VALUES (1, ?, ?, NULL, ?)').run(severity, rule, rule);
    return db;
  }
  const golden = (): GoldenDocument => ({
    set: 'devset-local',
    name: 'page.txt',
    path: 'page.txt',
    expected: {
      document: { country_iso3: 'KGZ', todo: { country_iso3: 'the Russian official name is not known' } },
      quality_issues: [{ severity: 'warning', rule: 'country-unknown', absent: true, todo: 'the Russian official name is not known' }],
    },
  });

  it('reports a document key and an absent issue marked todo as known gaps while they do not hold', () => {
    const result = compareDocument(warehouse(null, [['warning', 'country-unknown']]), golden());
    expect(result.documentProblems).toEqual([]);
    expect(result.documentTodos).toEqual(['document.country_iso3: expected "KGZ", got null (todo: the Russian official name is not known)']);
    expect(result.issues?.problems).toEqual([]);
    expect(result.issues?.todos).toEqual(['issue warning country-unknown raised though it must be absent (todo: the Russian official name is not known)']);
  });

  it('fails once they hold, until the todo is removed', () => {
    const result = compareDocument(warehouse('KGZ', []), golden());
    expect(result.documentProblems).toEqual(['document.country_iso3 now matches: remove its todo']);
    expect(result.issues?.problems).toEqual(['absent todo issue no longer raised: warning country-unknown: remove its todo']);
  });

  it('compares the status an expected document gives (a page that must be skipped), else requires loaded', () => {
    const db = warehouse('KGZ', []);
    db.exec("UPDATE documents SET status = 'skipped', status_reason = 'not a profile'");
    const skipped = (status?: string): GoldenDocument => ({ set: 'fresh', name: 'page.txt', path: 'page.txt', expected: { document: status === undefined ? {} : { status } } });
    expect(compareDocument(db, skipped('skipped')).documentProblems).toEqual([]);
    expect(compareDocument(db, skipped()).documentProblems).toEqual(['status: expected "loaded", got "skipped" ("not a profile")']);
    expect(compareDocument(db, skipped('quarantined')).documentProblems).toEqual(['status: expected "quarantined", got "skipped" ("not a profile")']);
  });

  it('reports a status marked todo as a known gap while it does not hold, and fails once it does', () => {
    const db = warehouse('KGZ', []);
    db.exec("UPDATE documents SET status = 'skipped', status_reason = 'written in German'");
    const unread: GoldenDocument = { set: 'fresh6', name: 'page.txt', path: 'page.txt', expected: { document: { todo: { status: 'German has no lexicon' } } } };
    expect(compareDocument(db, unread).documentProblems).toEqual([]);
    expect(compareDocument(db, unread).documentTodos).toEqual(['status: expected "loaded", got "skipped" ("written in German") (todo: German has no lexicon)']);
    db.exec("UPDATE documents SET status = 'loaded'");
    expect(compareDocument(db, unread).documentProblems).toEqual(['document.status now matches: remove its todo']);
  });

  it('points a weapon count at its statement past an expected statement known not to load', () => {
    const db = warehouse('KGZ', []);
    db.exec('INSERT INTO count_statements VALUES (7, 1, 2918); INSERT INTO weapon_counts VALUES (1, 1, 7, 2918);');
    const doc: GoldenDocument = {
      set: 'devset-local',
      name: 'page.txt',
      path: 'page.txt',
      expected: {
        document: { country_iso3: 'KGZ' },
        count_statements: [{ total: 350, todo: { row: 'the action word is not read' } }, { total: 2918 }],
        weapon_counts: [{ statement_index: 2, quantity: 2918 }],
      },
    };
    const result = compareDocument(db, doc);
    expect(result.tables.map((t) => [t.table, t.problems])).toEqual([
      ['count_statements', []],
      ['weapon_counts', []],
    ]);
    expect(result.tables[0]?.todos).toEqual(['row 1: missing (todo: the action word is not read)']);
  });

  it('still fails on an absent issue raised without a todo', () => {
    const doc = golden();
    doc.expected.quality_issues = [{ rule: 'country-unknown', absent: true }];
    expect(compareDocument(warehouse(null, [['warning', 'country-unknown']]), doc).issues?.problems).toEqual([
      'issue that must be absent was raised: warning country-unknown: country-unknown',
      'unexpected warning country-unknown: country-unknown',
    ]);
  });
});
