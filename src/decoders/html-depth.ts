/**
 * How deep a parsed page may nest before its walk (html-blocks.ts, html-inline.ts: recursive, as the
 * page is) would overflow the call stack: a page of ten thousand nested `<div>`s was quarantined as
 * "Maximum call stack size exceeded" though a browser shows its text. Browsers bound the depth too:
 * Blink's HTML parser puts an element that would open below depth 512 beside the one at that depth
 * instead of inside it. The same is done here to the parsed tree, so the page reads as a browser shows it.
 */
import type { AnyNode, ParentNode } from 'domhandler';

/** Blink's kMaximumHTMLParserDOMTreeDepth. */
export const MAX_HTML_DEPTH = 512;

function hasChildren(node: AnyNode): node is AnyNode & ParentNode {
  return 'children' in node && Array.isArray((node as ParentNode).children);
}

/** Elements whose children are rows, cells or items, not text a reader sees in them. */
const STRUCTURAL_TAGS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'ul', 'ol', 'dl', 'menu']);

function isStructural(node: ParentNode): boolean {
  return 'name' in node && typeof node.name === 'string' && STRUCTURAL_TAGS.has(node.name.toLowerCase());
}

/** Every node below `node` in document order, each taken out of its parent (element children emptied). */
function descendantsFlat(node: ParentNode): AnyNode[] {
  const out: AnyNode[] = [];
  // An explicit stack: the subtree may be thousands of levels deep.
  const stack: AnyNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop() as AnyNode;
    out.push(next);
    if (hasChildren(next) && next.children.length > 0) {
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as AnyNode);
      next.children = [];
    }
  }
  return out;
}

/**
 * Makes every node deeper than `maxDepth` below `root` a child of its ancestor at `maxDepth`, in document
 * order (what Blink's parser builds from such a page). Returns how many nodes were moved (0 for any real page).
 */
export function boundNesting(root: ParentNode, maxDepth: number = MAX_HTML_DEPTH): number {
  let moved = 0;
  const stack: { node: ParentNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: ParentNode; depth: number };
    if (depth === maxDepth) {
      if (!node.children.some((child) => hasChildren(child) && child.children.length > 0)) continue;
      // Flattened into a table's or a list's own structure (a `<tbody>`), the text would sit where no cell
      // or item holds it: the nodes go to the nearest ancestor that holds content (a cell, an item, a `<div>`).
      let anchor: ParentNode = node;
      while (isStructural(anchor) && anchor.parent) anchor = anchor.parent;
      const flat = descendantsFlat(anchor);
      flat.forEach((child, i) => {
        child.parent = anchor;
        child.prev = flat[i - 1] ?? null;
        child.next = flat[i + 1] ?? null;
      });
      moved += flat.length - anchor.children.length;
      anchor.children = flat;
      continue;
    }
    for (const child of node.children) if (hasChildren(child)) stack.push({ node: child, depth: depth + 1 });
  }
  return moved;
}
