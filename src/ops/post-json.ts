import type { Logger } from '../pipeline/logger.ts';

/** Who receives a POST, and how the log tells of its failure. */
export interface JsonEndpoint {
  url: string;
  /** The log's subject when it answers an error (`OpenLineage endpoint answered`, followed by the status). */
  answered: string;
  /** The log's words when it cannot be reached (`the notice endpoint is unreachable`). */
  unreachable: string;
  /** Where the content still is when the endpoint fails (`the event is in the JSON-lines file`). */
  keptIn: string;
}

/**
 * POSTs `body` as JSON. An endpoint that answers an error or cannot be reached is logged as a warning,
 * never thrown: a run never fails because an observer is down.
 */
export async function postJson(endpoint: JsonEndpoint, body: unknown, timeoutMs: number, log: Logger): Promise<void> {
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) log.warn({ url: endpoint.url, status: response.status }, `${endpoint.answered} ${response.status}; ${endpoint.keptIn}`);
  } catch (error) {
    log.warn({ url: endpoint.url, err: (error as Error).message }, `${endpoint.unreachable}; ${endpoint.keptIn}`);
  }
}
