/**
 * The one root error of salw-etl. Every error names the stage, the document (and line, when known)
 * and the reason, keeps its cause, and says whether retrying could help.
 */
export type Stage = 'discover' | 'decode' | 'classify' | 'extract' | 'load' | 'run' | 'lock' | 'config';

export class SalwError extends Error {
  readonly stage: Stage;
  readonly documentPath: string | null;
  readonly line: number | null;
  readonly retryable: boolean;

  constructor(
    stage: Stage,
    reason: string,
    options: { documentPath?: string | null; line?: number | null; retryable?: boolean; cause?: unknown } = {},
  ) {
    const where = options.documentPath ? `${options.documentPath}${options.line ? `:${options.line}` : ''}: ` : '';
    super(`${stage}: ${where}${reason}`, { cause: options.cause });
    this.name = 'SalwError';
    this.stage = stage;
    this.documentPath = options.documentPath ?? null;
    this.line = options.line ?? null;
    this.retryable = options.retryable ?? false;
  }
}

/** The document cannot be decoded (broken PDF, no text layer, encrypted, empty): quarantine it. */
export class DecodeError extends SalwError {
  constructor(reason: string, options: { documentPath?: string | null; cause?: unknown } = {}) {
    super('decode', reason, options);
    this.name = 'DecodeError';
  }
}

/** The document as a whole cannot be extracted: quarantine it. */
export class ExtractionError extends SalwError {
  constructor(reason: string, options: { documentPath?: string | null; line?: number | null; cause?: unknown } = {}) {
    super('extract', reason, options);
    this.name = 'ExtractionError';
  }
}

/** The command line was wrong (unknown pipeline, missing folder): exit code 2, one line, no run started. */
export class UsageError extends SalwError {
  constructor(reason: string) {
    super('config', reason);
    this.name = 'UsageError';
    this.message = reason;
  }
}

/** The limits a document may reach (src/pipeline/limits.ts holds their values and the flags that raise them). */
export type LimitName = 'maxBytes' | 'maxPages' | 'maxLines' | 'deadlineMs' | 'maxMemoryMb';

/** A document over one of the operator's limits: quarantined with the limit named, the run goes on. */
export class LimitExceededError extends SalwError {
  readonly limit: LimitName;
  readonly actual: number;

  constructor(limit: LimitName, actual: number, reason: string, options: { documentPath?: string | null } = {}) {
    super('decode', reason, options);
    this.name = 'LimitExceededError';
    this.limit = limit;
    this.actual = actual;
  }
}
