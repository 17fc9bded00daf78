'use client';

import { type FormEvent, useState } from 'react';
import { callApi } from '../../components/workflow/api-client';
import { FieldError } from '../../components/workflow/field-error';
import { ui } from '../../lib/ui-strings';
import { useHydrated } from '../../lib/use-hydrated';

type Problems = Partial<Record<'bodyId' | 'code' | 'facts', string[]>>;

/** Which field of the form an API error path belongs to. */
function fieldOf(path: string | undefined): keyof Problems {
  if (path?.startsWith('bodyId')) return 'bodyId';
  if (path?.startsWith('code')) return 'code';
  return 'facts';
}

/**
 * Adds a session from a facts file: the file is read in the browser and sent as JSON; every problem
 * the server finds in the facts is listed at the file field with its path.
 */
export function NewSessionForm({ bodies }: { bodies: ReadonlyArray<{ id: string; code: string }> }) {
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('facts');
    let facts: unknown;
    try {
      facts = JSON.parse(file instanceof File ? await file.text() : '');
    } catch (error) {
      setProblems({ facts: [ui.sessions.fileUnreadable((error as Error).message)] });
      return;
    }
    setBusy(true);
    const result = await callApi<{ session: { id: string } }>('/api/sessions', {
      method: 'POST',
      body: { bodyId: String(form.get('bodyId')), code: String(form.get('code')).trim(), facts },
    });
    setBusy(false);
    if (result.ok) {
      window.location.assign(`/sessions/${encodeURIComponent(result.data.session.id)}`);
      return;
    }
    const listed = Array.isArray(result.details.problems)
      ? (result.details.problems as Array<{ path: string; message: string }>).map(
          (p) => `${p.path}: ${p.message}`,
        )
      : [result.message];
    setProblems({ [fieldOf(result.path)]: listed });
  };
  const invalid = (field: keyof Problems) =>
    problems[field] ? { 'aria-invalid': true, 'aria-describedby': `new-session-${field}-error` } : {};
  return (
    <form className="stacked-form" onSubmit={submit}>
      <label>
        {ui.sessions.body}
        <select name="bodyId" {...invalid('bodyId')}>
          {bodies.map((body) => (
            <option key={body.id} value={body.id}>
              {body.code}
            </option>
          ))}
        </select>
      </label>
      <FieldError id="new-session-bodyId-error" message={problems.bodyId?.join(' ')} />
      <label>
        {ui.sessions.code}
        <span className="hint">{ui.sessions.codeHint}</span>
        <input name="code" required {...invalid('code')} />
      </label>
      <FieldError id="new-session-code-error" message={problems.code?.join(' ')} />
      <label>
        {ui.sessions.file}
        <input name="facts" type="file" accept="application/json,.json" required {...invalid('facts')} />
      </label>
      {problems.facts && (
        <ul id="new-session-facts-error" role="alert" className="field-error">
          {problems.facts.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div>
        <button type="submit" disabled={busy || !hydrated}>
          {ui.sessions.createSubmit}
        </button>
      </div>
    </form>
  );
}
