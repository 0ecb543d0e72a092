import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/**
 * A legacy code page is chosen on the evidence, and the choice is recorded with its scores: the
 * document's encoding column and an info issue `encoding-choice` saying which reading won and by how much.
 */
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const RUSSIAN_REPORT = [
  'Национальный доклад Республики Казахстан о ходе осуществления Программы действий',
  'Дата представления: 14.05.2014',
  'В 2013 году органами внутренних дел изъято 1 560 единиц оружия, из них 1 128 гладкоствольного оружия и 432 нарезного оружия.',
  '',
].join('\n');

describe('the encoding a document was read in', () => {
  it.each(['windows-1251', 'koi8-r'])('a %s report is read in it, and the choice is an info issue with both scores', async (encoding) => {
    const ws = makeWorkspace('encoding-choice');
    cleanup = ws.cleanup;
    writeFileSync(join(ws.raw, 'report.txt'), iconv.encode(RUSSIAN_REPORT, encoding));
    await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES });
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      expect(db.prepare('SELECT encoding, status FROM documents').get()).toEqual({ encoding, status: 'loaded' });
      const issues = db.prepare("SELECT severity, message FROM quality_issues WHERE rule = 'encoding-choice'").all() as { severity: string; message: string }[];
      expect(issues).toHaveLength(1);
      expect(issues[0]?.severity).toBe('info');
      expect(issues[0]?.message).toMatch(new RegExp(`read as ${encoding} \\(score -?[\\d.]+\\) over utf-8 with \\d+ invalid byte sequence\\(s\\) \\(score -?[\\d.]+\\)`, 'u'));
      expect(db.prepare('SELECT quantity FROM weapon_counts ORDER BY count_id').pluck().all()).toEqual([1560, 1128, 432]);
    } finally {
      db.close();
    }
  });

  it('a clean UTF-8 file has no encoding-choice issue', async () => {
    const ws = makeWorkspace('encoding-choice');
    cleanup = ws.cleanup;
    writeFileSync(join(ws.raw, 'report.txt'), readFileSync(join(REPO_ROOT, 'raw', '003_9c7cc2717d99486b.txt')));
    await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES });
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) FROM quality_issues WHERE rule = 'encoding-choice'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
