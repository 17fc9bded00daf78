'use client';

import { type PresencePerson, personColour } from '@rapporteur/editor';
import type { AvailableEvent } from '@rapporteur/lifecycle';
import { type FormEvent, useId, useState } from 'react';
import { eventButtonLabel, ui } from '../../lib/ui-strings';
import type { AuditEntryJson } from './draft-types';
import { FieldError } from './field-error';
import { FormActions } from './form-actions';
import { describeNextActors } from './next-actors';
import { RouteEditor } from './route-editor';
import { sendEvent } from './send-event';
import type { DraftState } from './use-draft';

/** Events this panel offers; editing happens in the editor and issuance in its own panel. */
const PANEL_EVENTS = new Set([
  'markReady',
  'reopen',
  'markNoActionTaken',
  'submit',
  'approve',
  'return',
  'withdraw',
  'openCorrigendum',
  'changeRoute',
]);

/** Events that ask the user for words first: a reason to return (required), a comment to approve. */
const NEEDS_TEXT: Readonly<
  Record<string, { field: 'reason' | 'comment'; required: boolean; label: string }>
> = {
  return: { field: 'reason', required: true, label: ui.panel.reason },
  approve: { field: 'comment', required: false, label: ui.panel.approveComment },
  withdraw: { field: 'reason', required: false, label: ui.panel.reason },
};

/** Whether an event's button opens a form (for its words, or the route editor) instead of acting at once. */
function opensForm(type: string): boolean {
  return NEEDS_TEXT[type] !== undefined || type === 'changeRoute';
}

function whoDid(entry: AuditEntryJson, people: Readonly<Record<string, string>>): string {
  const who = (entry.data as { who?: { name?: string } } | null | undefined)?.who;
  return who?.name ?? (entry.actor === null ? '' : (people[entry.actor] ?? ''));
}

/** Each person once (someone may have the draft open in several tabs), in the order they came. */
function distinctPeople(present: readonly PresencePerson[]): PresencePerson[] {
  const seen = new Set<string>();
  return present.filter((person) => !seen.has(person.userId) && seen.add(person.userId));
}

/**
 * The lifecycle panel beside a draft: where it stands, who is in it now (beside the editor), its
 * route step by step and who acts next, the actions this user may take now (only those the server
 * offers), and the history with reasons.
 */
export function LifecyclePanel({
  state,
  people = {},
  me = '',
  present,
}: {
  state: DraftState;
  people?: Readonly<Record<string, string>>;
  me?: string;
  /** The people with the draft open (the editor's presence list); the section shows only when given. */
  present?: readonly PresencePerson[];
}) {
  const { draft, events } = state;
  const [message, setMessage] = useState<string | null>(null);
  const [asking, setAsking] = useState<AvailableEvent | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  if (draft === null) return <p>{state.error ?? ui.common.loading}</p>;
  const { lifecycle } = draft;
  const here = present ? distinctPeople(present) : null;
  const actions = draft.availableEvents.filter((event) => PANEL_EVENTS.has(event.type));

  const act = async (event: AvailableEvent, fields: Record<string, unknown> = {}) => {
    const payload: Record<string, unknown> = { type: event.type, ...fields };
    if (event.part !== undefined) payload.part = event.part;
    setBusy(true);
    setMessage(null);
    const outcome = await sendEvent(draft.id, draft.version, payload);
    setBusy(false);
    if (!outcome.ok) setMessage(outcome.message);
    else setAsking(null);
    await state.reload();
  };

  return (
    <section className="workflow-panel lifecycle-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{ui.panel.title}</h2>
      <h3>{ui.panel.standing}</h3>
      <p className="standing" data-phase={lifecycle.phase}>
        <strong>{ui.phases[lifecycle.phase] ?? lifecycle.phase}.</strong> {lifecycle.description}
      </p>
      {lifecycle.lastReturn && lifecycle.phase === 'drafting' && (
        <p className="returned">{ui.panel.returned(lifecycle.lastReturn.reason)}</p>
      )}
      {here && (
        <>
          <h3>{ui.panel.present}</h3>
          {here.every((person) => person.userId === me) ? (
            <p className="muted">{ui.panel.presentAlone}</p>
          ) : (
            <ul className="present" aria-label={ui.panel.present}>
              {here.map((person) => (
                <li key={person.userId} data-user-id={person.userId}>
                  <span
                    aria-hidden="true"
                    style={{
                      display: 'inline-block',
                      width: '0.7em',
                      height: '0.7em',
                      borderRadius: '50%',
                      marginInlineEnd: '0.4em',
                      background: personColour(person.userId),
                    }}
                  />
                  {person.name}
                  {person.userId === me ? ` (${ui.panel.you})` : ''}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h3>{ui.panel.route}</h3>
      <ol className="route">
        {lifecycle.route.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a route is positional and always replaced whole
          <li key={`${index}-${step.label}`} data-status={step.status}>
            {step.label}{' '}
            <span className="muted">
              (
              {step.status === 'approved'
                ? ui.panel.stepApproved
                : step.status === 'current'
                  ? ui.panel.stepCurrent
                  : ui.panel.stepPending}
              )
            </span>
          </li>
        ))}
      </ol>
      <h3>{ui.panel.nextActors}</h3>
      <p className="next-actors">{describeNextActors(lifecycle.nextActors, people, me)}</p>
      <h3>{ui.panel.actions}</h3>
      {actions.length === 0 ? (
        <p className="muted">{ui.panel.noActions}</p>
      ) : (
        <div className="actions">
          {actions.map((event) => (
            <button
              key={`${event.type}-${event.part ?? ''}`}
              type="button"
              disabled={busy}
              aria-expanded={opensForm(event.type) ? asking === event : undefined}
              onClick={() => (opensForm(event.type) ? setAsking(event) : act(event))}
            >
              {eventButtonLabel(event.type, event.part)}
            </button>
          ))}
        </div>
      )}
      {asking?.type === 'changeRoute' ? (
        <RouteEditor
          current={lifecycle.route.map((progress) => progress.step)}
          busy={busy}
          onCancel={() => setAsking(null)}
          onSubmit={(route) => act(asking, { route })}
        />
      ) : (
        asking && (
          <EventTextForm
            key={asking.type}
            event={asking}
            busy={busy}
            onCancel={() => setAsking(null)}
            onSubmit={(text) => act(asking, text === '' ? {} : { [NEEDS_TEXT[asking.type]!.field]: text })}
          />
        )
      )}
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      <h3>{ui.panel.history}</h3>
      {events.length === 0 ? (
        <p className="muted">{ui.panel.historyEmpty}</p>
      ) : (
        <ol className="history">
          {events.map((entry, index) => (
            <li key={String(entry.id ?? index)}>
              <time dateTime={entry.at}>{entry.at.slice(0, 16).replace('T', ' ')}</time>{' '}
              <span>{whoDid(entry, people)}</span> —{' '}
              <span>{ui.panel.historyEntry(entry.action, entry.from, entry.to)}</span>
              {entry.reason && <q className="reason">{entry.reason}</q>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Asks for the reason (or comment) an event carries, then sends it; a required reason must be given. */
function EventTextForm({
  event,
  busy,
  onCancel,
  onSubmit,
}: {
  event: AvailableEvent;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (text: string) => void;
}) {
  const needs = NEEDS_TEXT[event.type]!;
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();
  const submit = (form: FormEvent<HTMLFormElement>) => {
    form.preventDefault();
    const text = String(new FormData(form.currentTarget).get('text') ?? '').trim();
    if (needs.required && text === '') {
      setError(ui.panel.reasonRequired);
      return;
    }
    onSubmit(text);
  };
  return (
    <form className="event-form" onSubmit={submit}>
      <label htmlFor={fieldId}>{needs.label}</label>
      <textarea
        id={fieldId}
        name="text"
        rows={3}
        aria-invalid={error !== null}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        // biome-ignore lint/a11y/noAutofocus: the form opens on the user's request; focus goes where they type
        autoFocus
      />
      <FieldError id={`${fieldId}-error`} message={error} />
      <FormActions submitLabel={eventButtonLabel(event.type, event.part)} busy={busy} onCancel={onCancel} />
    </form>
  );
}
