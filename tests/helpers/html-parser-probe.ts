/**
 * Run in a process of its own by tests/decoders/html.test.ts (`node bin/run-ts.js tests/helpers/html-parser-probe.ts`):
 * loads the HTML decoder's parser, parses a page, and prints which of cheerio's heavy dependencies that loaded.
 * CommonJS packages imported from ESM are kept in require's cache, which is how they are seen here.
 */
import { createRequire } from 'node:module';
import { htmlParser } from '../../src/decoders/html.ts';

const load = await htmlParser();
const cells = load('<table><tr><td>Pistols<td>120</table>')('td').length;
const loaded = Object.keys(createRequire(import.meta.url).cache);
const from = (name: string) => loaded.some((path) => path.includes(`/node_modules/${name}/`));
process.stdout.write(JSON.stringify({ cells, undici: from('undici') }));
