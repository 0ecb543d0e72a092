import { hostname } from 'node:os';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { formatStatus } from '../../src/cli/format-status.ts';
import { openRunWarehouse } from '../../src/ops/open-warehouse.ts';
import { readStatus } from '../../src/ops/status.ts';
import { testBackend } from '../helpers/backend.ts';
import { testStubReading } from '../helpers/reading.ts';
import { stubPipeline } from '../helpers/stub-pipeline.ts';
import { makeWorkspace } from '../helpers/tmp.ts';
import { stubDoc } from './support.ts';

/** SQLite or PostgreSQL (tests/helpers/backend.ts); status reads the warehouse itself, on either. */
const backend = await testBackend();

let cleanup = () => {};
afterEach(() => cleanup());

describe('readStatus', () => {
  it('shows the next run of a live scheduler and hides the row of a dead one', async () => {
    const ws = makeWorkspace('status');
    cleanup = ws.cleanup;
    stubDoc(ws.raw, 'kaz.txt', 'STUB PROFILE\n2019 Arys 3\n');
    stubDoc(ws.raw, 'srb.txt', 'STUB PROFILE\n2015 Belgrade 0\n', { country_iso3: 'SRB' });
    const pipeline = stubPipeline();
    await backend.runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], ...testStubReading() });
    const location = await backend.location(ws.warehouse);
    const w = await openRunWarehouse(location);
    // scheduler_state is the scheduler's own table, outside the warehouse's typed schema: plain SQL both backends take.
    for (const [key, pid, nextDue] of [['stub', 111, '2025-03-11T02:00:00.000Z'], ['other', 222, '2025-03-11T04:00:00.000Z']] as const) {
      await sql`INSERT INTO scheduler_state VALUES (${key}, ${key}, '0 2 * * *', 'UTC', ${pid}, 'etl-1', '2025-03-10T00:00:00.000Z', ${nextDue}, '2025-03-10T00:00:00.000Z')`.execute(w.db);
    }
    await w.db.insertInto('quality_issues').values([
      { run_id: 1, document_id: 1, severity: 'warning', rule: 'unknown-value', message: 'x' },
      { run_id: 1, document_id: 2, severity: 'error', rule: 'e', message: 'y' },
    ]).execute();
    await w.close();

    const status = await readStatus(location, { host: 'etl-1', isAlive: (pid) => pid === 111 });
    expect(status.documents).toEqual([{ kind: 'amap_profile', country_iso3: 'KAZ', documents: 1 }, { kind: 'amap_profile', country_iso3: 'SRB', documents: 1 }]);
    expect(status.issues).toEqual({ error: 1, warning: 1, info: 0 });
    expect(status.schedulers).toEqual([{ pipelines: 'stub', cron: '0 2 * * *', timezone: 'UTC', pid: 111, host: 'etl-1', nextDueAt: '2025-03-11T02:00:00.000Z' }]);
    expect(formatStatus(status).split('\n').at(-1)).toBe('scheduler: pid 111 on etl-1; next run of stub due 2025-03-11T02:00:00.000Z (cron "0 2 * * *", UTC)');
    // Seen from another machine, a pid cannot be checked: both are shown with their host.
    expect((await readStatus(location, { host: `not-${hostname()}` })).schedulers.map((s) => s.pid)).toEqual([222, 111]);
  });
});
