'use client';

import { type FormEvent, useState } from 'react';
import { callApi } from '../../../components/workflow/api-client';
import { FieldError } from '../../../components/workflow/field-error';
import { PRESET_ROUTES, type PresetRouteKey } from '../../../components/workflow/review-routes';
import { SessionOptions } from '../../../components/workflow/session-options';
import { ui } from '../../../lib/ui-strings';
import { useHydrated } from '../../../lib/use-hydrated';

/** A session the drafter may choose, with its agenda items. */
export interface SessionOption {
  readonly id: string;
  readonly label: string;
  readonly items: ReadonlyArray<{ number: number; title: string; languages: readonly string[] }>;
}

/** A template folder and the languages it has phrases for. */
export interface TemplateOption {
  readonly name: string;
  readonly languages: readonly string[];
}

const FIELDS = ['sessionId', 'item', 'template', 'language', 'route'] as const;
type Field = (typeof FIELDS)[number];

/** Which field an API error path belongs to (`item`, `language`, `route`, or a facts path → session). */
function fieldOf(path: string | undefined): Field | 'form' {
  if (path === undefined) return 'form';
  const head = path.split(/[.[]/)[0] ?? '';
  if ((FIELDS as readonly string[]).includes(head)) return head as Field;
  if (head === 'facts' || head === 'agenda') return 'sessionId';
  return 'form';
}

/**
 * The new-draft form: session, agenda item, template, language and route. On success the new
 * draft opens in the editor; a refusal is shown at the field it concerns.
 */
export function NewDraftForm({
  sessions,
  templates,
}: {
  sessions: readonly SessionOption[];
  templates: readonly TemplateOption[];
}) {
  const [sessionId, setSessionId] = useState(sessions[0]?.id ?? '');
  const [template, setTemplate] = useState(templates[0]?.name ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const session = sessions.find((candidate) => candidate.id === sessionId);
  const languages = templates.find((candidate) => candidate.name === template)?.languages ?? [];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const routeKey = String(form.get('route')) as PresetRouteKey;
    setBusy(true);
    setErrors({});
    const result = await callApi<{ draft: { id: string } }>('/api/drafts', {
      method: 'POST',
      body: {
        sessionId,
        item: Number(form.get('item')),
        template,
        language: String(form.get('language')),
        route: PRESET_ROUTES[routeKey]?.route ?? PRESET_ROUTES.default.route,
      },
    });
    if (result.ok) {
      window.location.assign(`/drafts/${encodeURIComponent(result.data.draft.id)}`);
      return;
    }
    setBusy(false);
    setErrors({ [fieldOf(result.path)]: result.message });
  };

  const invalid = (field: Field) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : {};
  return (
    <form className="stacked-form" onSubmit={submit}>
      <label>
        {ui.newDraft.session}
        <select
          name="sessionId"
          value={sessionId}
          onChange={(e) => setSessionId(e.target.value)}
          {...invalid('sessionId')}
        >
          <SessionOptions sessions={sessions} />
        </select>
      </label>
      <FieldError id="sessionId-error" message={errors.sessionId} />
      <label>
        {ui.newDraft.item}
        <select name="item" key={sessionId} {...invalid('item')}>
          {(session?.items ?? []).map((item) => (
            <option key={item.number} value={item.number}>
              {item.number}. {item.title}
            </option>
          ))}
        </select>
      </label>
      <FieldError id="item-error" message={errors.item} />
      <label>
        {ui.newDraft.template}
        <select
          name="template"
          value={template}
          onChange={(e) => setTemplate(e.target.value)}
          {...invalid('template')}
        >
          {templates.map((choice) => (
            <option key={choice.name} value={choice.name}>
              {choice.name}
            </option>
          ))}
        </select>
      </label>
      <FieldError id="template-error" message={errors.template} />
      <label>
        {ui.newDraft.language}
        <select name="language" defaultValue="en" {...invalid('language')}>
          {languages.map((language) => (
            <option key={language} value={language}>
              {ui.languages[language] ?? language}
            </option>
          ))}
        </select>
      </label>
      <FieldError id="language-error" message={errors.language} />
      <fieldset {...invalid('route')}>
        <legend>{ui.newDraft.route}</legend>
        {(Object.keys(PRESET_ROUTES) as PresetRouteKey[]).map((key) => (
          <label key={key} className="choice">
            <input type="radio" name="route" value={key} defaultChecked={key === 'default'} />
            {PRESET_ROUTES[key].label}
          </label>
        ))}
      </fieldset>
      <FieldError id="route-error" message={errors.route} />
      <FieldError id="form-error" message={errors.form} />
      <div>
        <button type="submit" disabled={busy || session === undefined || !hydrated}>
          {busy ? ui.newDraft.creating : ui.newDraft.submit}
        </button>
      </div>
    </form>
  );
}
