#!/usr/bin/env node
// The CLI is written in TypeScript and run through tsx, so the code a user runs is the code in src/
// (no build step that could go stale).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
