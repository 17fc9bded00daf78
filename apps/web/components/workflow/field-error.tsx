/** The error of one field, shown right under it and announced; nothing when the field is fine. */
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (message === undefined || message === null || message === '') return null;
  return (
    <p id={id} role="alert" className="field-error">
      {message}
    </p>
  );
}
