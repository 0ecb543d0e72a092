import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { formatStatus } from '../../src/cli/format-status.ts';
import { readStatus } from '../../src/ops/status.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { testStubReading } from '../helpers/reading.ts';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { stubPipeline } from '../helpers/stub-pipeline.ts';
import { makeWorkspace } from '../helpers/tmp.ts';
import { stubDoc } from './support.ts';

let cleanup = () => {};
afterEach(() => cleanup());

describe('readStatus', () => {
  it('shows the next run of a live scheduler and hides the row of a dead one', async () => {
    const ws = makeWorkspace('status');
    cleanup = ws.cleanup;
    stubDoc(ws.raw, 'kaz.txt', 'STUB PROFILE\n2019 Arys 3\n');
    stubDoc(ws.raw, 'srb.txt', 'STUB PROFILE\n2015 Belgrade 0\n', { country_iso3: 'SRB' });
    const pipeline = stubPipeline();
    await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], ...testStubReading() });
    const w = await openWarehouse(ws.warehouse);
    const insert = w.sqlite.prepare(`INSERT INTO scheduler_state VALUES (?, ?, '0 2 * * *', 'UTC', ?, ?, '2025-03-10T00:00:00.000Z', ?, '2025-03-10T00:00:00.000Z')`);
    insert.run('stub', 'stub', 111, 'etl-1', '2025-03-11T02:00:00.000Z');
    insert.run('other', 'other', 222, 'etl-1', '2025-03-11T04:00:00.000Z');
    w.sqlite.prepare(`INSERT INTO quality_issues (run_id, document_id, severity, rule, message) VALUES (1, 1, 'warning', 'unknown-value', 'x'), (1, 2, 'error', 'e', 'y')`).run();
    await w.close();

    const status = await readStatus(ws.warehouse, { host: 'etl-1', isAlive: (pid) => pid === 111 });
    expect(status.documents).toEqual([{ kind: 'amap_profile', country_iso3: 'KAZ', documents: 1 }, { kind: 'amap_profile', country_iso3: 'SRB', documents: 1 }]);
    expect(status.issues).toEqual({ error: 1, warning: 1, info: 0 });
    expect(status.schedulers).toEqual([{ pipelines: 'stub', cron: '0 2 * * *', timezone: 'UTC', pid: 111, host: 'etl-1', nextDueAt: '2025-03-11T02:00:00.000Z' }]);
    expect(formatStatus(status).split('\n').at(-1)).toBe('scheduler: pid 111 on etl-1; next run of stub due 2025-03-11T02:00:00.000Z (cron "0 2 * * *", UTC)');
    // Seen from another machine, a pid cannot be checked: both are shown with their host.
    expect((await readStatus(ws.warehouse, { host: `not-${hostname()}` })).schedulers.map((s) => s.pid)).toEqual([222, 111]);
  });
});
