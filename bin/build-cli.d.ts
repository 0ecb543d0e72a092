import type { CodeVersions } from '../src/pipeline/code-digest.ts';

export function buildCli(root: string, options?: { ifStale?: boolean }): Promise<{ bundle: string; versions: CodeVersions; built: boolean }>;
