'use client';

import { AddendumEditor, type PresencePerson, type SessionDocument } from '@rapporteur/editor';
import { isOfficialLanguage } from '@rapporteur/symbols';
import type { TemplateContainment } from '@rapporteur/templates';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { IssuancePanel } from '../../../components/workflow/issuance-panel';
import { LifecyclePanel } from '../../../components/workflow/lifecycle-panel';
import { useDraft } from '../../../components/workflow/use-draft';
import { loadSessionDocuments, loadTemplateContainment, readOnlyPartsOf } from './draft-api';
import { draftCollabServer } from './draft-collab';

/** Who is signed in and the staff's names, which the server page reads for the lifecycle panel. */
export interface DraftEditorClientProps {
  readonly draftId: string;
  readonly people: Readonly<Record<string, string>>;
  readonly me: string;
}

/**
 * The editor page's body: the draft in the editor, co-edited live through the step protocol, with
 * the lifecycle panel beside it listing who is in the draft. Both share one copy of the draft
 * (`useDraft`): marking a part ready or reopening it there, or a `lifecycle` event from the draft's
 * stream (someone else acted, or an edit recorded its author), reloads it, so read-only parts follow
 * at once and the panel acts on the current version.
 */
export function DraftEditorClient({ draftId, people, me }: DraftEditorClientProps) {
  const shared = useDraft(draftId);
  const { draft, reload } = shared;
  const [sessionDocuments, setSessionDocuments] = useState<SessionDocument[]>([]);
  const sessionId = draft?.sessionId ?? null;
  const language = draft?.language;
  useEffect(() => {
    if (sessionId === null || language === undefined || !isOfficialLanguage(language)) return;
    loadSessionDocuments(sessionId, language).then(setSessionDocuments, () => setSessionDocuments([]));
  }, [sessionId, language]);
  // The template's rules are read before the editor opens (it enforces them from its first key).
  const template = typeof draft?.metadata?.template === 'string' ? draft.metadata.template : null;
  const [containment, setContainment] = useState<
    { readonly rules: TemplateContainment | null } | { readonly error: string } | null
  >(null);
  const known = draft !== null;
  useEffect(() => {
    if (!known) return;
    loadTemplateContainment(template).then(
      (rules) => setContainment({ rules }),
      (error: unknown) =>
        setContainment({ error: `The draft's template could not be read: ${(error as Error).message}` }),
    );
  }, [known, template]);
  const server = useMemo(() => draftCollabServer(draftId), [draftId]);
  const [present, setPresent] = useState<readonly PresencePerson[]>([]);
  const onLifecycle = useCallback(() => void reload(), [reload]);
  const lifecycle = draft?.lifecycle;
  const readyParts = useMemo(() => (lifecycle ? readOnlyPartsOf(lifecycle) : []), [lifecycle]);

  if (draft === null)
    return <p role={shared.error ? 'alert' : undefined}>{shared.error ?? 'Loading the draft…'}</p>;
  if (containment !== null && 'error' in containment) return <p role="alert">{containment.error}</p>;
  if (containment === null) return <p>Loading the draft…</p>;
  if (!isOfficialLanguage(draft.language)) {
    return <p role="alert">The draft's language "{draft.language}" is not an official language.</p>;
  }
  return (
    <article className="draft-editor">
      <h1>{draft.symbol || draft.title}</h1>
      <p>{draft.lifecycle.description}</p>
      <div className="editor-layout">
        <AddendumEditor
          draftId={draft.id}
          language={draft.language}
          readyParts={readyParts}
          lockedIds={draft.lockedIds}
          containment={containment.rules}
          sessionDocuments={sessionDocuments}
          server={server}
          onPeople={setPresent}
          onLifecycle={onLifecycle}
        />
        <aside className="draft-workflow" aria-label="Lifecycle">
          <LifecyclePanel state={shared} people={people} me={me} present={present} />
          <IssuancePanel state={shared} />
        </aside>
      </div>
    </article>
  );
}
