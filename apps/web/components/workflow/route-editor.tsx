'use client';

import { ROLES, type Role, type Route, type RouteStep } from '@rapporteur/lifecycle';
import { type FormEvent, useId, useRef, useState } from 'react';
import { ui } from '../../lib/ui-strings';
import { FieldError } from './field-error';
import { FormActions } from './form-actions';
import { PRESET_ROUTES, type PresetRouteKey } from './review-routes';

/** A step being edited, with a key that follows it when steps are moved. */
interface EditedStep {
  readonly key: number;
  readonly step: RouteStep;
}

/** A step as the server wants it: the title left out when it is blank (a blank title is refused). */
function cleanStep(step: RouteStep): RouteStep {
  const title = step.title?.trim() ?? '';
  if (step.kind === 'role') return title === '' ? { kind: 'role', role: step.role } : { ...step, title };
  const { title: _blank, ...person } = step;
  return title === '' ? person : { ...person, title };
}

/**
 * Edits a draft's review route while it is drafted: start from a preset route, then reorder, add or
 * remove steps, choose who approves each and how the office calls it. Sends the route only when
 * asked; the server checks it.
 */
export function RouteEditor({
  current,
  busy,
  onSubmit,
  onCancel,
}: {
  current: Route;
  busy: boolean;
  onSubmit: (route: Route) => void;
  onCancel: () => void;
}) {
  const nextKey = useRef(current.length);
  const [steps, setSteps] = useState<EditedStep[]>(() => current.map((step, key) => ({ key, step })));
  const [error, setError] = useState<string | null>(null);
  const baseId = useId();
  const keyed = (route: Route) =>
    route.map((step) => {
      nextKey.current += 1;
      return { key: nextKey.current, step };
    });
  const change = (index: number, step: RouteStep) =>
    setSteps((now) => now.map((entry, i) => (i === index ? { ...entry, step } : entry)));
  const move = (index: number, by: -1 | 1) =>
    setSteps((now) => {
      const moved = [...now];
      const [entry] = moved.splice(index, 1);
      if (entry !== undefined) moved.splice(index + by, 0, entry);
      return moved;
    });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (steps.length === 0) {
      setError(ui.routeEditor.empty);
      return;
    }
    setError(null);
    onSubmit(steps.map((entry) => cleanStep(entry.step)));
  };

  return (
    <form className="event-form route-editor" onSubmit={submit}>
      <fieldset>
        <legend>{ui.routeEditor.presets}</legend>
        <div className="actions">
          {(Object.keys(PRESET_ROUTES) as PresetRouteKey[]).map((key) => (
            <button key={key} type="button" onClick={() => setSteps(keyed(PRESET_ROUTES[key].route))}>
              {ui.routeEditor.presetLabel(PRESET_ROUTES[key].label)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset aria-describedby={error ? `${baseId}-error` : undefined}>
        <legend>{ui.routeEditor.steps}</legend>
        <ol className="route-steps">
          {steps.map(({ key, step }, index) => {
            const n = index + 1;
            const roleId = `${baseId}-role-${key}`;
            const titleId = `${baseId}-title-${key}`;
            return (
              <li key={key}>
                {step.kind === 'role' ? (
                  <div className="field">
                    <label htmlFor={roleId}>{ui.routeEditor.role(n)}</label>
                    <select
                      id={roleId}
                      value={step.role}
                      onChange={(event) => change(index, { ...step, role: event.target.value as Role })}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ui.roles[role] ?? role}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : (
                  <p>{ui.routeEditor.person(n, step.name ?? step.userId)}</p>
                )}
                <div className="field">
                  <label htmlFor={titleId}>{ui.routeEditor.title(n)}</label>
                  <input
                    id={titleId}
                    value={step.title ?? ''}
                    onChange={(event) => change(index, { ...step, title: event.target.value })}
                  />
                </div>
                <div className="actions">
                  <button type="button" disabled={index === 0} onClick={() => move(index, -1)}>
                    {ui.routeEditor.moveUp(n)}
                  </button>
                  <button type="button" disabled={index === steps.length - 1} onClick={() => move(index, 1)}>
                    {ui.routeEditor.moveDown(n)}
                  </button>
                  <button type="button" onClick={() => setSteps((now) => now.filter((_, i) => i !== index))}>
                    {ui.routeEditor.remove(n)}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          onClick={() => setSteps((now) => [...now, ...keyed([{ kind: 'role', role: 'reviewer' }])])}
        >
          {ui.routeEditor.add}
        </button>
      </fieldset>
      <FieldError id={`${baseId}-error`} message={error} />
      <FormActions submitLabel={ui.routeEditor.submit} busy={busy} onCancel={onCancel} />
    </form>
  );
}
