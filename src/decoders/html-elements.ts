/**
 * Small readings of parsed HTML elements that every part of the HTML decoder needs: tag, attribute and
 * text of an element, its element children and ancestors, and the lineage of a block read from it (the
 * lines of the source file it spans and a CSS-like path to it).
 */
import type { AnyNode, Element } from 'domhandler';
import type { Span } from '../model/document.ts';

export function isElement(node: AnyNode): node is Element {
  return node.nodeType === 1;
}

export function tagOf(el: Element): string {
  return el.name.toLowerCase();
}

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

export function hasAncestor(el: Element, test: (a: Element) => boolean): boolean {
  for (let p = el.parent; p && isElement(p); p = p.parent) if (test(p)) return true;
  return false;
}

export function textOf(node: AnyNode): string {
  if (node.nodeType === 3 && 'data' in node) return node.data;
  if (!isElement(node)) return '';
  return node.children.map(textOf).join('');
}

export function elementChildren(el: Element): Element[] {
  return el.children.filter(isElement);
}

/**
 * Each child element's position among its parent's children of the same tag, and how many there are, worked
 * out once per parent: counted again for each block, a page of thousands of sibling paragraphs took minutes
 * (32,000 `<p>` in one `<body>`: 384 s). The parsed page is never changed once walked, so the answer holds.
 */
const sameTagPlaces = new WeakMap<Element, Map<Element, { position: number; of: number }>>();

function placeAmongSameTag(parent: Element, el: Element): { position: number; of: number } | undefined {
  let places = sameTagPlaces.get(parent);
  if (!places) {
    const byTag = new Map<string, Element[]>();
    for (const child of parent.children) {
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      const same = byTag.get(tag);
      if (same) same.push(child);
      else byTag.set(tag, [child]);
    }
    places = new Map();
    for (const same of byTag.values()) for (const [i, child] of same.entries()) places.set(child, { position: i + 1, of: same.length });
    sameTagPlaces.set(parent, places);
  }
  return places.get(el);
}

/** `main#main > article > section#disposal > p:nth-of-type(2)`: from below `<body>` down to the element. */
export function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node; node = node.parent && isElement(node.parent) ? node.parent : null) {
    const tag = tagOf(node);
    if (tag === 'body' || tag === 'html') break;
    const id = attr(node, 'id');
    let part = id ? `${tag}#${id}` : tag;
    const parent = node.parent;
    if (!id && parent && isElement(parent)) {
      const place = placeAmongSameTag(parent, node);
      if (place && place.of > 1) part += `:nth-of-type(${place.position})`;
    }
    parts.unshift(part);
  }
  return parts.join(' > ');
}

export function elementLines(el: Element): { start: number; end: number } | null {
  const loc = el.sourceCodeLocation;
  if (loc) return { start: loc.startLine, end: loc.endLine };
  // Elements the parser implied (`<tbody>`) have no location: use their children's.
  let start = Infinity;
  let end = -Infinity;
  for (const child of el.children) {
    const l = child.sourceCodeLocation;
    if (!l) continue;
    start = Math.min(start, l.startLine);
    end = Math.max(end, l.endLine);
  }
  return Number.isFinite(start) ? { start, end } : null;
}

export function span(lineStart: number, lineEnd: number, el: Element): Span {
  return { lineStart, lineEnd: Math.max(lineStart, lineEnd), path: pathOf(el) };
}
