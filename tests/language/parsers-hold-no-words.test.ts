import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/tmp.ts';

/**
 * The extraction core has ONE language layer (src/language/lexicons): a parser holds no word of any language.
 * These files were cleaned of the words once written into their expressions (the range, 'since' and negation
 * words of a tally, the owner words of an explosions table...); this scan keeps the words from coming back.
 * It reads each file's code (comments dropped) and checks its regular expressions, literal (`/.../u`) or built
 * (`new RegExp(`...`)`, with the `${...}` that splice lexicon words in taken out): no run of two letters is left
 * once the escapes (`\s`, `\p{L}`, `\d`) are, and no letter of a script other than Latin stands anywhere in code.
 * Files of src/extractors, src/transforms and src/decoders that still hold words are not listed yet: add each once cleaned.
 */
const CLEAN_FILES = ['src/extractors/amap-profile/tallies.ts', 'src/transforms/owner.ts', 'src/transforms/dates.ts', 'src/extractors/poa-profile/listings.ts', 'src/extractors/poa-profile/fields.ts', 'src/decoders/page-furniture.ts'];

/** The file's code, its comments dropped (whole-line `//`, JSDoc and block comment lines, trailing `// ...`). */
function codeOf(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//gu, '')
    .split('\n')
    .filter((line) => !/^\s*\/\//u.test(line))
    .map((line) => line.replace(/\s\/\/\s.*$/u, ''))
    .join('\n');
}

/** The sources of the regular expressions of some code: literals, and the strings and templates given to `new RegExp(`. */
function regexSources(code: string): string[] {
  const sources: string[] = [];
  const literal = /(?<=[=(,:?!&|]\s*|return\s+|^\s*)\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/[dgimsuyv]*/gmu;
  for (const m of code.matchAll(literal)) sources.push(m[1] ?? '');
  const built = /new RegExp\(\s*(`(?:\\.|\$\{(?:[^{}]|\{[^{}]*\})*\}|[^`\\])*`|'(?:\\.|[^'\\])*')/gu;
  for (const m of code.matchAll(built)) sources.push((m[1] ?? '').slice(1, -1).replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/gu, ' '));
  return sources;
}

/** The words left in a regex source once its escapes and named groups are taken out. */
function wordsIn(source: string): string[] {
  const bare = source
    .replace(/\\\\?[pP]\{[^}]*\}/gu, ' ')
    .replace(/\\\\?u\{?[0-9a-fA-F]+\}?/gu, ' ')
    .replace(/\\\\?./gu, ' ')
    .replace(/\(\?<\w+>/gu, '(');
  return bare.match(/\p{L}{2,}/gu) ?? [];
}

const NOT_LATIN_LETTER = /(?=\p{L})\P{Script=Latin}/u;

describe('the parsers cleaned of language words', () => {
  it('reads the expressions it checks (the scanner is not blind)', () => {
    // The code read holds `${...}` splices as written in a source file, built here from `$` and `{`.
    const splice = (name: string): string => `$${'{'}${name}}`;
    const code = codeOf(
      [
        "const NONE = /(?:^|[^\\p{L}])(no|aucune?)\\s+$/iu;",
        '// const OLD = /since/;',
        `const RANGE = new RegExp(\`(?:${splice('words')})\\\\s+(\\\\d{4})\\\\s+(?:and|to)\`, 'iu');`,
        "const OWNER = /^(?:state|دولة)$/iu;",
        `const message = \`'${splice('raw')}' is a round figure, not an exact count\`;`,
      ].join('\n'),
    );
    expect(regexSources(code).flatMap(wordsIn)).toEqual(['no', 'aucune', 'state', 'دولة', 'and', 'to']);
    expect(NOT_LATIN_LETTER.test(code)).toBe(true);
  });

  for (const file of CLEAN_FILES) {
    it(`${file} writes no word of a language in its expressions`, () => {
      const code = codeOf(readFileSync(join(REPO_ROOT, file), 'utf8'));
      expect(regexSources(code).length).toBeGreaterThan(0);
      expect(regexSources(code).flatMap(wordsIn)).toEqual([]);
      expect(code.split('\n').filter((line) => NOT_LATIN_LETTER.test(line))).toEqual([]);
    });
  }
});
