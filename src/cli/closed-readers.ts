/**
 * When the reader of our output goes away (`salw-etl run 2>&1 | head`, a log collector restarted), the next
 * write to that stream fails with EPIPE. Node then raises it as an uncaught error and the process dies with
 * a stack trace and exit code 1, although the work may be done (the run's summary was the failed write)
 * or half done. Nobody is reading any more, so there is nothing to tell: further output to that stream is
 * dropped and the work goes on; the exit code says how the work went. pino does the same for the log
 * (its destination drops writes on a broken pipe).
 */

type OutputStream = Pick<NodeJS.WriteStream, 'on' | 'write'>;

const watched = new WeakSet<OutputStream>();

/** Drops what is written to `stream` once its reader is gone; any other write error is thrown as before. */
export function dropOutputOnClosedReader(stream: OutputStream): void {
  if (watched.has(stream)) return;
  watched.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stream.write = (() => true) as OutputStream['write'];
  });
}
