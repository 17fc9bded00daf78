import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteNav } from '../components/workflow/site-nav';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Rapporteur', template: '%s · Rapporteur' },
  description: 'Drafting, approval and publication of the addenda of a session report.',
};

/** The frame of every page: the product's name, the staff links, a skip link for keyboard users, and the page. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <a href="/" className="brand">
            Rapporteur
          </a>
          <SiteNav />
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
