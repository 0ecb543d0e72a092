import type { CodeVersions } from '../src/pipeline/code-digest.ts';

export function buildCli(root: string): Promise<{ bundle: string; versions: CodeVersions }>;
