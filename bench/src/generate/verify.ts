import type { Client } from 'pg';
import { dayOf, iso } from './dates';
import { ALLOWED_FROM, statusAfter, Stored } from './lifecycle';
import type { Reference } from './reference';

/**
 * Checks the generated registry against the registry's own rules, in SQL where the rule lives there:
 * - every address derived by the database's trigger as the generator assumed (for the authorities' territory);
 * - every licence held by an entity of a kind its type allows (license_type.entity_kinds);
 * - for a sample of licences: the row cache equals the state of the last event, the events follow the transition
 *   table on their dates, dates never go backwards, and license_status_on() agrees with the rule on every date that
 *   matters (each event, the day before, expiry ± 1, today);
 * - for a sample of events: the signing authority existed, was competent (competence table + its functions) and
 *   covered the holder on the decision date — the licence service's own check.
 * Returns the problems found (none expected).
 */
export async function verify(db: Client, ref: Reference, today: number, sampleLicences: number): Promise<string[]> {
  const problems: string[] = [];

  const derived = await db.query<{
    unit_version: number;
    ward_code: string;
    district_code: string | null;
    commune_code_2025: string | null;
    province_code: string;
    province_code_2025: string | null;
  }>(`SELECT DISTINCT unit_version, ward_code, district_code, commune_code_2025, province_code, province_code_2025 FROM regulated_entity`);
  const wards = new Map([...ref.wards2024, ...ref.wards2025].map((w) => [`${w.version}:${w.code}`, w]));
  for (const d of derived.rows) {
    const w = wards.get(`${d.unit_version}:${d.ward_code}`);
    if (
      !w ||
      w.districtCode !== d.district_code ||
      w.communeCode2025 !== d.commune_code_2025 ||
      w.provinceCode !== d.province_code ||
      w.provinceCode2025 !== d.province_code_2025
    ) {
      problems.push(
        `ward ${d.unit_version}:${d.ward_code}: the trigger derived ${JSON.stringify(d)}, the generator assumed ${JSON.stringify(w)}`,
      );
    }
  }

  const [{ n: wrongKind }] = (
    await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM license l JOIN regulated_entity e ON e.id = l.holder_id JOIN license_type t ON t.code = l.license_type
        WHERE NOT e.kind = ANY(t.entity_kinds)`,
    )
  ).rows;
  if (wrongKind) problems.push(`${wrongKind} licences held by an entity of a kind their type does not allow`);

  // A sample of licences: every n-th by id order is spread over all kinds and years.
  const { rows: licences } = await db.query<{
    id: string;
    status: Stored;
    expires_on: string | null;
    suspended_until: string | null;
    reapply_not_before: string | null;
    number: string;
    last_effective_on: string;
    version: number;
    events: {
      seq: number;
      type: keyof typeof ALLOWED_FROM | 'ISSUED';
      effective_on: string;
      decision_date: string;
      resulting_status: Stored;
      expires_on_after: string | null;
      suspended_until: string | null;
      reapply_not_before: string | null;
      number_after: string;
    }[];
  }>(
    `SELECT l.id, l.status, l.expires_on, l.suspended_until, l.reapply_not_before, l.number, l.last_effective_on, l.version,
            (SELECT json_agg(json_build_object('seq', ev.seq, 'type', ev.type, 'effective_on', ev.effective_on, 'decision_date', ev.decision_date,
                    'resulting_status', ev.resulting_status, 'expires_on_after', ev.expires_on_after, 'suspended_until', ev.suspended_until,
                    'reapply_not_before', ev.reapply_not_before, 'number_after', ev.number_after) ORDER BY ev.seq)
               FROM license_event ev WHERE ev.license_id = l.id) AS events
       FROM license l TABLESAMPLE SYSTEM ($1) REPEATABLE (14)`,
    [Math.min(100, Math.max(0.001, (100 * sampleLicences) / Math.max(1, await count(db, 'license'))))],
  );
  const dayOrNull = (v: string | null) => (v === null ? null : dayOf(v));
  const pairs: { id: string; date: string; expected: string | null }[] = [];
  for (const l of licences) {
    const ev = l.events;
    const last = ev[ev.length - 1];
    const cacheOk =
      l.status === last.resulting_status &&
      l.expires_on === last.expires_on_after &&
      l.suspended_until === last.suspended_until &&
      l.reapply_not_before === last.reapply_not_before &&
      l.number === last.number_after &&
      l.last_effective_on === last.effective_on &&
      l.version === ev.length;
    if (!cacheOk) problems.push(`licence ${l.id}: the row cache differs from its last event`);
    const statusOn = (d: number, upTo = ev.length) => {
      let found: (typeof ev)[number] | null = null;
      for (let i = 0; i < upTo; i++) if (dayOf(ev[i].effective_on) <= d) found = ev[i];
      return found
        ? statusAfter(
            {
              status: found.resulting_status,
              expires: dayOrNull(found.expires_on_after),
              suspendedUntil: dayOrNull(found.suspended_until),
            },
            d,
          )
        : null;
    };
    const dates = new Set<number>([today]);
    ev.forEach((e, i) => {
      if (e.seq !== i + 1) problems.push(`licence ${l.id}: events are not numbered 1..n`);
      const d = dayOf(e.effective_on);
      dates.add(d).add(d - 1);
      if (e.expires_on_after) dates.add(dayOf(e.expires_on_after)).add(dayOf(e.expires_on_after) + 1);
      if (dayOf(e.decision_date) > today || d > today) problems.push(`licence ${l.id}: event ${e.seq} is after today`);
      if (i === 0) return;
      if (e.effective_on < ev[i - 1].effective_on) problems.push(`licence ${l.id}: event ${e.seq} goes back in time`);
      const before = statusOn(d, i);
      if (!before || !ALLOWED_FROM[e.type as keyof typeof ALLOWED_FROM].includes(before)) {
        problems.push(`licence ${l.id}: ${e.type} on ${e.effective_on} from ${before}`);
      }
    });
    for (const d of dates) pairs.push({ id: l.id, date: iso(d), expected: statusOn(d) });
  }
  if (pairs.length) {
    const { rows } = await db.query<{ i: number; status: string | null }>(
      `SELECT t.i, license_status_on(t.id, t.d) AS status FROM unnest($1::uuid[], $2::date[]) WITH ORDINALITY AS t(id, d, i)`,
      [pairs.map((p) => p.id), pairs.map((p) => p.date)],
    );
    for (const r of rows) {
      const p = pairs[r.i - 1];
      if (p.expected !== r.status)
        problems.push(`licence ${p.id} on ${p.date}: license_status_on says ${r.status}, the rule ${p.expected}`);
    }
  }

  // The licence service's authority check (checkAuthority) on a sample of events.
  const [{ n: badAuthority }] = (
    await db.query<{ n: number }>(
      `SELECT count(*) AS n
         FROM license_event ev TABLESAMPLE SYSTEM (0.5) REPEATABLE (7)
         JOIN license l ON l.id = ev.license_id JOIN regulated_entity e ON e.id = l.holder_id JOIN authority a ON a.code = ev.authority_code
        WHERE NOT (a.valid_from <= ev.decision_date AND (a.valid_to IS NULL OR a.valid_to >= ev.decision_date)
          AND EXISTS (SELECT 1 FROM license_type_competence c
                        JOIN authority_function f ON f.authority_code = a.code AND f.function = c.authority_function
                         AND f.valid_from <= ev.decision_date AND (f.valid_to IS NULL OR f.valid_to >= ev.decision_date)
                       WHERE c.license_type = l.license_type AND c.authority_level = a.level
                         AND c.valid_from <= ev.decision_date AND (c.valid_to IS NULL OR c.valid_to >= ev.decision_date))
          AND CASE a.level WHEN 'DISTRICT_PEOPLES_COMMITTEE' THEN e.district_code IS NOT DISTINCT FROM a.unit_code
                           WHEN 'COMMUNE_PEOPLES_COMMITTEE' THEN e.commune_code_2025 IS NOT DISTINCT FROM a.unit_code
                           WHEN 'PROVINCIAL_DEPARTMENT' THEN e.province_code = a.province_code OR e.province_code_2025 = a.province_code
                           WHEN 'PROVINCIAL_PEOPLES_COMMITTEE' THEN e.province_code = a.province_code OR e.province_code_2025 = a.province_code
                           ELSE true END)`,
    )
  ).rows;
  if (badAuthority) problems.push(`${badAuthority} sampled events signed by an authority that could not sign them then`);
  return problems;
}

async function count(db: Client, table: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT reltuples::bigint AS n FROM pg_class WHERE oid = $1::regclass`, [table]);
  return Math.max(1, rows[0]?.n ?? 1);
}
