/**
 * What of an HTML page is never read: site chrome (navigation, page header and footer, cookie banners,
 * skip links, menus named by class or id on pages older than `<nav>`), hidden elements, and elements
 * that hold no text (scripts, styles, forms, media).
 */
import type { Element } from 'domhandler';
import { attr, elementChildren, hasAncestor, tagOf, textOf } from './html-elements.ts';

const LEFT_OUT_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math',
  'button', 'select', 'input', 'textarea', 'option', 'dialog', 'map', 'audio', 'video', 'img', 'picture',
]);
const LEFT_OUT_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog', 'menu', 'menubar']);
// NOTE: class/id words of site chrome. `banner` also hits hero banners; a page's content never sits in one.
const CHROME_CLASS = /cookie|consent|banner|gdpr|breadcrumb|sr-only|visually-hidden|screen-reader|skip[-_]?(?:link|to|nav)/i;
const CHROME_NAME = /^(?:site-?|page-?|global-?|main-?|top-?)?(?:header|footer|menu|nav|navbar|navigation|masthead|topbar|sidebar)$/i;
const NEVER_CHROME = new Set(['html', 'body', 'main', 'article']);
const SKIP_LINK_TEXT = /^\s*(?:skip to|skip navigation|jump to|back to top)\b/i;
const SECTIONING = new Set(['article', 'main', 'section', 'aside']);

/** Site chrome and hidden content: never read. */
export function isLeftOut(el: Element): boolean {
  const tag = tagOf(el);
  if (LEFT_OUT_TAGS.has(tag)) return true;
  if ('hidden' in el.attribs) return true;
  if (attr(el, 'aria-hidden').toLowerCase() === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, 'style'))) return true;
  if (LEFT_OUT_ROLES.has(attr(el, 'role').toLowerCase())) return true;
  if (!NEVER_CHROME.has(tag) && (CHROME_CLASS.test(attr(el, 'class')) || CHROME_CLASS.test(attr(el, 'id')))) return true;
  // Pages older than `<header>`/`<nav>` name their chrome by id or class (`div#header`, `div.menu`).
  // NOTE: a Bootstrap `div.page-header` holds the page's h1; only whole-word names count, and never a block with an h1.
  const names = [...attr(el, 'class').split(/\s+/), attr(el, 'id')];
  if (!NEVER_CHROME.has(tag) && names.some((n) => CHROME_NAME.test(n)) && !containsH1(el)) return true;
  // A page's header and footer are chrome; an article's own header (its h1) or footer (its notes) is not, nor
  // a page's header holding the page's h1: the document's title block (a report's title, state and date).
  if (tag === 'footer' && !hasAncestor(el, (a) => SECTIONING.has(tagOf(a)))) return true;
  if (tag === 'header' && !hasAncestor(el, (a) => SECTIONING.has(tagOf(a))) && !containsH1(el)) return true;
  if (tag === 'a' && attr(el, 'href').startsWith('#') && SKIP_LINK_TEXT.test(textOf(el))) return true;
  return false;
}

function containsH1(el: Element): boolean {
  return elementChildren(el).some((c) => tagOf(c) === 'h1' || containsH1(c));
}
