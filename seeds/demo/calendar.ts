import { todayInVietnam } from '../../src/graphql/dates';

/** The demo registry's days: whole days since 1970 (UTC dates), and instants of Vietnamese working hours. */
export const DAY_MS = 86_400_000;
export const VN_OFFSET_MS = 7 * 3_600_000;
export const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const vnDate = (day: number) => isoOf(day).split('-').reverse().join('/');
/** An instant on a Vietnamese working day, minutes after 07:30 local time. */
export const instant = (day: number, minutesAfter0730: number) => day * DAY_MS - VN_OFFSET_MS + (7.5 * 60 + minutesAfter0730) * 60_000;

export const FIRST_DAY = dayOf('2019-01-02');
/** Last day of the demo history; today when run earlier, so no date is ever in the future. */
export const LAST_DAY = Math.min(dayOf('2026-06-30'), dayOf(todayInVietnam()));
export const TWO_TIER_FROM = dayOf('2025-07-01');
