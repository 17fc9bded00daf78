import { ui } from '../../lib/ui-strings';

/**
 * The submit and cancel buttons that end a form opened inside a panel (a new comment, an event's
 * reason, the route editor): submitting is off while the form's request is under way, cancelling
 * closes the form without sending anything.
 */
export function FormActions({
  submitLabel,
  busy,
  onCancel,
}: {
  submitLabel: string;
  busy: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="actions">
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {ui.common.cancel}
      </button>
    </div>
  );
}
