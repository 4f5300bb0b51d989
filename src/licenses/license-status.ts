import type { LicenseEventRecord } from './license.entity';
import { LicenseStatus } from './license.enums';

/** The part of an event that decides the status (both the SQL function license_status_on and this agree). */
export type StatusEvent = Pick<LicenseEventRecord, 'seq' | 'effectiveOn' | 'resultingStatus' | 'expiresOnAfter' | 'suspendedUntil'>;

/**
 * The status of a licence on `date` (YYYY-MM-DD) from its events: the last event effective on or before the
 * date, then expiry (EXPIRED the day after `expiresOn`) and the end of a dated suspension applied to the date.
 * Null before the licence took effect. Mirrors the SQL function license_status_on (migrations/…-Licences.ts).
 */
export function statusOn(events: readonly StatusEvent[], date: string): LicenseStatus | null {
  let last: StatusEvent | null = null;
  for (const ev of events) {
    if (
      ev.effectiveOn <= date &&
      (!last || ev.effectiveOn > last.effectiveOn || (ev.effectiveOn === last.effectiveOn && ev.seq > last.seq))
    ) {
      last = ev;
    }
  }
  if (!last) return null;
  if (last.resultingStatus === LicenseStatus.REVOKED || last.resultingStatus === LicenseStatus.SURRENDERED) return last.resultingStatus;
  if (last.expiresOnAfter && last.expiresOnAfter < date) return LicenseStatus.EXPIRED;
  if (last.resultingStatus === LicenseStatus.SUSPENDED && last.suspendedUntil && last.suspendedUntil < date) return LicenseStatus.ACTIVE;
  return last.resultingStatus;
}
