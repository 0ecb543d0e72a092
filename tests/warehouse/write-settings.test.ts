import { describe, expect, it } from 'vitest';
import { openWarehouse, WAL_CHECKPOINT_PAGES } from '../../src/warehouse/db.ts';
import { makeWorkspace } from '../helpers/tmp.ts';

/**
 * The settings a run writes under (db.ts, README "Reliability"): WAL, commits not fsync'd one by one, and a
 * checkpoint every 10,000 pages. A change to any of them changes what a power cut may lose, so it is a
 * decision the README states, not a side effect.
 */
describe('a warehouse opened for writing', () => {
  it('writes a WAL, syncs it at checkpoints only, and checkpoints every 10,000 pages', async () => {
    const ws = makeWorkspace('write-settings');
    const warehouse = await openWarehouse(ws.warehouse);
    try {
      expect(warehouse.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      // 1 is NORMAL.
      expect(warehouse.sqlite.pragma('synchronous', { simple: true })).toBe(1);
      expect(WAL_CHECKPOINT_PAGES).toBe(10_000);
      expect(warehouse.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    } finally {
      await warehouse.close();
      ws.cleanup();
    }
  });
});
