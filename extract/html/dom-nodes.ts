/**
 * Small questions about the parsed tree (domhandler nodes): is it an element,
 * its raw text, where it sits relative to other nodes. No selectors, no
 * normalisation.
 */
import type { AnyNode, Element } from 'domhandler';

/** Tags, scripts and styles: the nodes with a name and attributes. */
export function _isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Raw concatenated text of a node (for <title>, JSON-LD, length measures). */
export function _rawText(node: AnyNode): string {
  // Iterative (document order): recursion overflowed the stack on pages nesting tens of thousands of tags.
  let out = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.data;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** Length of the element's own text children, trimmed (not its descendants'). */
export function _directTextLength(el: Element): number {
  let length = 0;
  for (const child of el.children) if (child.type === 'text') length += child.data.trim().length;
  return length;
}

/** Whether an element has any non-space text (stops at the first). */
export function _hasText(node: AnyNode): boolean {
  // Iterative, as `_rawText`.
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      if (n.data.trim() !== '') return true;
    } else if ('children' in n) {
      for (const child of n.children) stack.push(child);
    }
  }
  return false;
}

/** `node` is `container` or lies under it. */
export function _isInside(node: AnyNode, container: AnyNode): boolean {
  for (let cur: AnyNode | null = node; cur; cur = cur.parent) if (cur === container) return true;
  return false;
}

/** Some proper ancestor of `node` is in `set`. */
export function _hasAncestorIn(node: AnyNode, set: ReadonlySet<AnyNode>): boolean {
  for (let cur = node.parent; cur; cur = cur.parent) if (set.has(cur)) return true;
  return false;
}

/** Depth (root = 1) of the deepest node containing both `a` and `b`. */
export function _commonAncestorDepth(a: AnyNode, b: AnyNode): number {
  const ancestors = new Set<AnyNode>();
  for (let cur: AnyNode | null = a; cur; cur = cur.parent) ancestors.add(cur);
  let common: AnyNode | null = b;
  while (common && !ancestors.has(common)) common = common.parent;
  let depth = 0;
  for (let cur = common; cur; cur = cur.parent) depth++;
  return depth;
}
