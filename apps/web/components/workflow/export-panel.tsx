'use client';

import { useId, useState } from 'react';
import { ui } from '../../lib/ui-strings';

const FORMATS = ['html', 'txt', 'docx', 'pdf', 'akn'] as const;
type Format = (typeof FORMATS)[number];

/** The file name the server gave in Content-Disposition, else one made from the draft and format. */
function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]!);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1]! : fallback;
}

/**
 * Preview and download of a draft in every export format. Exports (PDF above all) take a while, so
 * each download shows its progress; a draft with problems is exported anyway, marked not valid, and
 * the problems are listed.
 */
export function ExportPanel({ draftId }: { draftId: string }) {
  const [working, setWorking] = useState<Format | null>(null);
  const [status, setStatus] = useState<string>('');
  const [problems, setProblems] = useState<string[]>([]);
  const [preview, setPreview] = useState(false);
  const headingId = useId();
  const base = `/api/drafts/${encodeURIComponent(draftId)}/export`;

  const download = async (format: Format) => {
    const name = ui.exports.formats[format]!;
    setWorking(format);
    setStatus(ui.exports.preparing(name));
    try {
      let response = await fetch(`${base}/${format}`, { credentials: 'same-origin', cache: 'no-store' });
      if (response.status === 422) {
        const body = (await response.json()) as { error?: { problems?: Array<{ message?: string }> } };
        setProblems((body.error?.problems ?? []).map((problem) => String(problem.message ?? '')));
        response = await fetch(`${base}/${format}?force=true`, {
          credentials: 'same-origin',
          cache: 'no-store',
        });
      } else setProblems([]);
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
        setStatus(body.error?.message ?? ui.common.serverAnswered(response.status));
        return;
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response, `draft.${format}`);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(ui.exports.ready(name));
    } catch {
      setStatus(ui.common.unreachable);
    } finally {
      setWorking(null);
    }
  };

  return (
    <section className="workflow-panel export-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{ui.exports.title}</h2>
      <div className="actions">
        <button type="button" aria-expanded={preview} onClick={() => setPreview(!preview)}>
          {ui.exports.preview}
        </button>
        {FORMATS.map((format) => (
          <button key={format} type="button" disabled={working !== null} onClick={() => download(format)}>
            {ui.exports.download(ui.exports.formats[format]!)}
          </button>
        ))}
      </div>
      <p role="status" className="export-status">
        {working !== null && <progress aria-label={status} />} {status}
      </p>
      {problems.length > 0 && (
        <div className="problems">
          <p>{ui.exports.problems}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {preview && (
        <iframe
          className="preview"
          title={ui.exports.previewTitle}
          src={`${base}/html?force=true`}
          sandbox=""
        />
      )}
    </section>
  );
}
