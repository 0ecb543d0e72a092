/**
 * The worker thread that reads documents for a run (src/pipeline/worker-reader.ts) with the project's
 * pipeline definitions. It lives in cli/ because it is a program's entry point that knows pipelines/.
 */
import { PIPELINES } from '../../pipelines/index.ts';
import { serveReadings } from '../pipeline/serve-readings.ts';

await serveReadings(PIPELINES);
