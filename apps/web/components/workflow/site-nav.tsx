import { ui } from '../../lib/ui-strings';
import { currentUser } from './server-api';
import { SignOutButton } from './sign-out-button';

/** The staff links of the header: the dashboard, sessions and a new draft, and signing in or out. */
export async function SiteNav() {
  const user = await currentUser();
  if (user === undefined) {
    return (
      <nav aria-label="Account" className="site-nav">
        <a href="/login">{ui.nav.signIn}</a>
      </nav>
    );
  }
  return (
    <nav aria-label="Staff" className="site-nav">
      <a href="/dashboard">{ui.nav.dashboard}</a>
      <a href="/sessions">{ui.nav.sessions}</a>
      {user.roles.includes('drafter') && <a href="/drafts/new">{ui.nav.newDraft}</a>}
      <span className="muted">{ui.nav.signedInAs(user.displayName)}</span>
      <SignOutButton />
    </nav>
  );
}
