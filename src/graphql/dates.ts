import type { GraphQLScalarType } from 'graphql';

const vnDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The last day computed, and the instants it spans ([from, until) in ms since the epoch). */
let lastDay: { day: string; from: number; until: number } | null = null;

/**
 * Today's date in Việt Nam (Asia/Ho_Chi_Minh), as YYYY-MM-DD: the date legal effect is judged on. Formatting a date in
 * a time zone is slow and every request asks: the day is kept with the instants it spans (the zone has kept +07:00
 * since 1975; the span is checked against the formatter's own answer before it is kept).
 */
export function todayInVietnam(now?: Date): string {
  const t = now ? now.getTime() : Date.now();
  if (lastDay && t >= lastDay.from && t < lastDay.until) return lastDay.day;
  const day = vnDate.format(now ?? new Date(t));
  const from = Date.parse(`${day}T00:00:00+07:00`);
  const until = from + 86_400_000;
  if (t >= from && t < until) lastDay = { day, from, until };
  return day;
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds calendar months (and years) to a YYYY-MM-DD date, clamping to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Today in Việt Nam, in SQL (for SELECT lists, where a parameter would upset the COUNT of a page). */
export const SQL_TODAY = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar date written YYYY-MM-DD (no 2025-02-29): what graphql-scalars' LocalDate accepts. */
export function isCalendarDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/**
 * Makes a LocalDate scalar's output check cheap: graphql-scalars checks each date it sends by building a Date and
 * printing it back (a list of licences with their events sends thousands). The same rule without the Date: a value
 * it would refuse still goes to its own serialize, which throws its own error.
 */
export function fastLocalDateOutput(scalar: GraphQLScalarType): void {
  const checked = scalar.serialize.bind(scalar);
  scalar.serialize = (value: unknown) => (typeof value === 'string' && isCalendarDate(value) ? value : checked(value));
}
