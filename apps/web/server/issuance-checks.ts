import { type Draft as DocumentDraft, numberDocument, validate } from '@rapporteur/document';
import type { IssuanceChecks } from '@rapporteur/lifecycle';
import type { Store } from '@rapporteur/store';
import { documentDraftOf } from './draft-content';

function numberedParagraphs(draft: DocumentDraft): number {
  return numberDocument(draft.doc).labels.filter((label) => label.kind === 'paragraph').length;
}

/**
 * Runs the issuance checks on a draft the server holds, for a `recordChecks` event (clients never
 * supply the results): numbering — the document has no structural problem; symbols — every inline
 * symbol parses; language parity — the text has as many numbered paragraphs as each version of the
 * same symbol already published in another language.
 */
export async function runIssuanceChecks(
  store: Store,
  draft: DocumentDraft,
  symbol: string,
  language: string,
): Promise<IssuanceChecks> {
  const problems = validate(draft.doc);
  const symbolProblems = problems.filter((p) => p.code === 'invalid-symbol').map((p) => p.message);
  const otherProblems = problems.filter((p) => p.code !== 'invalid-symbol').map((p) => p.message);
  const count = numberedParagraphs(draft);
  const parityProblems: string[] = [];
  for (const other of await store.published.list({ symbol })) {
    if (other.language === language) continue;
    const otherCount = numberedParagraphs(documentDraftOf(other));
    if (otherCount !== count) {
      parityProblems.push(
        `the ${other.language} text has ${otherCount} numbered paragraphs, this one ${count}`,
      );
    }
  }
  return {
    numbering: { passed: otherProblems.length === 0, problems: otherProblems },
    symbols: { passed: symbolProblems.length === 0, problems: symbolProblems },
    languageParity: { passed: parityProblems.length === 0, problems: parityProblems },
  };
}
