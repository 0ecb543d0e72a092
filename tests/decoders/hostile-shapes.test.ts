import { Element, Text } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { htmlDecoder } from '../../src/decoders/html.ts';
import { boundNesting, MAX_HTML_DEPTH } from '../../src/decoders/html-depth.ts';
import { type Piece, segmentsOf } from '../../src/decoders/html-inline.ts';
import { rowsOf } from '../../src/decoders/html-tables.ts';
import { type PlacedItem, type PlacedLine, placeLines } from '../../src/decoders/pdf-geometry.ts';
import { layoutLines } from '../../src/decoders/pdf-layout.ts';
import { findGutter } from '../../src/decoders/pdf-text-columns.ts';
import type { Block, DocumentModel } from '../../src/model/document.ts';

/**
 * Pages of a shape no real document has, but that a hostile or broken file does: nesting thousands of
 * levels deep, and elements, rows, text items or lines by the hundred thousand. Each used to overflow the
 * call stack (the document quarantined as "Maximum call stack size exceeded", its text lost) or to take
 * minutes; each is now read as a browser or a PDF viewer shows it.
 */

const decode = (html: string): Promise<DocumentModel> => htmlDecoder.decode(new TextEncoder().encode(html), { sourcePath: 'page.html' });

const view = (blocks: Block[]): string[] => blocks.map((b) => `${b.kind}: ${b.kind === 'table' ? b.rows.map((r) => r.cells.join(' | ')).join(' / ') : b.text}`);

/** How deep the deepest node of the tree lies below `node`. */
function depthOf(node: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[node, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [Element, number];
    deepest = Math.max(deepest, depth);
    for (const child of el.children) if (child instanceof Element) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('HTML nested deeper than a browser nests it', () => {
  it('reads the paragraph at the bottom of 10,000 nested <div>s', async () => {
    const model = await decode(`<html><body>${'<div>'.repeat(10_000)}<p>In 2005, 9,607 weapons were seized in Kazakhstan.</p>${'</div>'.repeat(10_000)}</body></html>`);
    expect(view(model.blocks)).toEqual(['paragraph: In 2005, 9,607 weapons were seized in Kazakhstan.']);
    expect(model.blocks[0]?.span.lineStart).toBe(1);
  }, 20_000);

  it('reads text at the bottom of 300 nested tables (never left inside a table\'s rows where no cell holds it), and the table above the nesting', async () => {
    const model = await decode(`<html><body><h1>Kazakhstan</h1>\n<table><tr><th>Year</th><th>Deaths</th></tr><tr><td>2019</td><td>3</td></tr></table>\n${'<table><tr><td>'.repeat(300)}In 2005, 9,607 weapons were seized.</body></html>`);
    expect(view(model.blocks)).toEqual(['heading: Kazakhstan', 'table: Year | Deaths / 2019 | 3', 'paragraph: In 2005, 9,607 weapons were seized.']);
  }, 20_000);

  it('keeps the text of each of 2,000 nested list items', async () => {
    const model = await decode(`<html><body><h1>Kazakhstan</h1>${Array.from({ length: 2_000 }, (_, i) => `<ul><li>item${i + 1} `).join('')}</body></html>`);
    const text = model.blocks.map((b) => b.text).join(' ');
    expect(text.match(/item\d+/g)?.length).toBe(2_000);
    expect(text.match(/item\d+/g)?.slice(-2)).toEqual(['item1999', 'item2000']);
  }, 20_000);

  it('boundNesting moves what lies deeper than the bound beside the node at the bound, in document order', () => {
    const leaf = (n: number) => new Text(`t${n}`);
    let inner = new Element('div', {}, [leaf(1000)]);
    for (let d = 999; d >= 1; d--) inner = new Element('div', {}, [leaf(d), inner]);
    const root = new Element('body', {}, [inner]);
    expect(depthOf(root)).toBe(1000);
    expect(boundNesting(root, 10)).toBe(2 * 990 - 1);
    // The nodes below the bound are the children of the node at it, none with children of its own.
    expect(depthOf(root)).toBe(11);
    const texts: string[] = [];
    const walk = (node: Element): void => {
      for (const child of node.children) {
        if (child instanceof Text) texts.push(child.data);
        else if (child instanceof Element) walk(child);
      }
    };
    walk(root);
    expect(texts).toEqual(Array.from({ length: 1000 }, (_, i) => `t${i + 1}`));
    expect(MAX_HTML_DEPTH).toBe(512);
  });
});

describe('HTML with elements by the hundred thousand', () => {
  it('reads 16,000 sibling paragraphs in seconds (each block\'s path counted its siblings again: 103 s)', async () => {
    const model = await decode(`<html><body><h1>Kazakhstan</h1>\n${'<p>In 2005, 9,607 weapons were seized.</p>\n'.repeat(16_000)}</body></html>`);
    expect(model.blocks.length).toBe(16_001);
    expect(model.blocks.at(-1)?.span).toEqual({ lineStart: 16_001, lineEnd: 16_001, path: 'p:nth-of-type(16000)' });
  }, 20_000);

  it('segments a line of 200,000 inline pieces', () => {
    const pieces: Piece[] = Array.from({ length: 200_000 }, (_, i) => ({ text: '1 ', bold: true, lineStart: 3 + (i % 5), lineEnd: 3 + (i % 5) }));
    const [segment, ...rest] = segmentsOf(pieces);
    expect(rest).toEqual([]);
    expect([segment?.text.length, segment?.allBold, segment?.lineStart, segment?.lineEnd]).toEqual([399_999, true, 3, 7]);
  });

  it('lists the 150,000 rows of a table body', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => new Element('tr', {}, [new Element('td', {}, [new Text(String(i))])]));
    const table = new Element('table', {}, [new Element('tbody', {}, rows)]);
    const found = rowsOf(table);
    expect([found.length, found[149_999]]).toEqual([150_000, rows[149_999]]);
  });
});

describe('PDF pages with text items or lines by the hundred thousand', () => {
  const item = (text: string, x: number, y: number): PlacedItem => ({ text, x, y, width: 5, fontSize: 10, font: 'F1' });

  it('places 200,000 items of one baseline on one line, in seconds (the run\'s text was collapsed again for each item: 57 s)', () => {
    const lines = placeLines(Array.from({ length: 200_000 }, (_, i) => item(i % 2 === 0 ? '1 ' : ' 2', i * 6, 100)), 1);
    expect(lines.length).toBe(1);
    expect([lines[0]?.fontSize, lines[0]?.runs.length, lines[0]?.runs[0]?.text.length]).toEqual([10, 1, 300_000]);
    // Items 6 points apart, 5 wide: a gap of 1 point is no word space; their own spaces are kept, one each.
    expect(lines[0]?.runs[0]?.text.slice(0, 9)).toBe('1 21 21 2');
  }, 20_000);

  it('looks for a gutter on a page of 150,000 lines without overflowing the stack (the page edges were a spread of every line)', () => {
    const line = (i: number): PlacedLine => ({ page: 1, y: 20 + i * 30, fontSize: 10, runs: [{ text: `Line ${i}.`, x0: 72 + (i % 3), x1: 150, firstFont: 'F1', lastFont: 'F1', pieces: [] }] });
    expect(findGutter({ page: 1, width: 595, height: 30 * 150_001, lines: Array.from({ length: 150_000 }, (_, i) => line(i)) })).toBeNull();
  });

  it('lays out a page of 150,000 lines', () => {
    const line = (i: number): PlacedLine => ({ page: 1, y: 20 + i * 30, fontSize: 10, runs: [{ text: `Line ${i}.`, x0: 72 + (i % 3), x1: 150, firstFont: 'F1', lastFont: 'F1', pieces: [] }] });
    const out = layoutLines([{ page: 1, width: 595, height: 30 * 150_001, lines: Array.from({ length: 150_000 }, (_, i) => line(i)) }]);
    expect([out.length, out[0], out.at(-1)]).toEqual([150_000, { text: 'Line 0.', page: 1 }, { text: 'Line 149999.', page: 1 }]);
  });
});
