/** The few fields of a parsed node (domhandler, as built by cheerio's htmlparser2 mode) that extraction reads. */
export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
}

export const isElement = (n: DomNode): boolean => n.type === 'tag' || n.type === 'script' || n.type === 'style';

export const attr = (n: DomNode, name: string): string => n.attribs?.[name] ?? '';

/**
 * Visits every node in document order without recursion (pages nest tags thousands deep): `enter` may return
 * false to skip an element's children; `leave` runs after them.
 */
export function walk(root: DomNode, enter: (n: DomNode) => boolean, leave: (n: DomNode) => void): void {
  const stack: Array<{ node: DomNode; left: boolean }> = [{ node: root, left: false }];
  while (stack.length) {
    const frame = stack.pop() as { node: DomNode; left: boolean };
    if (frame.left) {
      leave(frame.node);
      continue;
    }
    if (!enter(frame.node)) continue;
    stack.push({ node: frame.node, left: true });
    const children = frame.node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], left: false });
  }
}

/** All text under a node, without recursion. */
export function textOf(node: DomNode): string {
  let out = '';
  walk(
    node,
    (n) => {
      if (n.type === 'text') out += n.data ?? '';
      return n.type !== 'comment';
    },
    () => {},
  );
  return out;
}
