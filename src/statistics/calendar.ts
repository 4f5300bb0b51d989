import { addDays, addMonths } from '../graphql/dates';

/**
 * The calendar behind the rollups (migrations/1765200000000-Statistics.ts): a rollup row holds the sum of one day
 * ('D'), ISO week from Monday ('W'), month ('M') or year ('Y'), under the first day of that period (`bucket`). A set
 * of days is read as the fewest such rows: whole years, then whole months, then single days.
 */
export type Grain = 'Y' | 'M' | 'W' | 'D';

/** Rows of one grain whose bucket lies in [lo, hi] (dates YYYY-MM-DD; lo may be '-infinity'). */
export interface BucketRange {
  grain: Grain;
  lo: string;
  hi: string;
}

export const yearStart = (d: string) => `${d.slice(0, 4)}-01-01`;
export const monthStart = (d: string) => `${d.slice(0, 7)}-01`;
/** Monday of the ISO week of `d`. */
export function weekStart(d: string): string {
  const day = new Date(`${d}T00:00:00Z`).getUTCDay();
  return addDays(d, -((day + 6) % 7));
}
const monthEnd = (d: string) => addDays(addMonths(monthStart(d), 1), -1);
const yearEnd = (d: string) => `${d.slice(0, 4)}-12-31`;

/** Every day up to and including `d`: earlier years, earlier months of its year, days of its month. */
export function upTo(d: string): BucketRange[] {
  const y0 = yearStart(d);
  const m0 = monthStart(d);
  const ranges: BucketRange[] = [{ grain: 'Y', lo: '-infinity', hi: addMonths(y0, -12) }];
  if (m0 > y0) ranges.push({ grain: 'M', lo: y0, hi: addMonths(m0, -1) });
  ranges.push({ grain: 'D', lo: m0, hi: d });
  return ranges;
}

/** The days of [from, to] (from ≤ to) as whole years, whole months and single days. */
export function between(from: string, to: string): BucketRange[] {
  const ranges: BucketRange[] = [];
  const months = (a: string, b: string) => {
    // [a, b] within one year
    if (a > b) return;
    const firstFull = a === monthStart(a) ? a : addMonths(monthStart(a), 1);
    const lastFull = b === monthEnd(b) ? monthStart(b) : addMonths(monthStart(b), -1);
    if (firstFull > lastFull) {
      ranges.push({ grain: 'D', lo: a, hi: b });
      return;
    }
    if (a < firstFull) ranges.push({ grain: 'D', lo: a, hi: addDays(firstFull, -1) });
    ranges.push({ grain: 'M', lo: firstFull, hi: lastFull });
    const afterLast = addMonths(lastFull, 1);
    if (afterLast <= b) ranges.push({ grain: 'D', lo: afterLast, hi: b });
  };
  const firstFullYear = from === yearStart(from) ? from : addMonths(yearStart(from), 12);
  const lastFullYear = to === yearEnd(to) ? yearStart(to) : addMonths(yearStart(to), -12);
  if (firstFullYear > lastFullYear) {
    if (yearStart(from) === yearStart(to)) months(from, to);
    else {
      months(from, yearEnd(from));
      months(yearStart(to), to);
    }
    return ranges;
  }
  if (from < firstFullYear) months(from, addDays(firstFullYear, -1));
  ranges.push({ grain: 'Y', lo: firstFullYear, hi: lastFullYear });
  const afterLast = addMonths(lastFullYear, 12);
  if (afterLast <= to) months(afterLast, to);
  return ranges;
}

export type Interval = 'WEEK' | 'MONTH' | 'YEAR';

/** One period of a time series, clipped to the asked range, and the rows that sum to it. */
export interface Period {
  start: string;
  end: string;
  /** "2025", "2025-03" or "2025-W10" (ISO week of its Monday). */
  label: string;
  ranges: BucketRange[];
}

function isoWeekLabel(monday: string): string {
  // The ISO year and week of a Monday: those of its Thursday.
  const thursday = addDays(monday, 3);
  const jan1 = yearStart(thursday);
  const week = Math.floor((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${jan1}T00:00:00Z`)) / 86_400_000 / 7) + 1;
  return `${thursday.slice(0, 4)}-W${String(week).padStart(2, '0')}`;
}

/** The periods of a series between `from` and `to` (inclusive), the first and last clipped to them. */
export function periods(from: string, to: string, interval: Interval): Period[] {
  const out: Period[] = [];
  const startOf = interval === 'WEEK' ? weekStart : interval === 'MONTH' ? monthStart : yearStart;
  const next = (s: string) => (interval === 'WEEK' ? addDays(s, 7) : addMonths(s, interval === 'MONTH' ? 1 : 12));
  const grain: Grain = interval === 'WEEK' ? 'W' : interval === 'MONTH' ? 'M' : 'Y';
  for (let s = startOf(from); s <= to; s = next(s)) {
    const e = addDays(next(s), -1);
    const start = s < from ? from : s;
    const end = e > to ? to : e;
    const whole = start === s && end === e;
    out.push({
      start,
      end,
      label: interval === 'WEEK' ? isoWeekLabel(s) : interval === 'MONTH' ? s.slice(0, 7) : s.slice(0, 4),
      ranges: whole ? [{ grain, lo: s, hi: s }] : interval === 'WEEK' ? [{ grain: 'D', lo: start, hi: end }] : between(start, end),
    });
  }
  return out;
}

/** Ranges of several sets as parallel arrays for `unnest($1::int[], $2::text[], $3::date[], $4::date[])`. */
export function rangeArrays(sets: BucketRange[][]): [number[], string[], string[], string[]] {
  const index: number[] = [];
  const grains: string[] = [];
  const los: string[] = [];
  const his: string[] = [];
  sets.forEach((ranges, i) => {
    for (const r of ranges) {
      index.push(i);
      grains.push(r.grain);
      los.push(r.lo);
      his.push(r.hi);
    }
  });
  return [index, grains, los, his];
}
