import type { Metadata } from 'next';
import { ui } from '../../lib/ui-strings';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: ui.login.title };

/** Where a sign-in may send the user back to: a path on this site, never another site. */
function safeReturn(next: string | string[] | undefined): string {
  const path = typeof next === 'string' ? next : '';
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/dashboard';
}

/** The sign-in page; after signing in, the user goes back where they were sent from (or the dashboard). */
export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next } = await searchParams;
  return (
    <>
      <h1>{ui.login.title}</h1>
      <p className="muted">{ui.login.intro}</p>
      <LoginForm returnTo={safeReturn(next)} />
    </>
  );
}
