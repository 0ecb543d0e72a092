import robotsParserModule from 'robots-parser';

/** The part of robots-parser used here; its bundled types declare the module in a way TypeScript cannot call. */
interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robot;

/**
 * robots.txt as RFC 9309 says: fetched once per origin per fetch; a 2xx is parsed and obeyed; a 4xx means
 * no rules (allowed); a 5xx, or a site that cannot be reached, means everything is disallowed (section
 * 2.3.1.3/2.3.1.4: the crawler must assume complete disallow).
 */

/** `crawlDelayMs`: the site's Crawl-delay for this agent (not in RFC 9309, but a site's stated wish), when it has one. */
export type RobotsVerdict = { allowed: true; crawlDelayMs?: number } | { allowed: false; reason: string };

type Rules = { kind: 'parsed'; robot: Robot } | { kind: 'allow-all' } | { kind: 'disallow-all'; reason: string };

export class RobotsCache {
  readonly #byOrigin = new Map<string, Promise<Rules>>();
  readonly #get: (url: string) => Promise<Response>;
  readonly #agent: string;

  /** `get` fetches robots.txt through the host gate (and its time-out); `agent` is the product token matched. */
  constructor(get: (url: string) => Promise<Response>, agent: string) {
    this.#get = get;
    this.#agent = agent;
  }

  async check(url: string): Promise<RobotsVerdict> {
    const origin = new URL(url).origin;
    let rules = this.#byOrigin.get(origin);
    if (!rules) {
      rules = this.#load(`${origin}/robots.txt`);
      this.#byOrigin.set(origin, rules);
    }
    const found = await rules;
    if (found.kind === 'allow-all') return { allowed: true };
    if (found.kind === 'disallow-all') return { allowed: false, reason: found.reason };
    if (found.robot.isAllowed(url, this.#agent) === false) return { allowed: false, reason: `robots.txt of ${origin} disallows it` };
    const delay = found.robot.getCrawlDelay(this.#agent);
    return delay !== undefined && Number.isFinite(delay) && delay > 0 ? { allowed: true, crawlDelayMs: delay * 1000 } : { allowed: true };
  }

  async #load(robotsUrl: string): Promise<Rules> {
    let response: Response;
    try {
      response = await this.#get(robotsUrl);
    } catch (cause) {
      return { kind: 'disallow-all', reason: `robots.txt unreachable (${(cause as Error).message}): the site is treated as disallowed` };
    }
    if (response.status >= 500) {
      await response.body?.cancel();
      return { kind: 'disallow-all', reason: `robots.txt answered ${response.status}: the site is treated as disallowed` };
    }
    if (response.status >= 400) {
      await response.body?.cancel();
      return { kind: 'allow-all' };
    }
    return { kind: 'parsed', robot: robotsParser(robotsUrl, await response.text()) };
  }
}
