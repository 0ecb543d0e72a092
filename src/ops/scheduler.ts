import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import { SalwError, UsageError } from '../model/errors.ts';
import type { PipelineDefinition } from '../pipeline/definition.ts';
import type { Logger } from '../pipeline/logger.ts';
import { runPipelines, type RunHooks, type RunOptions, type RunSummary } from '../pipeline/run.ts';
import { openRunWarehouse } from './open-warehouse.ts';
import { schedulerState, type StateOptions } from './scheduler-state.ts';

/**
 * `salw-etl schedule`: runs the pipelines on their cron schedules (node-cron, seconds allowed) until told
 * to stop. Pipelines sharing a schedule run together as one run. A tick never starts a run while one is
 * going (node-cron's noOverlap, this module's own guard for catch-up runs, and the warehouse lock against
 * other processes). On start it catches up once when the last successful scheduled run is older than one
 * period. `stop()` (SIGINT/SIGTERM) aborts the run in hand between documents, so it is closed as
 * `interrupted`, and removes the scheduler's row from `scheduler_state`. One scheduler at a time runs on a
 * warehouse, SQLite or PostgreSQL (scheduler-state.ts: its rows, claimed at start and kept fresh by a
 * heartbeat). With a fetch step (`schedule
 * --fetch`), each firing fetches first (recorded as its own `fetch` run), then runs the pipelines over
 * what raw/ then holds; a failed fetch is logged and the run goes on with the documents already there.
 */

export const DEFAULT_SCHEDULE = { cron: '0 2 * * *', timezone: 'UTC' } as const;

export interface ScheduleGroup {
  /** Pipeline names joined by commas, as runs.pipeline records them. */
  key: string;
  pipelines: PipelineDefinition[];
  cron: string;
  timezone: string;
}

export interface ScheduleOverrides {
  /** --cron, else SALW_CRON. */
  cron?: string | null;
  /** --timezone, else SALW_TZ. */
  timezone?: string | null;
}

function validTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Pure: which runs the scheduler makes. Each pipeline's own schedule unless overridden (flag, then
 * environment); pipelines with the same cron and time zone share one run.
 */
export function resolveSchedules(pipelines: readonly PipelineDefinition[], overrides: ScheduleOverrides = {}, env: Record<string, string | undefined> = {}): ScheduleGroup[] {
  const cronOverride = overrides.cron || env.SALW_CRON || null;
  const tzOverride = overrides.timezone || env.SALW_TZ || null;
  const groups = new Map<string, ScheduleGroup>();
  for (const pipeline of pipelines) {
    const expression = (cronOverride ?? pipeline.schedule?.cron ?? DEFAULT_SCHEDULE.cron).trim();
    const timezone = tzOverride ?? pipeline.schedule?.timezone ?? DEFAULT_SCHEDULE.timezone;
    if (!cron.validate(expression)) throw new UsageError(`"${expression}" is not a cron expression (5 fields, or 6 with seconds first)${cronOverride ? '' : ` (pipeline ${pipeline.name})`}`);
    if (!validTimezone(timezone)) throw new UsageError(`"${timezone}" is not an IANA time zone (e.g. UTC, Europe/Zurich)`);
    const id = `${expression}|${timezone}`;
    const group = groups.get(id) ?? { key: '', pipelines: [], cron: expression, timezone };
    group.pipelines.push(pipeline);
    group.key = group.pipelines.map((p) => p.name).join(',');
    groups.set(id, group);
  }
  return [...groups.values()];
}

/** Pure: a catch-up is due when no scheduled run ever succeeded, or the last one is older than one period. */
export function catchUpDue(lastSuccessAt: string | null, periodMs: number, now: Date): boolean {
  if (!lastSuccessAt) return true;
  return now.getTime() - Date.parse(lastSuccessAt) > periodMs;
}

export interface SchedulerOptions {
  rawDir: string;
  /** A SQLite file or a postgres:// URL (ops/open-warehouse.ts). */
  warehousePath: string;
  /** The pipelines to schedule. */
  pipelines: readonly PipelineDefinition[];
  allPipelines: readonly PipelineDefinition[];
  overrides?: ScheduleOverrides;
  env?: Record<string, string | undefined>;
  /** Catch up once on start when a period was missed (default true). */
  catchUp?: boolean;
  logger: Logger;
  lock?: RunOptions['lock'];
  /** What a document may cost and where it is read (a worker under a deadline), as for `run`. */
  limits?: RunOptions['limits'];
  workerEntry?: RunOptions['workerEntry'];
  workers?: RunOptions['workers'];
  /** Hooks for each run (lineage events). */
  hooks?: RunHooks;
  onProgress?: RunOptions['onProgress'];
  /** Told after each run. */
  onRun?: (summary: RunSummary) => void;
  /**
   * Runs before each scheduled run (`schedule --fetch`): downloads what is new into raw/ and records
   * itself (see ops/fetch-step.ts). `signal` is aborted when the scheduler stops.
   */
  fetchStep?: (signal: AbortSignal) => Promise<void>;
  /** How often the scheduler's rows get a sign of life (default 30 s). */
  heartbeatMs?: number;
  /** When another scheduler's rows count as a dead one's (scheduler-state.ts), for tests. */
  state?: StateOptions;
  /** For tests. */
  now?: () => Date;
}

/** Heartbeats per stale period: a few lost beats (SQLite busy) never make a live scheduler look dead. */
const DEFAULT_HEARTBEAT_MS = 30_000;

export interface Scheduler {
  groups: ScheduleGroup[];
  /** When each group runs next (by group key). */
  nextDue(): Record<string, string | null>;
  /** Ticks that came while a run was still going, and were let pass. */
  readonly overlapsSkipped: number;
  /** Resolves when the scheduler has nothing in flight (for tests). */
  idle(): Promise<void>;
  /** Stops the ticks, interrupts the run in hand between documents and waits for it, clears the state row. */
  stop(): Promise<void>;
  /**
   * Resolves, with the reason, once the scheduler has stopped by itself because another scheduler took the
   * warehouse over; never resolves when it is stopped by `stop()`.
   */
  readonly stoodDown: Promise<string>;
}

export async function startScheduler(options: SchedulerOptions): Promise<Scheduler> {
  const log = options.logger;
  const clock = options.now ?? (() => new Date());
  const groups = resolveSchedules(options.pipelines, options.overrides, options.env ?? {});
  const me = { pid: process.pid, host: hostname() };
  const warehouse = await openRunWarehouse(options.warehousePath);
  const state = schedulerState(warehouse, me, options.state);
  try {
    await state.claim(groups, clock());
  } catch (error) {
    await warehouse.close();
    throw error;
  }

  const controller = new AbortController();
  const tasks = new Map<string, ScheduledTask>();
  let inFlight: Promise<void> | null = null;
  let inFlightKey = '';
  let stopping = false;
  let overlapsSkipped = 0;

  const recordNextDue = async (group: ScheduleGroup): Promise<void> => {
    const next = tasks.get(group.key)?.getNextRun() ?? null;
    try {
      await state.recordNextDue(group.key, next?.toISOString() ?? null, clock().toISOString());
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'could not record when the next run is due');
    }
    if (next && !stopping) log.info({ pipelines: group.key, nextDueAt: next.toISOString(), cron: group.cron, timezone: group.timezone }, `next run of ${group.key} due at ${next.toISOString()}`);
  };


  const fire = (group: ScheduleGroup, why: 'tick' | 'catch-up'): Promise<void> => {
    if (stopping) return Promise.resolve();
    if (inFlight) {
      overlapsSkipped++;
      log.info({ pipelines: group.key, why, running: inFlightKey }, `${why} of ${group.key} let pass: a run of ${inFlightKey} is still going`);
      return Promise.resolve();
    }
    inFlightKey = group.key;
    const run = (async () => {
      try {
        if (options.fetchStep) {
          try {
            await options.fetchStep(controller.signal);
          } catch (error) {
            if (!stopping) log.error({ pipelines: group.key, err: (error as Error).message }, `the fetch before the run of ${group.key} failed; the run goes on with what the raw folder holds`);
          }
          if (stopping) return;
        }
        const summary = await runPipelines({
          rawDir: options.rawDir,
          warehousePath: options.warehousePath,
          openWarehouse: openRunWarehouse,
          pipelines: group.pipelines,
          allPipelines: options.allPipelines,
          trigger: 'schedule',
          logger: log,
          signal: controller.signal,
          lock: options.lock,
          limits: options.limits,
          workerEntry: options.workerEntry,
          workers: options.workers,
          hooks: options.hooks,
          onProgress: options.onProgress,
        });
        log.info({ runId: summary.runId, status: summary.status, why, loaded: summary.documentsLoaded, skipped: summary.documentsSkipped },
          `scheduled run ${summary.runId} (${why}) ${summary.status}: ${summary.documentsLoaded} loaded, ${summary.documentsSkipped} skipped`);
        options.onRun?.(summary);
      } catch (error) {
        // A lock held past the timeout, or the scheduler stopping while waiting for it: no run was started.
        if (!stopping) log.error({ pipelines: group.key, err: (error as Error).message }, `scheduled run of ${group.key} did not start`);
      } finally {
        inFlight = null;
        inFlightKey = '';
        await recordNextDue(group);
      }
    })();
    inFlight = run;
    return run;
  };

  // node-cron's own lines, in our log; its overlap warning is said better by the execution:overlap handler below.
  const cronLogger = {
    info: (message: string) => log.debug({ source: 'node-cron' }, message),
    warn: (message: string) => log.debug({ source: 'node-cron' }, message),
    error: (message: string | Error) => log.error({ source: 'node-cron' }, String(message)),
    debug: (message: string | Error) => log.debug({ source: 'node-cron' }, String(message)),
  };
  for (const group of groups) {
    const task = cron.schedule(group.cron, () => fire(group, 'tick'), { timezone: group.timezone, noOverlap: true, name: `salw-etl:${group.key}`, logger: cronLogger });
    // node-cron's own overlap guard stops a tick before it reaches fire(): count and say it the same way.
    task.on('execution:overlap', () => {
      overlapsSkipped++;
      log.info({ pipelines: group.key, why: 'tick', running: inFlightKey }, `tick of ${group.key} let pass: a run of ${inFlightKey || group.key} is still going`);
    });
    tasks.set(group.key, task);
    await recordNextDue(group);
  }

  if (options.catchUp ?? true) {
    for (const group of groups) {
      const task = tasks.get(group.key);
      const [a, b] = task ? task.getNextRuns(2) : [];
      const periodMs = a && b ? b.getTime() - a.getTime() : 24 * 3_600_000;
      const at = await state.lastScheduledSuccess(group.key);
      if (catchUpDue(at, periodMs, clock())) {
        log.info({ pipelines: group.key, lastSuccessAt: at }, `catching up ${group.key}: ${at ? `the last successful scheduled run (${at}) is older than one period` : 'no scheduled run has succeeded yet'}`);
        void fire(group, 'catch-up');
      }
    }
  }

  let standDown: (reason: string) => void = () => undefined;
  const stoodDown = new Promise<string>((resolve) => {
    standDown = resolve;
  });
  const scheduler: Scheduler = {
    groups,
    stoodDown,
    nextDue() {
      return Object.fromEntries(groups.map((g) => [g.key, tasks.get(g.key)?.getNextRun()?.toISOString() ?? null]));
    },
    get overlapsSkipped() {
      return overlapsSkipped;
    },
    async idle() {
      while (inFlight) await inFlight;
    },
    async stop() {
      if (stopping) return;
      stopping = true;
      // First, synchronously: the run in hand sees it before its next document.
      controller.abort(new SalwError('run', 'the scheduler is stopping'));
      for (const task of tasks.values()) {
        await task.stop();
        await task.destroy();
      }
      while (inFlight) await inFlight;
      clearInterval(heartbeat);
      try {
        await state.release();
      } finally {
        await warehouse.close();
      }
      log.info({}, 'scheduler stopped');
    },
  };
  // A sign of life, so that a scheduler on another machine (whose pid cannot be checked) is known alive;
  // started once the scheduler is whole, since it may stop it. A beat that finds none of this scheduler's rows means another one claimed the warehouse (this one gave no
  // sign of life for too long): two schedulers would each run and fetch every night, so this one stands down.
  const heartbeat = setInterval(() => {
    state.beat(clock().toISOString()).then((held) => {
      if (held !== 0 || stopping) return;
      const reason = 'another scheduler took the warehouse over (its rows in scheduler_state are gone: this one gave no sign of life for too long); this one stops after the document in hand';
      log.error({}, reason);
      scheduler.stop().then(() => standDown(reason), (error: unknown) => {
        log.error({ err: (error as Error).message }, 'the scheduler did not stop cleanly');
        standDown(reason);
      });
    }, (error: unknown) => log.debug({ err: (error as Error).message }, 'could not record a sign of life of the scheduler (retried at the next beat)'));
  }, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
  heartbeat.unref();
  return scheduler;
}
