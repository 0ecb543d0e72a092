import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation } from '../../scripts/eval.ts';
import type { DocumentComparison, GoldenDocument } from '../helpers/golden.ts';

/** `npm run eval` adds up the golden comparator's alignments: correct rows over loaded (precision) and expected (recall). */

function comparison(set: string, kind: string, tables: { table: string; expected: number; actual: number; matched: number }[], documentProblems: string[] = []): DocumentComparison {
  const doc: GoldenDocument = { set, name: `${kind}.txt`, path: '', expected: { document: { kind } } };
  return { doc, documentProblems, tables: tables.map((t) => ({ ...t, problems: [], todos: [] })), issues: null };
}

describe('eval', () => {
  const evaluation = evaluate([
    comparison('devset', 'amap_profile', [{ table: 'explosions', expected: 4, actual: 5, matched: 3 }]),
    comparison('devset', 'poa_report', [{ table: 'weapon_counts', expected: 10, actual: 8, matched: 8 }], ['document.country_iso3: expected "PRT", got null']),
    comparison('devset-local', 'poa_report', [{ table: 'weapon_counts', expected: 6, actual: 6, matched: 6 }, { table: 'explosions', expected: 0, actual: 2, matched: 0 }]),
  ]);

  it('counts facts per set, per family and per table', () => {
    expect(evaluation.bySet.get('devset')).toEqual({ documents: 2, documentsWrong: 1, expected: 14, loaded: 13, correct: 11 });
    expect(evaluation.byFamily.get('poa_report')).toEqual({ documents: 2, documentsWrong: 1, expected: 16, loaded: 16, correct: 14 });
    expect(evaluation.byTable.get('explosions')).toEqual({ documents: 0, documentsWrong: 0, expected: 4, loaded: 7, correct: 3 });
    expect(evaluation.total).toEqual({ documents: 3, documentsWrong: 1, expected: 20, loaded: 21, correct: 17 });
  });

  it('prints precision and recall and says the sets are development sets', () => {
    const text = formatEvaluation(evaluation, ['devset', 'devset-local']);
    expect(text).toContain('devset and devset-local: DEVELOPMENT sets');
    expect(formatEvaluation(evaluation, ['pending'])).not.toContain('DEVELOPMENT');
    const devset = text.split('\n').find((line) => /^devset\s+\d/.test(line));
    expect(devset?.split(/\s+/)).toEqual(['devset', '2', '1', '14', '13', '11', '84.6%', '78.6%']);
  });
});
