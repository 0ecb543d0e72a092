/**
 * A row of the warehouse's `fetches` table as `status` reads it: the last check of one address (written by
 * ops/fetch-record.ts, on either backend).
 */
export interface FetchRow {
  source_url: string;
  checked_at: string;
  outcome: string;
  http_status: number | null;
  failure: string | null;
  consecutive_failures: number;
  last_changed_at: string | null;
}
