/** The sources a copy file cites by id (source and quote tags), for the validator's "unused source" warning. */
import Markdoc, { type Node } from '@markdoc/markdoc';

export function copySourceIds(text: string): string[] {
  const ids = new Set<string>();
  const visit = (node: Node) => {
    if (node.type === 'tag' && node.tag === 'source' && typeof node.attributes.id === 'string')
      ids.add(node.attributes.id);
    if (node.type === 'tag' && node.tag === 'quote' && typeof node.attributes.source === 'string')
      ids.add(node.attributes.source);
    for (const child of node.children) visit(child);
  };
  visit(Markdoc.parse(text));
  return [...ids];
}
