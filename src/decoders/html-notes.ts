/**
 * Footnotes of an HTML page: which containers hold notes (`ol.footnotes`, `aside`, a list whose items
 * have note ids), the number a reader sees for a note, and the links a note cites.
 */
import type { AnyNode, Element } from 'domhandler';
import { isLeftOut } from './html-chrome.ts';
import { attr, elementChildren, isElement, tagOf } from './html-elements.ts';
import { BRACKETED_REF } from '../transforms/footnote-refs.ts';

const NOTES_CLASS = /foot-?notes?|end-?notes?|^notes$|^fn-?list$/i;
const NOTE_ID = /^(?:fn|footnote|note|endnote|ftn|_ftn|en)[-_:]?.*\d+$/i;
export const BRACKET_FOOTNOTE = new RegExp(String.raw`^\[(${BRACKETED_REF})\]\s*([\s\S]*)$`, 'u');

/** The footnote number a reader sees: the marker the note starts with, its `<ol>` position, a leading number, or its id. */
export function noteRef(el: Element, text: string, position: number | null): { ref: string | null; text: string } {
  const bracket = BRACKET_FOOTNOTE.exec(text);
  if (bracket?.[1]) return { ref: bracket[1], text: bracket[2] ?? '' };
  if (position !== null) return { ref: String(position), text };
  const lead = /^(\d{1,3})[.)]?\s+(\S[\s\S]*)$/.exec(text);
  if (lead?.[1]) return { ref: lead[1], text: lead[2] ?? '' };
  const id = /(\d+)$/.exec(attr(el, 'id'));
  return { ref: id?.[1] ?? null, text };
}

export function urlsOf(el: Element): string[] {
  const urls: string[] = [];
  const visit = (node: AnyNode): void => {
    if (!isElement(node) || isLeftOut(node)) return;
    const href = attr(node, 'href').trim();
    if (tagOf(node) === 'a' && href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href)) urls.push(href);
    node.children.forEach(visit);
  };
  visit(el);
  return urls;
}

export function isNotesContainer(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'aside') return true;
  if (NOTES_CLASS.test(attr(el, 'class').split(/\s+/).find((c) => NOTES_CLASS.test(c)) ?? '') || NOTES_CLASS.test(attr(el, 'id'))) return true;
  const role = attr(el, 'role');
  if (role === 'doc-endnotes' || role === 'doc-footnotes') return true;
  if (tag === 'ol' || tag === 'ul') {
    const items = elementChildren(el).filter((c) => tagOf(c) === 'li');
    return items.length > 0 && items.every((li) => NOTE_ID.test(attr(li, 'id')) || attr(li, 'role') === 'doc-endnote');
  }
  return false;
}
