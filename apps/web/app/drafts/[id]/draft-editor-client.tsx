'use client';

import { AddendumEditor } from '@rapporteur/editor';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { type DraftLoad, loadDraft, saveDraft, signIn } from './draft-api';

/** The signed-in editor page's body: loads the draft, or asks to sign in first. */
export function DraftEditorClient({ draftId }: { draftId: string }) {
  const [load, setLoad] = useState<DraftLoad | null>(null);
  const reload = useCallback(() => {
    loadDraft(draftId).then(setLoad, () =>
      setLoad({ kind: 'error', message: 'The server cannot be reached; try again when online.' }),
    );
  }, [draftId]);
  useEffect(reload, [reload]);
  const save = useCallback(
    (document: unknown, baseVersion: number) => saveDraft(draftId, document, baseVersion),
    [draftId],
  );

  if (load === null) return <p>Loading the draft…</p>;
  if (load.kind === 'sign-in') return <SignIn onSignedIn={reload} />;
  if (load.kind === 'error') return <p role="alert">{load.message}</p>;
  const { draft, sessionDocuments } = load;
  return (
    <article className="draft-editor">
      <h1>{draft.symbol || draft.title}</h1>
      <p>{draft.standing}</p>
      <AddendumEditor
        draftId={draft.id}
        document={draft.document}
        version={draft.version}
        language={draft.language}
        readyParts={draft.readOnlyParts}
        sessionDocuments={sessionDocuments}
        save={save}
      />
    </article>
  );
}

/** The sign-in form shown when the API answers that nobody is signed in. */
function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const problem = await signIn(String(form.get('email')), String(form.get('password')));
    if (problem === null) onSignedIn();
    else setError(problem);
  };
  return (
    <form onSubmit={submit} aria-label="Sign in">
      <h1>Sign in to edit this draft</h1>
      <label>
        E-mail <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit">Sign in</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
