'use client';

import type { IssuanceChecks } from '@rapporteur/lifecycle';
import { type FormEvent, useId, useState } from 'react';
import { ui } from '../../lib/ui-strings';
import type { AuditEntryJson } from './draft-types';
import { sendEvent } from './send-event';
import type { DraftState } from './use-draft';

/** The outcome of the last issuance checks, read from the history (the server records them there). */
function lastChecks(events: readonly AuditEntryJson[]): IssuanceChecks | null {
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const entry = events[i]!;
    if (entry.action === 'assignSymbol') return null;
    if (entry.action !== 'recordChecks') continue;
    const event = (entry.data as { event?: { checks?: IssuanceChecks } } | null)?.event;
    return event?.checks ?? null;
  }
  return null;
}

/**
 * Issuance, for documents officers once the route has approved the draft: assign the final symbol,
 * run the issuance checks (the server runs them on the text it holds) and see each pass or fail,
 * then issue; afterwards, the link to the public page.
 */
export function IssuancePanel({ state }: { state: DraftState }) {
  const { draft, events } = state;
  const [message, setMessage] = useState<{ field: 'symbol' | 'form'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const symbolId = useId();
  if (draft === null) return null;
  const { phase, symbol } = draft.lifecycle;
  if (phase !== 'approved' && phase !== 'issuance' && phase !== 'issued') return null;
  const can = (type: string) => draft.availableEvents.some((event) => event.type === type);
  const checks = symbol === null ? null : lastChecks(events);
  const suggested =
    symbol ?? (draft.symbol || String((draft.metadata as { symbol?: unknown } | null)?.symbol ?? ''));

  const send = async (event: Record<string, unknown>, field: 'symbol' | 'form' = 'form') => {
    setBusy(true);
    setMessage(null);
    const outcome = await sendEvent(draft.id, draft.version, event);
    setBusy(false);
    if (!outcome.ok)
      setMessage({ field: outcome.path?.includes('symbol') ? 'symbol' : field, text: outcome.message });
    await state.reload();
  };
  const assign = (form: FormEvent<HTMLFormElement>) => {
    form.preventDefault();
    const value = String(new FormData(form.currentTarget).get('symbol') ?? '').trim();
    void send({ type: 'assignSymbol', symbol: value }, 'symbol');
  };

  return (
    <section className="workflow-panel issuance-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{ui.issuance.title}</h2>
      {phase === 'issued' && symbol !== null ? (
        <p>
          {ui.issuance.published(symbol)} <a href={`/documents/${symbol}`}>{ui.issuance.publicPage}</a>
        </p>
      ) : (
        <>
          {can('assignSymbol') ? (
            <form className="inline-form" onSubmit={assign}>
              <label htmlFor={symbolId}>{ui.issuance.symbol}</label>
              <input
                id={symbolId}
                name="symbol"
                defaultValue={suggested}
                required
                aria-invalid={message?.field === 'symbol'}
                aria-describedby={message?.field === 'symbol' ? `${symbolId}-error` : undefined}
              />
              <button type="submit" disabled={busy}>
                {ui.issuance.assign}
              </button>
              {message?.field === 'symbol' && (
                <p id={`${symbolId}-error`} role="alert" className="field-error">
                  {message.text}
                </p>
              )}
            </form>
          ) : (
            symbol !== null && (
              <p>
                {ui.issuance.symbol}: <span className="symbol">{symbol}</span>
              </p>
            )
          )}
          {symbol !== null && (
            <>
              <h3>{ui.issuance.checks}</h3>
              {checks === null ? (
                <p className="muted">{ui.issuance.notRun}</p>
              ) : (
                <ul className="checks">
                  {(Object.keys(ui.issuance.checkNames) as Array<keyof IssuanceChecks>).map((name) => (
                    <li key={name} data-check={name} data-passed={checks[name].passed}>
                      {ui.issuance.checkNames[name]}:{' '}
                      <strong>{checks[name].passed ? ui.issuance.passed : ui.issuance.failed}</strong>
                      {checks[name].problems.length > 0 && (
                        <ul>
                          {checks[name].problems.map((problem) => (
                            <li key={problem}>{problem}</li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          <div className="actions">
            {can('recordChecks') && (
              <button type="button" disabled={busy} onClick={() => send({ type: 'recordChecks' })}>
                {ui.issuance.runChecks}
              </button>
            )}
            {can('issue') && (
              <button type="button" disabled={busy} onClick={() => send({ type: 'issue' })}>
                {ui.issuance.issue}
              </button>
            )}
          </div>
          {busy && <p role="status">{ui.common.working}</p>}
          {message?.field === 'form' && (
            <p role="alert" className="error">
              {message.text}
            </p>
          )}
        </>
      )}
    </section>
  );
}
