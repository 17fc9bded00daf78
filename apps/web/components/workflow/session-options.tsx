/**
 * The sessions as the options of a select (their ids as values, their labels as text), the same
 * wherever someone chooses a session: filtering the dashboard or starting a draft.
 */
export function SessionOptions({ sessions }: { sessions: ReadonlyArray<{ id: string; label: string }> }) {
  return sessions.map((choice) => (
    <option key={choice.id} value={choice.id}>
      {choice.label}
    </option>
  ));
}
