'use client';

import { type FormEvent, useId, useState } from 'react';
import { callApi } from '../../components/workflow/api-client';
import { ui } from '../../lib/ui-strings';
import { useHydrated } from '../../lib/use-hydrated';

/** The sign-in form: e-mail and password, the API's answer shown under the form when it refuses. */
export function LoginForm({ returnTo }: { returnTo: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const errorId = useId();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await callApi('/api/auth/login', {
      method: 'POST',
      body: { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') },
    });
    if (result.ok) {
      window.location.assign(returnTo);
      return;
    }
    setBusy(false);
    setError(result.message);
  };
  return (
    <form
      className="stacked-form"
      method="post"
      onSubmit={submit}
      aria-describedby={error ? errorId : undefined}
    >
      <label>
        {ui.login.email}
        <input name="email" type="email" autoComplete="username" required aria-invalid={error !== null} />
      </label>
      <label>
        {ui.login.password}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error !== null}
        />
      </label>
      {error && (
        <p id={errorId} role="alert" className="error">
          {error}
        </p>
      )}
      <div>
        <button type="submit" disabled={busy || !hydrated}>
          {busy ? ui.login.signingIn : ui.login.submit}
        </button>
      </div>
    </form>
  );
}
