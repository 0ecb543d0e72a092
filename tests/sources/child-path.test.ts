import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childPathOf } from '../../src/sources/discover.ts';

/** A folder as a user may give it: relative or absolute, with `.`, `..`, doubled and trailing separators. */
const segment = fc.constantFrom('raw', 'a b', '.', '..', '', 'é', 'reports-2020', '.hidden');
const folder = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 5 }), fc.boolean()).map(([absolute, parts, trailing]) => `${absolute ? '/' : ''}${parts.join('/')}${trailing ? '/' : ''}`);
/** A name of a folder's listing: never `.` or `..`, never a separator. */
const listedName = fc.string({ minLength: 1, maxLength: 12 }).filter((name) => !name.includes('/') && !name.includes('\0') && name !== '.' && name !== '..');

describe('childPathOf', () => {
  it('gives what path.join gives for every name of a listing', () => {
    fc.assert(fc.property(folder, listedName, (dir, name) => {
      expect(childPathOf(dir)(name)).toBe(join(dir, name));
    }), { numRuns: 2000 });
  });

  it.each([
    ['raw', 'a.txt', 'raw/a.txt'],
    ['raw/', 'a.txt', 'raw/a.txt'],
    ['./raw//x/..', 'a.txt', 'raw/a.txt'],
    ['.', 'a.txt', 'a.txt'],
    ['', 'a.txt', 'a.txt'],
    ['/', 'a.txt', '/a.txt'],
    ['..', '.meta', '../.meta'],
  ])('%j + %j is %j', (dir, name, expected) => {
    expect(childPathOf(dir)(name)).toBe(expected);
  });
});
