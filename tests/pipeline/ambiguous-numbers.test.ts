import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/**
 * End to end: an English report writing `9.607 weapons` (a dot between the thousands, as in French or
 * Spanish) loads no 9607 and no 9.607, and says so: the statement is loaded with a NULL total and a
 * warning names the words and the decimal mark. Nothing of the sentence is dropped in silence.
 */
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('a dot-grouped number in an English report', () => {
  it('is NULL in the warehouse, with a warning naming the words and why', async () => {
    const ws = makeWorkspace('ambiguous-numbers');
    cleanup = ws.cleanup;
    copyFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'ambiguous-numbers', 'en_dot_grouped.txt'), join(ws.raw, 'report.txt'));
    await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES });
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      expect(db.prepare('SELECT status, kind, language FROM documents').get()).toEqual({ status: 'loaded', kind: 'poa_report', language: 'en' });
      expect(db.prepare('SELECT line_start, action, total, components_sum, reconciliation FROM count_statements ORDER BY line_start').all()).toEqual([
        { line_start: 4, action: 'seized', total: null, components_sum: 9607, reconciliation: 'no_total' },
        { line_start: 5, action: 'destroyed', total: 5563, components_sum: null, reconciliation: 'no_parts' },
      ]);
      expect(db.prepare('SELECT count(*) FROM weapon_counts WHERE quantity = 9607 OR quantity = 9').pluck().get()).toBe(0);
      expect(db.prepare("SELECT severity, line_start, message FROM quality_issues WHERE rule = 'count-ambiguous-number'").all()).toEqual([{
        severity: 'warning',
        line_start: 4,
        message: `"9.607 weapons": '9.607' is not a whole count in English (decimal mark '.'): a decimal, or 9607 written with another language's thousands separator; not guessed; not loaded, the count is NULL.`,
      }]);
    } finally {
      db.close();
    }
  }, 60_000);
});
