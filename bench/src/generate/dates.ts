/** Dates as whole days since 1970-01-01 (UTC), written as YYYY-MM-DD; the registry's calendar rules. */
const MS_PER_DAY = 86_400_000;
const BASE = dayOf('1990-01-01');
const ISO: string[] = [];

export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function iso(day: number): string {
  const i = day - BASE;
  return (ISO[i] ??= new Date(day * MS_PER_DAY).toISOString().slice(0, 10));
}

/** Calendar months, clamped to the month's last day (as src/graphql/dates.ts addMonths). */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(year, month, Math.min(d.getUTCDate(), last)) / MS_PER_DAY);
}

/** Today in Việt Nam (the date legal effect is judged on). */
export function todayInVietnam(): number {
  return dayOf(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()));
}

/** An instant on a day, in Việt Nam office hours, as a timestamptz literal. */
const TIMES = Array.from(
  { length: 24 * 60 },
  (_, m) => ` ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+07`,
);
export function instant(day: number, minuteOfDay: number): string {
  return iso(day) + TIMES[minuteOfDay];
}
