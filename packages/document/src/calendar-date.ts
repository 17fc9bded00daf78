/**
 * Whether a string is a real calendar date written YYYY-MM-DD (no 31 June, no 29 February 2019).
 * Dates are days, not instants: a draft's date and a session's meeting dates are checked with it,
 * so both readers accept and refuse the same strings.
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
