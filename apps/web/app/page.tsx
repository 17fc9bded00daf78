import { listPublished } from '../lib/published-documents';

export const dynamic = 'force-dynamic';

/** The home page: what Rapporteur is, and the texts published so far, each linked to its public page. */
export default async function HomePage() {
  const published = await listPublished();
  return (
    <>
      <h1>Rapporteur</h1>
      <p className="muted">Drafting, approval and publication of the addenda of a session report.</p>
      <h2>Published documents</h2>
      {published.length === 0 ? (
        <p>Nothing has been published yet.</p>
      ) : (
        <ul className="document-list">
          {published.map((entry) => (
            <li key={entry.symbol}>
              <a className="symbol" href={`/documents/${entry.symbol}`}>
                {entry.symbol}
              </a>{' '}
              <span lang={entry.languages[0]}>{entry.title}</span>{' '}
              <span className="muted">({entry.languages.join(', ')})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
