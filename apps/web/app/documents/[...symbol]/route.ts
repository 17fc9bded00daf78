import { escapeHtmlAttribute, escapeHtmlText } from '@rapporteur/export';
import { findPublishedPage } from '../../../lib/published-documents';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const languageNames: Readonly<Record<string, string>> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ru: 'Русский',
};

/** The files a reader can download, with their labels, in the order shown. */
const downloadFormats: ReadonlyArray<readonly [string, string]> = [
  ['pdf', 'PDF'],
  ['docx', 'Word (DOCX)'],
  ['html', 'HTML'],
  ['akn', 'Akoma Ntoso XML'],
  ['txt', 'Text'],
];

/** A whole HTML page around the given body, with the public bar on top. */
function page(
  status: number,
  title: string,
  lang: string,
  dir: string,
  head: string,
  body: string,
): Response {
  const html = `<!DOCTYPE html>
<html lang="${escapeHtmlAttribute(lang)}" dir="${escapeHtmlAttribute(dir)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtmlText(title)} · Rapporteur</title>
<style>
body { margin: 0; font-family: system-ui, "Noto Sans", sans-serif; }
.public-bar { display: flex; gap: 1.5rem; align-items: center; border-bottom: 1px solid #d0d0d0; padding: 0.75rem 1.5rem; direction: ltr; }
.public-bar a { color: #0b5ea8; }
.public-bar .brand { font-weight: 700; color: #1a1a1a; text-decoration: none; }
.message { max-width: 40rem; margin: 3rem auto; padding: 0 1.5rem; }
${head}
</style>
</head>
<body>
<nav class="public-bar" aria-label="Rapporteur" lang="en" dir="ltr"><a class="brand" href="/">Rapporteur</a></nav>
${body}
</body>
</html>
`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/**
 * The public page of a published text, `/documents/<symbol>` (no login): the official HTML with
 * `#para-N` anchors and symbol links, and links to the other language versions. A path that is not
 * a symbol, or a symbol with nothing published, is a 404 page that says which.
 */
export async function GET(
  request: Request,
  context: { params: Promise<{ symbol: string[] }> },
): Promise<Response> {
  const { symbol } = await context.params;
  const written = symbol.map((segment) => decodeURIComponent(segment)).join('/');
  const asked = new URL(request.url).searchParams.get('lang') ?? undefined;
  const lookup = await findPublishedPage(written, asked);
  if (!lookup.ok) {
    return page(
      404,
      'Not found',
      'en',
      'ltr',
      '',
      `<main class="message"><h1>Not found</h1><p>${escapeHtmlText(lookup.message)}</p></main>`,
    );
  }
  const { page: published } = lookup;
  const others = published.languages
    .filter((language) => language !== published.language)
    .map(
      (language) =>
        `<a href="?lang=${escapeHtmlAttribute(language)}" hreflang="${escapeHtmlAttribute(language)}" lang="${escapeHtmlAttribute(language)}">${escapeHtmlText(languageNames[language] ?? language)}</a>`,
    )
    .join(' ');
  const versions = others ? `<p class="other-languages" lang="en" dir="ltr">Also in: ${others}</p>` : '';
  const downloadBase = `/api/published/${published.symbol}?lang=${published.language}&format=`;
  const downloads = `<p class="downloads" lang="en" dir="ltr">Download: ${downloadFormats
    .map(
      ([format, label]) =>
        `<a href="${escapeHtmlAttribute(downloadBase + format)}" download>${escapeHtmlText(label)}</a>`,
    )
    .join(' ')}</p>`;
  return page(
    200,
    `${published.symbol} — ${published.title}`,
    published.language,
    published.language === 'ar' ? 'rtl' : 'ltr',
    `.other-languages, .downloads { padding: 0 1.5rem; direction: ltr; }\n.downloads a { margin-inline-end: 1rem; }\n${published.css}`,
    `${versions}${downloads}<main>${published.html}</main>`,
  );
}
