'use client';

import { type NumberedKind, numberDocument, readDocumentJson } from '@rapporteur/document';
import { isOfficialLanguage, parseSymbol, symbolLink } from '@rapporteur/symbols';
import type { ReactNode } from 'react';

/** A node of the addendum schema, as the document package reads it. */
type Node = Extract<ReturnType<typeof readDocumentJson>, { ok: true }>['doc'];

/** Textblocks whose id is their parent's: an item's text, a quote's text, a heading. */
const TEXT_OF_PARENT = new Set(['item_text', 'quote_text', 'section_heading', 'subsection_heading']);

/** The href of a symbol in the draft's language, or undefined when it does not parse. */
function hrefOf(symbol: string, language: string): string | undefined {
  const parsed = parseSymbol(symbol);
  if (!parsed.ok || !isOfficialLanguage(language)) return undefined;
  try {
    return symbolLink(parsed.symbol, language);
  } catch {
    return undefined;
  }
}

/** A textblock's inline content as React nodes: text, symbols as links, cross-references by number. */
function inline(node: Node, language: string, numberOf: (id: string) => number | undefined): ReactNode[] {
  const out: ReactNode[] = [];
  node.forEach((child, offset) => {
    if (child.isText) out.push(child.text);
    else if (child.type.name === 'symbol') {
      const symbol = String(child.attrs.symbol);
      const href = hrefOf(symbol, language);
      out.push(
        href === undefined ? (
          symbol
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the offset of an inline node in its block is its identity here
          <a key={offset} className="symbol" href={href}>
            {symbol}
          </a>
        ),
      );
    } else if (child.type.name === 'cross_reference') {
      const target = numberOf(String(child.attrs.target));
      out.push(target === undefined ? '?' : String(target));
    }
  });
  return out;
}

/** A rendered block as `aside` sees it: its stable id, its number and what is numbered so (if any), its text. */
export interface BlockInfo {
  readonly id: string;
  readonly label: string;
  readonly kind: NumberedKind | undefined;
  readonly text: string;
}

/** What the text view renders after a block: comment threads on it, for instance. */
export type BlockAside = (block: BlockInfo) => ReactNode;

/**
 * A draft's text, read-only, numbered by the shared numbering function, each block marked with its
 * stable id (`data-block-text`) so a selection can be turned into a comment anchor, and whatever
 * `aside` gives for a block (its comment threads) shown right after it, where it was made.
 */
export function DraftText({
  document,
  language,
  aside,
}: {
  document: unknown;
  language: string;
  aside?: BlockAside;
}) {
  const read = readDocumentJson(document);
  if (!read.ok) return <p className="error">{read.problems[0]?.message}</p>;
  const numbering = numberDocument(read.doc);
  const blocks: ReactNode[] = [];
  const numberOf = (id: string) => numbering.paragraphNumber(id);
  const visit = (node: Node, pos: number, parent: Node | null, parentPos: number) => {
    if (node.isTextblock) {
      const owner = TEXT_OF_PARENT.has(node.type.name) ? parent : node;
      const ownerPos = TEXT_OF_PARENT.has(node.type.name) ? parentPos : pos;
      const id = owner === null ? '' : String(owner.attrs.id ?? '');
      const numbered = numbering.at(ownerPos);
      const label = numbered?.label ?? '';
      const heading = node.type.name === 'title' || node.type.name.endsWith('heading');
      const Tag = node.type.name === 'title' ? 'h2' : heading ? 'h3' : 'p';
      blocks.push(
        <div key={`${pos}`} className={`text-block text-${node.type.name}`} data-block-id={id || undefined}>
          <Tag className="text-line">
            {label !== '' && <span className="number">{label} </span>}
            <span data-block-text={id || undefined}>{inline(node, language, numberOf)}</span>
          </Tag>
          {id !== '' && aside?.({ id, label, kind: numbered?.kind, text: node.textContent })}
        </div>,
      );
      return;
    }
    node.forEach((child, offset) => {
      visit(child, pos + 1 + offset, node, pos);
    });
  };
  read.doc.forEach((child, offset) => {
    visit(child, offset, null, -1);
  });
  return (
    <div className="draft-text" lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
      {blocks}
    </div>
  );
}
