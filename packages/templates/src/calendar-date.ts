/** A day of the calendar, as the facts give it ("2019-05-22"), without time or zone. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Reads a YYYY-MM-DD date; the facts schema has checked it is a real calendar date. */
export function parseCalendarDate(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

const key = (date: CalendarDate) => date.year * 10000 + date.month * 100 + date.day;

/** Dates in calendar order without repeats: meetings on the same day name the day once. */
export function distinctSortedDates(dates: readonly CalendarDate[]): CalendarDate[] {
  const byKey = new Map<number, CalendarDate>();
  for (const date of dates) byKey.set(key(date), date);
  return [...byKey.entries()].sort(([a], [b]) => a - b).map(([, date]) => date);
}

/** Dates grouped by year, then by month within the year, in calendar order. */
export interface YearOfDates {
  readonly year: number;
  readonly months: ReadonlyArray<{ readonly month: number; readonly days: readonly number[] }>;
}

/**
 * Groups sorted distinct dates by year and month, the shape most languages print them in
 * ("22 and 23 May 2019", "31 May and 1 June 2019", "31 December 2019 and 1 January 2020").
 */
export function groupDates(dates: readonly CalendarDate[]): YearOfDates[] {
  const years: Array<{ year: number; months: Array<{ month: number; days: number[] }> }> = [];
  for (const date of distinctSortedDates(dates)) {
    let year = years[years.length - 1];
    if (year?.year !== date.year) {
      year = { year: date.year, months: [] };
      years.push(year);
    }
    let month = year.months[year.months.length - 1];
    if (month?.month !== date.month) {
      month = { month: date.month, days: [] };
      year.months.push(month);
    }
    month.days.push(date.day);
  }
  return years;
}
