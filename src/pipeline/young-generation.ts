import { setFlagsFromString } from 'node:v8';

/**
 * Keeps the young generation of every thread of the process at the size it has reached, once the
 * reading workers have started.
 *
 * When documents are read in workers, the run's thread only decides and writes: what it allocates per
 * document (a reading's rows as the message brings them, statements' parameters) dies young either way,
 * and V8 let its young generation grow to 32 MB (two 16 MB semi-spaces) for no gain: measured on 1,000
 * documents with two workers, stopping the growth when the workers are ready leaves it at the 8 MB its
 * start-up grew it to, takes about 30 MB off the peak resident memory and costs the run's thread about
 * 3% more CPU (the whole process: within the noise). The workers' young generation is capped by their
 * resourceLimits (worker-reader.ts) and had reached that cap by then.
 *
 * A maximum cannot be set in a running process (`--max-semi-space-size` is read when a heap is
 * configured, at the process's start, and the CLI is started as `node bin/salw-etl.js`, without flags),
 * but how much a young generation grows each time is read whenever it grows: a growth factor of 1 stops
 * it. NOTE: V8 raises that factor back to at least 2 whenever it configures a new isolate's heap (a new
 * worker, Heap::ConfigureHeap), so this is called after each worker is ready, not once. Only memory
 * depends on it: if a V8 ignored the flag, the run would use more memory, never give another result.
 */
export function stopYoungGenerationGrowth(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
