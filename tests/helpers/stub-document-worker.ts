// A document worker serving the stub pipeline (tests/helpers/stub-pipeline.ts), so that the suites of the
// pipeline machinery run with documents read in worker threads too (tests/helpers/reading.ts). The stub
// extractor reads the same whatever its version: the run's thread decides versions from its own pipelines.
import { serveReadings } from '../../src/pipeline/serve-readings.ts';
import { stubPipeline } from './stub-pipeline.ts';

await serveReadings([stubPipeline()]);
