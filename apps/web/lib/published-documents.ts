import { draftFormat, draftFormatVersion, numberDocument, readDraft, validate } from '@rapporteur/document';
import { documentCss, htmlFragment } from '@rapporteur/export';
import type { PublishedText } from '@rapporteur/store';
import {
  isOfficialLanguage,
  type OfficialLanguage,
  parseJointSymbol,
  undocsLinkConfig,
} from '@rapporteur/symbols';
import { getStore } from '../server/store';

/** A published text ready for the public page: its symbol, language, title, and official HTML. */
export interface PublishedPage {
  readonly symbol: string;
  readonly language: OfficialLanguage;
  readonly title: string;
  readonly html: string;
  readonly css: string;
  /** The languages this symbol is published in, for links to the other versions. */
  readonly languages: OfficialLanguage[];
}

/** Why a public page cannot be shown: the text is not a symbol, or nothing is published under it. */
export type PublishedLookup =
  | { readonly ok: true; readonly page: PublishedPage }
  | { readonly ok: false; readonly reason: 'not-a-symbol' | 'not-published'; readonly message: string };

/**
 * Finds the text published under a symbol (in the asked language, else the first published one)
 * and renders it with the export package's HTML, exactly as the HTML export prints it, with the
 * paragraph anchors and symbol links. Input from the URL is parsed as a symbol first, so nothing
 * that is not a symbol reaches the database or the page.
 */
export async function findPublishedPage(written: string, askedLanguage?: string): Promise<PublishedLookup> {
  const parsed = parseJointSymbol(written);
  if (!parsed.ok) {
    return {
      ok: false,
      reason: 'not-a-symbol',
      message: `“${written}” is not a UN document symbol: ${parsed.error.message}.`,
    };
  }
  const symbol = parsed.symbol.text;
  const store = await getStore();
  const versions = await store.published.list({ symbol });
  if (versions.length === 0) {
    return {
      ok: false,
      reason: 'not-published',
      message: `No document has been published under the symbol ${symbol}.`,
    };
  }
  const chosen =
    versions.find((version) => version.language === askedLanguage) ?? (versions[0] as PublishedText);
  const read = readDraft({
    format: draftFormat,
    version: draftFormatVersion,
    metadata: chosen.metadata,
    document: chosen.document,
  });
  if (!read.ok)
    throw new Error(
      `The published text ${symbol} (${chosen.language}) does not read: ${read.problems[0]?.message}`,
    );
  const { draft } = read;
  const numbering = numberDocument(draft.doc);
  const html = htmlFragment({
    draft,
    numbering,
    links: undocsLinkConfig,
    valid: validate(draft.doc, numbering).length === 0,
    paper: 'a4',
  });
  return {
    ok: true,
    page: {
      symbol,
      language: draft.metadata.language,
      title: draft.doc.firstChild?.textContent ?? symbol,
      html,
      css: documentCss('a4'),
      languages: versions.map((version) => version.language).filter(isOfficialLanguage),
    },
  };
}

/** Every published symbol with its languages, newest first, for the home page. */
export async function listPublished(): Promise<
  Array<{ symbol: string; languages: string[]; title: string }>
> {
  const store = await getStore();
  const all = await store.published.list();
  const bySymbol = new Map<string, { symbol: string; languages: string[]; title: string }>();
  for (const text of all) {
    const entry = bySymbol.get(text.symbol) ?? { symbol: text.symbol, languages: [], title: titleOf(text) };
    entry.languages.push(text.language);
    bySymbol.set(text.symbol, entry);
  }
  return [...bySymbol.values()];
}

function titleOf(text: PublishedText): string {
  const read = readDraft({
    format: draftFormat,
    version: draftFormatVersion,
    metadata: text.metadata,
    document: text.document,
  });
  return read.ok ? (read.draft.doc.firstChild?.textContent ?? text.symbol) : text.symbol;
}
