'use client';

import { useState } from 'react';
import { ui } from '../../lib/ui-strings';
import { useHydrated } from '../../lib/use-hydrated';
import { callApi } from './api-client';

/** Signs the user out (the API revokes the session and clears the cookie), then opens the sign-in page. */
export function SignOutButton() {
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated();
  const signOut = async () => {
    const result = await callApi('/api/auth/logout', { method: 'POST' });
    if (result.ok || result.status === 401) window.location.assign('/login');
    else setError(result.message);
  };
  return (
    <>
      <button type="button" className="link-button" onClick={signOut} disabled={!hydrated}>
        {ui.nav.signOut}
      </button>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </>
  );
}
