import { describe, expect, it } from 'vitest';
import { isPageNumberLine, readPageNumberLine } from '../../src/transforms/page-furniture.ts';

describe('page-number lines, one reading for the PDF decoder and the report reader', () => {
  it.each([
    ['Page 2 of 5', 2],
    ['- 3 -', 3],
    ['Página 4', 4],
    ['pág. 7', 7],
    ['3 / 12', 3],
    ['Страница 2 из 9', 2],
    ['الصفحة 3 من 10', 3],
    ['第 3 页', 3],
    ['page 6 sur 8', 6],
  ])('%s is page %d anywhere', (line, page) => {
    expect(readPageNumberLine(line)).toEqual({ page, bare: false });
    expect(isPageNumberLine(line)).toBe(true);
  });

  it('reads a bare number as a page number only for the edge-of-page check', () => {
    expect(readPageNumberLine('12')).toEqual({ page: 12, bare: true });
    expect(isPageNumberLine('12')).toBe(false);
  });

  it.each(['Pages 3', '2019 was a good year', '12 rifles', 'Table 3'])('%s is no page number', (line) => {
    expect(isPageNumberLine(line)).toBe(false);
  });
});
