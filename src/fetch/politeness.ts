/**
 * How hard the fetch leans on one site: at most `perHost` requests at once to a host, and requests to a
 * host started at least `intervalMs` apart (1 a second by default), or the longer Crawl-delay its
 * robots.txt asks for. Every request to a site, robots.txt
 * and retries included, goes through `HostGate.run`.
 */

export interface Politeness {
  /** Least time between the starts of two requests to one host. */
  intervalMs: number;
  /** Most requests in flight to one host. */
  perHost: number;
}

export const DEFAULT_POLITENESS: Politeness = { intervalMs: 1000, perHost: 2 };

interface HostState {
  active: number;
  nextStart: number;
  waiting: Array<() => void>;
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

export class HostGate {
  readonly #hosts = new Map<string, HostState>();
  readonly #politeness: Politeness;
  /** A longer interval a site asked for (robots.txt Crawl-delay), per host. */
  readonly #slower = new Map<string, number>();

  constructor(politeness: Politeness) {
    this.#politeness = politeness;
  }

  /** Spaces the requests to `host` at least `intervalMs` apart from now on, when that is more than the default. */
  slowDown(host: string, intervalMs: number): void {
    const before = this.#slower.get(host) ?? this.#politeness.intervalMs;
    if (intervalMs <= before) return;
    this.#slower.set(host, intervalMs);
    // The start already reserved after the last request moves too: the next one waits the longer interval.
    const state = this.#hosts.get(host);
    if (state && state.nextStart > 0) state.nextStart += intervalMs - before;
  }

  /**
   * Runs `task` for `host` once a slot is free and the interval since the last start has passed. Once
   * `signal` is aborted the interval is not waited (the task, told to stop too, ends at once).
   */
  async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, waiting: [] };
      this.#hosts.set(host, state);
    }
    while (state.active >= this.#politeness.perHost) await new Promise<void>((wake) => state.waiting.push(wake));
    state.active++;
    try {
      // Reserve the start time before waiting, so two callers never take the same one.
      if (!signal?.aborted) {
        const start = Math.max(Date.now(), state.nextStart);
        state.nextStart = start + (this.#slower.get(host) ?? this.#politeness.intervalMs);
        if (start > Date.now()) await sleep(start - Date.now());
      }
      return await task();
    } finally {
      state.active--;
      state.waiting.shift()?.();
    }
  }
}
