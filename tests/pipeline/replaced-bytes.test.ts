import { describe, expect, it } from 'vitest';
import { emptyExtraction, type Extraction, type WeaponCountRecord } from '../../src/model/records.ts';
import { encodingIssues, guardReplacedNumbers, taintedDigits } from '../../src/pipeline/replaced-bytes.ts';
import type { DocumentModel } from '../../src/model/document.ts';

const at = (line: number, source_text: string) => ({ line_start: line, line_end: line, page: null, source_text });
const count = (quantity: number, source: string, is_total = false): WeaponCountRecord => ({
  ...at(3, source), category: null, category_raw: source, parent_category: null, quantity, is_total, approx: false, approx_qualifier: null,
});

describe('numbers written across a replaced byte', () => {
  it('finds the digits a number touching U+FFFD could be, and nothing else', () => {
    expect(taintedDigits('In 2005, 9\uFFFD607 weapons')).toEqual(['9607']);
    expect(taintedDigits('9,60\uFFFD weapons')).toEqual(['960']);
    expect(taintedDigits('\uFFFD 12 rifles')).toEqual(['12']);
    expect(taintedDigits('Bo\uFFFDnia, 12 rifles')).toEqual([]);
    expect(taintedDigits('9,607 weapons')).toEqual([]);
  });

  it('sets a nullable number to NULL with an error issue, leaving other numbers of the record', () => {
    const extraction: Extraction = {
      ...emptyExtraction(),
      explosions: [{ ...at(7, '2019 | Arys | 3\uFFFD | 77'), year: 2019, location: 'Arys', owner_raw: null, owner_type: null, owner_sector: null, deaths: 3, injuries: 77, row_number: 1, table_caption: null }],
    };
    const guarded = guardReplacedNumbers(extraction, 'a.txt');
    expect(guarded.explosions.map((e) => [e.year, e.deaths, e.injuries])).toEqual([[2019, null, 77]]);
    expect(guarded.issues).toEqual([
      { severity: 'error', rule: 'number-on-replaced-byte', line_start: 7, message: 'a.txt:7: explosions.deaths 3 is written across an unreadable byte ("2019 | Arys | 3\uFFFD | 77"); stored as NULL' },
    ]);
  });

  it('drops a statement whose part is unreadable, and the total alone when only the total is; issues keep pointing at their records', () => {
    const statement = (source: string, counts: WeaponCountRecord[], total: number | null) => ({
      ...at(3, source), year: 2005, year_basis: 'stated' as const, action: 'seizure', action_raw: 'seized', agency: null, agency_raw: null,
      total, components_sum: 5, reconciliation: 'balanced' as const, reported_in: null, counts,
    });
    const extraction: Extraction = {
      ...emptyExtraction(),
      count_statements: [
        statement('2 rifles, 3\uFFFD pistols', [count(2, '2 rifles'), count(3, '3\uFFFD pistols')], null),
        statement('9\uFFFD607 weapons: 2 rifles', [count(607, '9\uFFFD607 weapons', true), count(2, '2 rifles')], 607),
        statement('4 rifles', [count(4, '4 rifles')], null),
      ],
      issues: [
        { severity: 'info', rule: 'x', message: 'on the dropped part', line_start: 3, record: { table: 'weapon_counts', index: 1 } },
        { severity: 'info', rule: 'y', message: 'on the last count', line_start: 3, record: { table: 'weapon_counts', index: 4 } },
        { severity: 'info', rule: 'z', message: 'on the last statement', line_start: 3, record: { table: 'count_statements', index: 2 } },
      ],
    };
    const guarded = guardReplacedNumbers(extraction, 'a.txt');
    expect(guarded.count_statements.map((s) => [s.source_text, s.total, s.reconciliation, s.counts.map((c) => c.quantity)])).toEqual([
      ['9\uFFFD607 weapons: 2 rifles', null, 'no_total', [2]],
      ['4 rifles', null, 'balanced', [4]],
    ]);
    expect(guarded.issues.map((i) => [i.rule, i.record ?? null])).toEqual([
      ['x', null],
      ['y', { table: 'weapon_counts', index: 1 }],
      ['z', { table: 'count_statements', index: 1 }],
      ['number-on-replaced-byte', null],
      ['number-on-replaced-byte', null],
    ]);
  });

  it('drops a submission whose year is unreadable', () => {
    const extraction: Extraction = {
      ...emptyExtraction(),
      report_submissions: [{ ...at(4, '201\uFFFD : English'), report_year: 201, language: 'en', language_raw: 'English' }, { ...at(5, '2012 : English'), report_year: 2012, language: 'en', language_raw: 'English' }],
    };
    expect(guardReplacedNumbers(extraction, 'a.txt').report_submissions.map((r) => r.report_year)).toEqual([2012]);
  });

  it('returns the extraction unchanged when no number touches a replaced byte', () => {
    const extraction: Extraction = { ...emptyExtraction(), report_submissions: [{ ...at(4, '2010 : English \uFFFD'), report_year: 2010, language: 'en', language_raw: 'English' }] };
    expect(guardReplacedNumbers(extraction, 'a.txt')).toBe(extraction);
  });
});

describe('the issues telling how the bytes were read', () => {
  const model = (encodingEvidence: DocumentModel['encodingEvidence']): DocumentModel =>
    ({ format: 'text', lines: [], blocks: [], title: null, declaredLanguage: null, encoding: 'windows-1252', pageCount: null, encodingEvidence });

  it('turns each doubt about the bytes (a byte-order mark they belie) into a warning naming the document', () => {
    const doubt = 'the file starts with a UTF-8 byte-order mark but the bytes after it are not UTF-8; read as windows-1252, check its accented letters';
    const issues = encodingIssues(model({ replacedLines: [], replacedSequences: 0, choice: 'windows-1252 (score 1.000) over utf-8', doubts: [doubt] }), 'a.txt');
    expect(issues.map((i) => [i.severity, i.rule, i.message])).toEqual([
      ['info', 'encoding-choice', 'a.txt: bytes not clean Unicode; read as windows-1252 (score 1.000) over utf-8'],
      ['warning', 'encoding-doubt', `a.txt: ${doubt}`],
    ]);
  });
});

describe('control characters read as U+FFFD', () => {
  it('are named in the replaced-bytes warning with their lines', () => {
    const model = { format: 'text', lines: [], blocks: [], title: null, declaredLanguage: null, encoding: 'utf-8', pageCount: null,
      encodingEvidence: { replacedLines: [4], replacedSequences: 0, controlCharacters: 1, choice: 'utf-8 with 1 control character(s) replaced by U+FFFD' } } satisfies DocumentModel;
    expect(encodingIssues(model, 'a.txt').filter((i) => i.severity === 'warning')).toEqual([
      { severity: 'warning', rule: 'replaced-bytes', line_start: 4, message: 'a.txt: 1 control character(s) (NUL, ESC, ...: never text) read as U+FFFD on line(s) 4; numbers touching them are not loaded' },
    ]);
  });
});
