/**
 * HTML pages (A-MAP profiles, PoA pages) -> the same blocks the text decoder produces, so extractors
 * read a page and its scraped text alike. The page is parsed (parse5, through cheerio) and never
 * executed: scripts, styles and templates are dropped unread.
 *
 * - h1-h6 -> headings (with their level); p, dt, dd and loose text -> paragraphs, one per `<br>` line
 *   (old pages lay out lists with `<br>`, and their text versions have one line per item);
 * - li -> list items; ul/ol/div/aside holding notes (`ol.footnotes`, `li id="fn1"`, `aside`) ->
 *   footnotes with the number a reader sees (list position, or the marker the note starts with);
 * - table -> a table block (caption from `<caption>` or a `Table n` paragraph just before);
 * - `<sup>1</sup>` and `<a href="#fn1">1</a>` -> `[1]` in the block text;
 * - navigation, page header and footer, cookie banners, hidden elements and skip links are left out.
 *
 * Lineage: a block's span holds the lines of its element in the source file (the model's `lines`
 * are the file's lines, so an analyst can open the page at that line) and a CSS-like element path.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { load as LoadHtml } from 'cheerio';
import type { DocumentModel } from '../model/document.ts';
import { isIso639_1 } from '../model/iso-639-1.ts';
import { refuseBinaryFormat } from './binary-formats.ts';
import { cutShortHtml, endsClosingTableRow, setApartCutRow } from './cut-short.ts';
import type { Decoder } from './decoder.ts';
import { boundNesting } from './html-depth.ts';
import { decodeHtmlBytes, decodeHtmlBytesWithEvidence } from './encoding.ts';
import { type Walk, walkContainer } from './html-blocks.ts';
import { textOf } from './html-elements.ts';
import { collapse } from './html-inline.ts';

/** True when the bytes start like an HTML page (after a BOM, whitespace, an XML declaration or comments). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).replace(/^\uFEFF/, '');
  const start = head.replace(/^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->)*/i, '');
  if (/^<(?:!doctype\s+html|html|head|body|meta|title|link|base|p|div|table|h[1-6]|ul|ol|section|article|main|nav|header|script|style|span|a|br)\b/i.test(start)) {
    return true;
  }
  return /<!doctype\s+html|<html[\s>]|<body[\s>]/i.test(head);
}

function primaryLanguage(lang: string | undefined): string | null {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isIso639_1(primary) ? primary : null;
}

/** cheerio's `load`: the page parser. */
export type HtmlParser = typeof LoadHtml;

let parser: Promise<HtmlParser> | undefined;

/**
 * The module of cheerio that defines its `load` (parse5 for pages, htmlparser2 for XML). cheerio's entry point
 * re-exports it beside `fromURL` and streaming loaders, and so loads undici (an HTTP client), an encoding
 * sniffer and a parser stream a reading worker never uses: measured in one thread, the entry point took 375 ms
 * and 27 MB of resident memory to load, this module 125 ms and 10 MB (undici alone 20 MB), in every worker that
 * meets an HTML page. cheerio's `exports` do not list the module, so it is found beside its package.json.
 */
export const CHEERIO_LOAD_MODULE = 'dist/esm/load-parse.js';

/** cheerio's `load` from CHEERIO_LOAD_MODULE; from the entry point if a release of cheerio has moved it (the same function, heavier to load). */
async function loadCheerio(): Promise<HtmlParser> {
  try {
    const packageJson = createRequire(import.meta.url).resolve('cheerio/package.json');
    const module = (await import(pathToFileURL(join(dirname(packageJson), CHEERIO_LOAD_MODULE)).href)) as { load?: unknown };
    if (typeof module.load === 'function') return module.load as HtmlParser;
  } catch {
    // NOTE: moved or renamed in another release of cheerio: the entry point below has the same `load`.
  }
  return (await import('cheerio')).load;
}

/**
 * cheerio's page parser, loaded for the first HTML page: a reading worker that meets only text and PDF never
 * loads it (it was about 0.35 s of every worker's start, measured).
 */
export function htmlParser(): Promise<HtmlParser> {
  parser ??= loadCheerio();
  return parser;
}

/** Decodes an HTML page that is already text, parsed by `load` (htmlParser()). `encoding` is recorded as given. */
export function decodeHtmlText(text: string, encoding: string | null, load: HtmlParser): DocumentModel {
  const $ = load(text, { sourceCodeLocationInfo: true });
  // Read as a browser builds it: nothing nests deeper than Blink lets it (the walk is as deep as the page).
  const root = $.root()[0];
  if (root) boundNesting(root);
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const walk: Walk = { blocks: [], inNotes: false };
  const body = $('body')[0];
  if (body) walkContainer(walk, body);
  const titleEl = $('title')[0];
  const title = titleEl ? collapse(textOf(titleEl)) || null : null;
  // An element left open to the end of a file that ends with a line break (`<h2>...</h5>` at the foot of a page) ends,
  // for the parser, on the line after the last: lineage names lines that exist.
  const last = Math.max(1, lines.length);
  const blocks = walk.blocks.map((block) =>
    block.span.lineEnd <= last && block.span.lineStart <= last ? block : { ...block, span: { ...block.span, lineStart: Math.min(block.span.lineStart, last), lineEnd: Math.min(block.span.lineEnd, last) } },
  );
  return {
    format: 'html',
    lines,
    blocks,
    title,
    declaredLanguage: primaryLanguage($('html').attr('lang')),
    encoding,
    pageCount: null,
  };
}

export const htmlDecoder: Decoder = {
  format: 'html',
  sniff(bytes) {
    return looksLikeHtml(decodeHtmlBytes(bytes.subarray(0, 2048)).text);
  },
  async decode(bytes, ctx) {
    // A stored ZIP of a web page holds `<html` in its first KiB: the magic number says what the file is.
    refuseBinaryFormat(bytes, ctx.sourcePath);
    const { text, encoding, evidence } = decodeHtmlBytesWithEvidence(bytes);
    const model = decodeHtmlText(text, encoding, await htmlParser());
    return setApartCutRow({ ...model, encodingEvidence: evidence, cutShort: cutShortHtml(text, model.lines.length) }, endsClosingTableRow(text));
  },
};
