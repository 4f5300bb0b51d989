import { LicenseStatus } from './license.types';

/** The part of an event that decides the status (both the SQL function license_status_on and this agree). */
export interface StatusEvent {
  seq: number;
  effective_on: string;
  resulting_status: LicenseStatus;
  expires_on_after: string | null;
  suspended_until: string | null;
}

/**
 * The status of a licence on `date` (YYYY-MM-DD) from its events: the last event effective on or before the
 * date, then expiry (EXPIRED the day after `expiresOn`) and the end of a dated suspension applied to the date.
 * Null before the licence took effect. Mirrors the SQL function license_status_on (migrations/…-Licences.ts).
 */
export function statusOn(events: readonly StatusEvent[], date: string): LicenseStatus | null {
  let last: StatusEvent | null = null;
  for (const ev of events) {
    if (
      ev.effective_on <= date &&
      (!last || ev.effective_on > last.effective_on || (ev.effective_on === last.effective_on && ev.seq > last.seq))
    ) {
      last = ev;
    }
  }
  if (!last) return null;
  if (last.resulting_status === LicenseStatus.REVOKED || last.resulting_status === LicenseStatus.SURRENDERED) return last.resulting_status;
  if (last.expires_on_after && last.expires_on_after < date) return LicenseStatus.EXPIRED;
  if (last.resulting_status === LicenseStatus.SUSPENDED && last.suspended_until && last.suspended_until < date) return LicenseStatus.ACTIVE;
  return last.resulting_status;
}
