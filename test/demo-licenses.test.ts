import { seedDemoEntities } from '../seeds/demo';
import { seedDemoLicenses } from '../seeds/demo-licenses';
import { Role } from '../src/auth/roles';
import { todayInVietnam } from '../src/graphql/dates';
import { graphql } from './gql';
import { startTestApp, TestApp } from './helpers/app';

const STATUSES = ['ACTIVE', 'SUSPENDED', 'REVOKED', 'SURRENDERED', 'EXPIRED'] as const;

/** What must come out the same on every run (not the uuids). */
const ROWS_SQL = `SELECT l.number, l.license_type, license_status_on(l.id, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS status,
    e.registry_code, l.issuing_authority_code, l.decision_date::text, l.expires_on::text,
    (SELECT count(*)::int FROM license_event ev WHERE ev.license_id = l.id) AS events
  FROM license l JOIN regulated_entity e ON e.id = l.holder_id
  ORDER BY l.issuing_authority_code, l.license_type, l.number`;

async function seed(app: TestApp): Promise<{ licenses: number; events: number; ms: number }> {
  return app.dataSource.transaction(async (m) => {
    await seedDemoEntities(m, { provinceCode: '75' });
    const started = Date.now();
    const r = await seedDemoLicenses(m);
    return { ...r, ms: Date.now() - started };
  });
}

let t: TestApp;
let secret: string;
let seeded: { licenses: number; events: number; ms: number };

beforeAll(async () => {
  t = await startTestApp();
  seeded = await seed(t);
  secret = await t.key(Role.DEPARTMENT_OFFICER);
});
afterAll(() => t.close());

test('seeds a few hundred licences of every kind', async () => {
  const byType = await t.sql(`SELECT license_type, count(*)::int AS n FROM license GROUP BY 1 ORDER BY 1`);
  const byStatus = await t.sql(
    `SELECT license_status_on(id, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS status, count(*)::int AS n FROM license GROUP BY 1 ORDER BY 1`,
  );
  const byEvent = await t.sql(`SELECT type, count(*)::int AS n FROM license_event GROUP BY 1 ORDER BY 1`);
  console.log(JSON.stringify({ seeded, byType, byStatus, byEvent }));
  expect(seeded.licenses).toBeGreaterThan(150);
  expect(seeded.events).toBeGreaterThan(seeded.licenses);
  for (const type of [
    'GAME_POINT_CERTIFICATE',
    'POSTAL_LICENSE',
    'PRINTING_LICENSE',
    'PUBLICATION_DISTRIBUTION_REGISTRATION',
    'RADIO_EQUIPMENT_LICENSE',
  ]) {
    expect(byType.map((r) => r.license_type)).toContain(type);
  }
  expect(byType.some((r) => String(r.license_type).startsWith('TELECOM_'))).toBe(true);
  for (const type of ['ISSUED', 'AMENDED', 'RENEWED', 'SUSPENDED', 'REINSTATED', 'REVOKED', 'SURRENDERED']) {
    expect(byEvent.map((r) => r.type)).toContain(type);
  }
});

test('every status occurs today, through GraphQL', async () => {
  for (const status of STATUSES) {
    const r = await t.gql(
      graphql(`
        query DemoLicenceCount($s: [LicenseStatus!]) {
          licenses(filter: { statuses: $s }) {
            totalCount
          }
        }
      `),
      { s: [status] },
      secret,
    );
    expect(r.errors).toBeUndefined();
    expect([status, r.data!.licenses.totalCount > 0]).toEqual([status, true]);
  }
  // A suspended licence today is suspended with no end or an end after today.
  const bad = await t.sql(
    `SELECT l.number FROM license l JOIN license_event ev ON ev.license_id = l.id AND ev.seq = l.version
      WHERE license_status_on(l.id, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) = 'SUSPENDED'
        AND ev.suspended_until IS NOT NULL AND ev.suspended_until < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`,
  );
  expect(bad).toEqual([]);
});

test('game-point certificates follow the regimes of 2013, 2024 and 2025', async () => {
  const rows = await t.sql<{ legal_basis_code: string; level: string; n: number; first: string; last: string }>(
    `SELECT l.legal_basis_code, a.level, count(*)::int AS n, min(l.issued_on)::text AS first, max(l.issued_on)::text AS last
       FROM license l JOIN authority a ON a.code = l.issuing_authority_code
      WHERE l.license_type = 'GAME_POINT_CERTIFICATE' GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const get = (basis: string, level: string) => rows.find((r) => r.legal_basis_code === basis && r.level === level);
  expect(get('ND72-2013', 'PROVINCIAL_DEPARTMENT')!.last < '2024-12-25').toBe(true);
  expect(get('ND147-2024', 'DISTRICT_PEOPLES_COMMITTEE')!.first >= '2024-12-25').toBe(true);
  expect(get('ND147-2024', 'DISTRICT_PEOPLES_COMMITTEE')!.last <= '2025-06-30').toBe(true);
  expect(get('ND147-2024', 'COMMUNE_PEOPLES_COMMITTEE')!.first >= '2025-07-01').toBe(true);
  // Old-regime renewals: once, by at most 6 months, decided on or before the expiry.
  const renewals = await t.sql<{ license_id: string; decision_date: string; before: string; after: string }>(
    `SELECT ev.license_id, ev.decision_date::text, (ev.changes->'expiresOn'->>'before') AS before, (ev.changes->'expiresOn'->>'after') AS after
       FROM license_event ev JOIN license l ON l.id = ev.license_id
      WHERE ev.type = 'RENEWED' AND l.legal_basis_code = 'ND72-2013'`,
  );
  expect(renewals.length).toBeGreaterThan(0);
  expect(new Set(renewals.map((r) => r.license_id)).size).toBe(renewals.length);
  for (const r of renewals) {
    expect(r.decision_date <= r.before).toBe(true);
    const limit = new Date(`${r.before}T00:00:00Z`);
    limit.setUTCMonth(limit.getUTCMonth() + 6);
    expect(r.after <= limit.toISOString().slice(0, 10)).toBe(true);
  }
  // Fraud bars re-application for a year.
  const fraud = await t.sql(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE reapply_not_before = (effective_on + interval '12 months')::date)::int AS ok
       FROM license_event WHERE type = 'REVOKED' AND ground_code = 'FRAUD'`,
  );
  expect(fraud[0].n).toBeGreaterThan(0);
  expect(fraud[0].ok).toBe(fraud[0].n);
});

test('every event keeps the rules of domain.md §3, §5 and §6', async () => {
  const today = todayInVietnam();
  const violations = await t.sql(
    `WITH ev AS (
       SELECT ev.*, l.license_type, l.holder_id, a.level, a.valid_from AS a_from, a.valid_to AS a_to, a.unit_code, a.province_code AS a_province,
              lag(ev.effective_on) OVER (PARTITION BY ev.license_id ORDER BY ev.seq) AS prev_effective,
              lag(ev.seq) OVER (PARTITION BY ev.license_id ORDER BY ev.seq) AS prev_seq
         FROM license_event ev JOIN license l ON l.id = ev.license_id JOIN authority a ON a.code = ev.authority_code)
     SELECT ev.license_id, ev.seq, ev.type,
            concat_ws(',',
              CASE WHEN ev.decision_date > $1::date OR ev.effective_on > $1::date THEN 'future' END,
              CASE WHEN ev.decision_date < ev.a_from OR (ev.a_to IS NOT NULL AND ev.decision_date > ev.a_to) THEN 'authority not valid' END,
              CASE WHEN NOT EXISTS (SELECT 1 FROM license_type_competence c
                       JOIN authority_function f ON f.authority_code = ev.authority_code AND f.function = c.authority_function
                        AND f.valid_from <= ev.decision_date AND (f.valid_to IS NULL OR f.valid_to >= ev.decision_date)
                      WHERE c.license_type = ev.license_type AND c.authority_level = ev.level
                        AND c.valid_from <= ev.decision_date AND (c.valid_to IS NULL OR c.valid_to >= ev.decision_date))
                   THEN 'not competent' END,
              -- A holder recorded with a 2025 commune is judged through the ward mapping (issue 13): the one 2024 district
              -- its commune was formed from, or the 2024 unit the decision named.
              CASE WHEN ev.level = 'DISTRICT_PEOPLES_COMMITTEE' AND ev.unit_code IS DISTINCT FROM coalesce(
                     e.district_code,
                     (SELECT CASE WHEN u.level = 'WARD' THEN u.parent_code ELSE u.code END FROM administrative_unit u
                       WHERE u.version = 2024 AND u.code = ev.holder_unit_2024),
                     (SELECT CASE WHEN count(DISTINCT o.parent_code) = 1 THEN min(o.parent_code) END
                        FROM administrative_unit_mapping m JOIN administrative_unit o ON o.version = 2024 AND o.code = m.old_code
                       WHERE m.level = 'WARD' AND m.new_code = e.ward_code AND e.unit_version = 2025))
                   THEN 'district territory' END,
              CASE WHEN ev.level = 'COMMUNE_PEOPLES_COMMITTEE' AND ev.unit_code IS DISTINCT FROM e.commune_code_2025 THEN 'commune territory' END,
              CASE WHEN ev.level = 'PROVINCIAL_DEPARTMENT' AND ev.a_province NOT IN (e.province_code, coalesce(e.province_code_2025, ''))
                    AND NOT (e.unit_version = 2025 AND ev.a_province = ALL (
                      SELECT o.province_code FROM administrative_unit_mapping m JOIN administrative_unit o ON o.version = 2024 AND o.code = m.old_code
                       WHERE m.level = 'WARD' AND m.new_code = e.ward_code))
                   THEN 'province territory' END,
              CASE WHEN ev.prev_effective IS NOT NULL AND ev.effective_on < ev.prev_effective THEN 'effective_on goes back' END,
              CASE WHEN ev.seq <> coalesce(ev.prev_seq, 0) + 1 THEN 'seq gap' END,
              CASE WHEN ev.type = 'REVOKED' AND NOT EXISTS (SELECT 1 FROM revocation_ground g WHERE g.license_type = ev.license_type AND g.code = ev.ground_code)
                   THEN 'ground' END,
              CASE WHEN ev.decision_date > ev.effective_on + 30 THEN 'decided long after effect' END
            ) AS problems
       FROM ev JOIN regulated_entity e ON e.id = ev.holder_id`,
    [today],
  );
  const bad = violations.filter((v) => v.problems);
  expect(bad.slice(0, 10)).toEqual([]);

  // Licence rows: legal basis in force on the issue date; term within the type's maximum; cache equals the last event.
  const licences = await t.sql(
    `SELECT l.id, l.number,
            concat_ws(',',
              CASE WHEN NOT EXISTS (SELECT 1 FROM license_legal_basis b WHERE b.license_type = l.license_type AND b.code = l.legal_basis_code
                     AND b.valid_from <= l.issued_on AND (b.valid_to IS NULL OR b.valid_to >= l.issued_on)) THEN 'basis' END,
              CASE WHEN t.term_kind = 'YEARS' AND (first.expires_on_after IS NULL OR first.expires_on_after > (l.effective_from + make_interval(months => t.max_term_months))::date) THEN 'term' END,
              CASE WHEN t.term_kind = 'NONE' AND l.expires_on IS NOT NULL THEN 'no term' END,
              CASE WHEN NOT (t.code = ANY (SELECT code FROM license_type WHERE e.kind = ANY (entity_kinds))) THEN 'kind' END,
              CASE WHEN first.type <> 'ISSUED' OR first.effective_on <> l.effective_from THEN 'issue event' END,
              CASE WHEN (l.status, l.expires_on, l.number, l.suspended_until, l.reapply_not_before, l.last_effective_on, l.version)
                        IS DISTINCT FROM (last.resulting_status, last.expires_on_after, last.number_after, last.suspended_until, last.reapply_not_before, last.effective_on, last.seq)
                   THEN 'cache' END,
              CASE WHEN e.status = 'DEREGISTERED' AND license_status_on(l.id, e.deregistered_on + 1) IN ('ACTIVE', 'SUSPENDED') THEN 'live after deregistration' END
            ) AS problems
       FROM license l JOIN license_type t ON t.code = l.license_type JOIN regulated_entity e ON e.id = l.holder_id
       JOIN LATERAL (SELECT * FROM license_event ev WHERE ev.license_id = l.id ORDER BY seq LIMIT 1) first ON true
       JOIN LATERAL (SELECT * FROM license_event ev WHERE ev.license_id = l.id ORDER BY seq DESC LIMIT 1) last ON true`,
  );
  expect(licences.filter((l) => l.problems).slice(0, 10)).toEqual([]);
});

test('the demo keeps the issue-13 rules: one licence in force per holder where the type says so, no issue inside a bar', async () => {
  // In force: from the effective date to the expiry, or to the day before a revocation or surrender took effect.
  const inForce = (l: string) =>
    `(CASE WHEN ${l}.status IN ('REVOKED', 'SURRENDERED') THEN ${l}.last_effective_on - 1 ELSE coalesce(${l}.expires_on, 'infinity') END)`;
  const overlaps = await t.sql(
    `SELECT a.number, b.number AS other FROM license a
       JOIN license b ON b.holder_id = a.holder_id AND b.license_type = a.license_type AND b.id > a.id
       JOIN license_type ty ON ty.code = a.license_type AND ty.one_current_per_holder
      WHERE a.effective_from <= ${inForce('b')} AND b.effective_from <= ${inForce('a')}
        AND a.effective_from <= ${inForce('a')} AND b.effective_from <= ${inForce('b')}`,
  );
  expect(overlaps).toEqual([]);
  const [{ barred }] = await t.sql<{ barred: number }>(
    `SELECT count(*)::int AS barred FROM license n
       JOIN license_event ni ON ni.license_id = n.id AND ni.seq = 1
       JOIN regulated_entity en ON en.id = n.holder_id
       JOIN license o ON o.license_type = n.license_type AND o.id <> n.id AND o.reapply_not_before IS NOT NULL
       JOIN license_event ov ON ov.license_id = o.id AND ov.type = 'REVOKED'
       JOIN regulated_entity eo ON eo.id = o.holder_id
      WHERE (o.holder_id = n.holder_id OR left(eo.tax_code, 10) = left(en.tax_code, 10))
        AND ov.decision_date <= ni.decision_date AND ni.decision_date < o.reapply_not_before`,
  );
  expect(barred).toBe(0);
  // The demo has revocations that bar re-application, and holders of one-current types with several licences over time.
  const [{ bars }] = await t.sql<{ bars: number }>(`SELECT count(*)::int AS bars FROM license WHERE reapply_not_before IS NOT NULL`);
  expect(bars).toBeGreaterThan(0);
});

test('the transition table holds along every history (status on the eve of each step)', async () => {
  const rows = await t.sql<{
    license_id: string;
    seq: number;
    type: string;
    decision_date: string;
    effective_on: string;
    prev_status: string;
    prev_expires: string | null;
    prev_until: string | null;
  }>(
    `SELECT ev.license_id, ev.seq, ev.type, ev.decision_date::text, ev.effective_on::text,
            (SELECT p.resulting_status FROM license_event p WHERE p.license_id = ev.license_id AND p.seq = ev.seq - 1) AS prev_status,
            (SELECT p.expires_on_after::text FROM license_event p WHERE p.license_id = ev.license_id AND p.seq = ev.seq - 1) AS prev_expires,
            (SELECT p.suspended_until::text FROM license_event p WHERE p.license_id = ev.license_id AND p.seq = ev.seq - 1) AS prev_until
       FROM license_event ev WHERE ev.seq > 1`,
  );
  const allowed: Record<string, string[]> = {
    AMENDED: ['ACTIVE', 'SUSPENDED'],
    RENEWED: ['ACTIVE'],
    REISSUED: ['ACTIVE', 'SUSPENDED'],
    SUSPENDED: ['ACTIVE'],
    REINSTATED: ['SUSPENDED'],
    REVOKED: ['ACTIVE', 'SUSPENDED'],
    SURRENDERED: ['ACTIVE', 'SUSPENDED'],
  };
  const bad = rows.filter((r) => {
    let status = r.prev_status as string;
    if (status === 'REVOKED' || status === 'SURRENDERED') return true;
    if (r.prev_expires && r.prev_expires < r.effective_on) status = 'EXPIRED';
    else if (status === 'SUSPENDED' && r.prev_until && r.prev_until < r.effective_on) status = 'ACTIVE';
    if (r.type === 'RENEWED' && r.prev_expires && r.decision_date > r.prev_expires) return true;
    return !allowed[r.type].includes(status);
  });
  expect(bad.slice(0, 10)).toEqual([]);
});

test('the same licences on a fresh database', async () => {
  const other = await startTestApp();
  try {
    const again = await seed(other);
    expect({ licenses: again.licenses, events: again.events }).toEqual({ licenses: seeded.licenses, events: seeded.events });
    expect(await other.sql(ROWS_SQL)).toEqual(await t.sql(ROWS_SQL));
  } finally {
    await other.close();
  }
});

test('the status read from a licence row equals the status from its events, on every date that matters', async () => {
  // Every event date, expiry and end of suspension of every demo licence, a day either side, and today.
  const [r] = await t.sql<{ dates: number; disagreements: unknown[] }>(
    `WITH d AS (
       SELECT DISTINCT l.id, x.d
         FROM license l
         JOIN license_event ev ON ev.license_id = l.id
         CROSS JOIN LATERAL (VALUES (ev.effective_on), (ev.expires_on_after), (ev.suspended_until),
                                    ((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)) AS v(base)
         CROSS JOIN LATERAL (VALUES (v.base - 1), (v.base), (v.base + 1)) AS x(d)
        WHERE x.d IS NOT NULL)
     SELECT count(*)::int AS dates,
            coalesce(jsonb_agg(jsonb_build_object('license', l.number, 'date', d.d, 'row', license_status_at(l, d.d),
                                                  'events', license_status_on(l.id, d.d)))
                     FILTER (WHERE license_status_at(l, d.d) IS DISTINCT FROM license_status_on(l.id, d.d)), '[]') AS disagreements
       FROM d JOIN license l ON l.id = d.id`,
  );
  expect(r.dates).toBeGreaterThan(3 * seeded.events);
  expect(r.disagreements).toEqual([]);
});
