import type { NodeName } from '@rapporteur/document';
import type { ExportInput, NodeSerializers } from '../../export-format.js';
import { symbolLinkPartsOnce } from '../../symbol-link-parts.js';
import { childEId } from './akn-identifiers.js';
import type { AknSerializer, AknWriter, CitedDocument, PlacedNode } from './akn-serializer.js';
import { placedChildren } from './akn-serializer.js';

/** Blocks that belong to the paragraph before them (its quote, its list of documents). */
const attachable = new Set(['quote', 'item_list']);

/**
 * Creates the writer of one export: it dispatches each node to its serializer and keeps the
 * per-export registers (child eId counters, cited documents), so the same draft always gives the
 * same identifiers in the same order.
 */
export function createAknWriter(input: ExportInput, serializers: NodeSerializers<AknSerializer>): AknWriter {
  const counters = new Map<string, number>();
  const cited = new Map<string, CitedDocument>();
  const write: AknSerializer = (node, pos, place, writer) =>
    serializers[node.type.name as NodeName](node, pos, place, writer);

  const writer: AknWriter = {
    input,
    language: input.draft.metadata.language,
    hierarchy(children, place) {
      let out = '';
      let host: { child: PlacedNode; attached: PlacedNode[] } | null = null;
      const flush = () => {
        if (host)
          out += write(host.child.node, host.child.pos, { ...place, attached: host.attached }, writer);
        host = null;
      };
      for (const child of children) {
        if (child.node.type.name === 'paragraph') {
          flush();
          host = { child, attached: [] };
        } else if (attachable.has(child.node.type.name) && host) {
          host.attached.push(child);
        } else if (attachable.has(child.node.type.name)) {
          const eId = writer.nextChildEId(place.eId, 'hcontainer');
          out += `<hcontainer eId="${eId}" name="blocks"><content>${write(child.node, child.pos, { eId, container: place.container }, writer)}</content></hcontainer>`;
        } else {
          flush();
          out += write(child.node, child.pos, place, writer);
        }
      }
      flush();
      return out;
    },
    blocks(node, pos, place) {
      return placedChildren(node, pos)
        .map((child) => write(child.node, child.pos, place, writer))
        .join('');
    },
    inline(node, pos, eId) {
      return placedChildren(node, pos)
        .map((child) => write(child.node, child.pos, { eId, container: 'main' }, writer))
        .join('');
    },
    symbolLinks: symbolLinkPartsOnce(input.draft.metadata.language, input.links, input.parseSymbol),
    nextChildEId(parent, kind) {
      const key = `${parent}\u0000${kind}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      return childEId(parent, `${kind}_${n}`);
    },
    cite(document) {
      const key = `${document.showAs}\u0000${document.href}`;
      if (!cited.has(key)) cited.set(key, document);
    },
    citedDocuments() {
      return [...cited.values()];
    },
  };
  return writer;
}
