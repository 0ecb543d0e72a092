/**
 * A text export written in Markdown (`## 1. National Coordination`, `**Date:** 3 June 2024`, `| a | b |`
 * over `|---|---:|`): its marks are formatting, as an HTML page's tags are, not words of the document. A text
 * that shows enough of them is read without them: `## 1. National Coordination` is the heading
 * `1. National Coordination`, `**Total**` the cell `Total`. Each line stays on its line (lineage points into
 * the file), only its marks are taken out; a text that is not Markdown is read as written.
 */
import { isAlignmentRow } from '../transforms/alignment-row.ts';

/** An ATX heading: one to six `#`, a space, the heading (a closing run of `#` is no part of it). */
const ATX_HEADING = /^(\s{0,3})(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/u;
/** Strong emphasis around words: `**bold**`, `__bold__` (never across a line). */
const STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu;
const HAS_STRONG = new RegExp(STRONG.source, 'u');
/**
 * Emphasis: `*italic*`, `_italic_`, opened after a space, a line's start, a pipe or an opening bracket and
 * closed before a space, punctuation or the line's end. So a footnote's `*` (`rifles*`), a bullet's `* ` and
 * a word's underscore (`snake_case`) stay.
 */
const EMPHASIS = /(?<=^|[\s|(["“‘])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\1(?=$|[\s|).,;:!?'"”’\]])/gu;

/** How many kinds of Markdown marks (headings, strong emphasis, alignment rows) make a text Markdown; or this many headings alone. */
const KINDS_FOR_MARKDOWN = 2;
const HEADINGS_FOR_MARKDOWN = 3;

/** True when `lines` read as a Markdown export: headings with `#`, `**bold**` words, table alignment rows. */
export function isMarkdown(lines: readonly string[]): boolean {
  let headings = 0;
  let strong = false;
  let alignment = false;
  for (const line of lines) {
    if (ATX_HEADING.test(line)) headings++;
    else if (isAlignmentRow(line)) alignment = true;
    if (!strong && HAS_STRONG.test(line)) strong = true;
  }
  const kinds = (headings > 0 ? 1 : 0) + (strong ? 1 : 0) + (alignment ? 1 : 0);
  return kinds >= KINDS_FOR_MARKDOWN || headings >= HEADINGS_FOR_MARKDOWN;
}

/** One line without its Markdown marks; an alignment row is kept (the table readers know it draws the table). */
export function withoutMarkdown(line: string): string {
  if (isAlignmentRow(line)) return line;
  const heading = ATX_HEADING.exec(line);
  const text = heading ? `${heading[1] ?? ''}${heading[3] ?? ''}` : line;
  return text.replace(STRONG, '$2').replace(EMPHASIS, '$2');
}

/** The heading level of a Markdown heading line (`## 1. Marking` 2), or null. */
export function markdownHeadingLevel(line: string): number | null {
  return ATX_HEADING.exec(line)?.[2]?.length ?? null;
}

/**
 * The lines of a Markdown export without their marks, and the level of each heading line (by index), or
 * null when the text is not Markdown.
 */
export function readMarkdown(lines: readonly string[]): { lines: string[]; headingLevels: Map<number, number> } | null {
  if (!isMarkdown(lines)) return null;
  const headingLevels = new Map<number, number>();
  lines.forEach((line, i) => {
    const level = markdownHeadingLevel(line);
    if (level !== null && (ATX_HEADING.exec(line)?.[3] ?? '') !== '') headingLevels.set(i, level);
  });
  return { lines: lines.map(withoutMarkdown), headingLevels };
}
