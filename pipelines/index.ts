import type { PipelineDefinition } from '../src/pipeline/definition.ts';
import { amapProfiles } from './amap-profiles.ts';
import { poa } from './poa.ts';

/** Every pipeline; `salw-etl run` with no names runs them all, in this order. */
export const PIPELINES: readonly PipelineDefinition[] = [amapProfiles, poa];
