import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { Client } from 'pg';
import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import type { LicenseFilter, RenewLicenseInput, SuspendLicenseInput } from './gql/graphql';
import { startTestApp, TestApp } from './helpers/app';
import { addDays, codeOf, decision, fieldsOf, Lic, LicenseKit, today, unique, uuidOf } from './helpers/licenses';

let t: TestApp;
let k: LicenseKit;
const T = today();

beforeAll(async () => {
  t = await startTestApp();
  k = new LicenseKit(t, await t.key(Role.DEPARTMENT_OFFICER));
});
afterAll(() => t.close());

/** Holders that have a game-point licence REVOKED today (checked by the entities filter at the end). */
const revokedToday = new Set<string>();

describe('query count of a nested page', () => {
  const PAGE = graphql(`
    query NestedPage($first: Int) {
      entities(first: $first) {
        edges {
          node {
            name
            address {
              fullText
              ward {
                name
              }
            }
            licenses {
              totalCount
              edges {
                node {
                  number
                  status
                  statusOn(date: "2025-12-01")
                  issuingAuthority {
                    name
                  }
                  events {
                    type
                    authority {
                      name
                    }
                    ground {
                      code
                    }
                  }
                }
              }
            }
            currentLicense {
              number
            }
          }
        }
      }
    }
  `);

  async function countQueries<R, V>(document: DocumentTypeDecoration<R, V>, variables: V): Promise<{ count: number; data: R }> {
    const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const orig = proto.query;
    let count = 0;
    proto.query = function (this: unknown, ...args: unknown[]) {
      count++;
      return orig.apply(this, args);
    };
    try {
      const r = await t.gql(document, variables, k.secret);
      expect(r.errors).toBeUndefined();
      return { count, data: r.data! };
    } finally {
      proto.query = orig;
    }
  }

  test('30 entities with 2 licences of 2+ events cost the same number of statements as 10', async () => {
    // Effective before 2025-12-01, the date the page asks statusOn for.
    // A point holds one certificate at a time (issue 13): the first, suspended, ran out before the second was issued.
    const on = '2025-11-01';
    for (let i = 0; i < 30; i++) {
      const h = await k.gamePoint();
      const first = await k.issue(h.id, { on: '2025-08-01', expiresOn: '2025-09-30' });
      await k.step('suspend', first, '2025-08-11');
      const second = await k.issue(h.id, { on });
      await k.step('revoke', second, addDays(on, 10), { groundCode: 'FRAUD' });
      revokedToday.add(h.id);
    }
    const ten = await countQueries(PAGE, { first: 10 });
    const thirty = await countQueries(PAGE, { first: 30 });
    expect(ten.data.entities.edges).toHaveLength(10);
    expect(thirty.data.entities.edges).toHaveLength(30);
    const withTwo = thirty.data.entities.edges.filter((e) => e.node.licenses.totalCount === 2);
    expect(withTwo.length).toBeGreaterThanOrEqual(20);
    expect(withTwo[0].node.licenses.edges[0].node.events.length).toBeGreaterThanOrEqual(2);
    expect(ten.count).toBeGreaterThan(2);
    expect(thirty.count).toBe(ten.count);
    expect(thirty.count).toBeLessThan(15);
  });
});

describe('statusOn on a long history', () => {
  // The steps the test makes, as data; the reference below replays them independently of the app.
  const base = addDays(T, -450);
  const d = (n: number) => addDays(base, n);
  const TYPE_OF: Record<string, string> = {
    issue: 'ISSUED',
    suspend: 'SUSPENDED',
    reinstate: 'REINSTATED',
    amend: 'AMENDED',
    renew: 'RENEWED',
    revoke: 'REVOKED',
  };
  type Made = { step: string; on: string; until?: string; expires?: string };
  const STATUS_ON = graphql(`
    query LicenceStatusOn($id: ID!, $date: LocalDate!) {
      node(id: $id) {
        ... on License {
          statusOn(date: $date)
        }
      }
    }
  `);
  const made: Made[] = [
    { step: 'issue', on: d(0), expires: d(300) },
    { step: 'suspend', on: d(40), until: d(100) },
    { step: 'reinstate', on: d(80) },
    { step: 'amend', on: d(120) },
    { step: 'suspend', on: d(150), until: d(180) },
    { step: 'renew', on: d(250), expires: d(400) },
    { step: 'suspend', on: d(330) },
    { step: 'revoke', on: d(380) },
  ];

  /** Status on `date` from the steps: replay those effective on or before it, then apply expiry and suspension end. */
  function reference(date: string): string | null {
    let status: string | null = null;
    let expires: string | null = null;
    let until: string | null = null;
    for (const m of made.filter((x) => x.on <= date)) {
      if (m.step === 'issue') [status, expires] = ['ACTIVE', m.expires!];
      if (m.step === 'suspend') [status, until] = ['SUSPENDED', m.until ?? null];
      if (m.step === 'reinstate') [status, until] = ['ACTIVE', null];
      if (m.step === 'renew') [status, expires, until] = ['ACTIVE', m.expires!, null];
      if (m.step === 'revoke') status = 'REVOKED';
    }
    if (status === null || status === 'REVOKED') return status;
    if (expires && date > expires) return 'EXPIRED';
    if (status === 'SUSPENDED' && until && date > until) return 'ACTIVE';
    return status;
  }

  test('matches the reference every 10 days and at every boundary; status is statusOn(today)', async () => {
    const holder = await k.gamePoint();
    let lic: Lic = await k.issue(holder.id, { on: base, expiresOn: made[0].expires });
    for (const m of made.slice(1)) {
      const extra: Partial<SuspendLicenseInput & RenewLicenseInput> = { decision: decision(addDays(m.on, -3)) };
      if (m.until) extra.suspendedUntil = m.until;
      if (m.expires) extra.newExpiresOn = m.expires;
      lic = await k.step(m.step as Parameters<LicenseKit['step']>[0], lic, m.on, extra);
    }
    revokedToday.add(holder.id);
    const dates = new Set<string>();
    for (let i = 0; addDays(base, i) <= T; i += 10) dates.add(addDays(base, i));
    for (const m of made) for (const x of [m.on, m.until, m.expires]) if (x) [-1, 0, 1].forEach((o) => dates.add(addDays(x, o)));
    dates.add(T);
    const list = [...dates].filter((x) => x >= base && x <= addDays(T, 300)).sort();
    expect(list.length).toBeGreaterThan(50);
    const history = await t.gql(
      graphql(`
        query LicenceHistory($id: ID!) {
          node(id: $id) {
            ... on License {
              status
              events {
                type
                effectiveOn
              }
            }
          }
        }
      `),
      { id: lic.id },
      k.secret,
    );
    expect(history.errors).toBeUndefined();
    const node = history.data!.node!;
    // One typed request per date (a document cannot have a number of aliases known only at run time), 25 at a time.
    const statusOn: Record<string, string | null> = {};
    for (let c = 0; c < list.length; c += 25) {
      await Promise.all(
        list.slice(c, c + 25).map(async (date) => {
          const r = await t.gql(STATUS_ON, { id: lic.id, date }, k.secret);
          expect(r.errors).toBeUndefined();
          statusOn[date] = r.data!.node!.statusOn;
        }),
      );
    }
    expect(node.events.map((e) => [e.type, e.effectiveOn])).toEqual(made.map((m) => [TYPE_OF[m.step], m.on]));
    const got = Object.fromEntries(list.map((x) => [x, statusOn[x]]));
    const want = Object.fromEntries(list.map((x) => [x, reference(x)]));
    expect(got).toEqual(want);
    expect(node.status).toBe(reference(T));
    expect(node.status).toBe('REVOKED');
    // A few landmarks, spelled out.
    expect([reference(d(60)), reference(d(90)), reference(d(160)), reference(d(185)), reference(d(310)), reference(d(340))]).toEqual([
      'SUSPENDED',
      'ACTIVE',
      'SUSPENDED',
      'ACTIVE',
      'ACTIVE',
      'SUSPENDED',
    ]);

    const before = await t.gql(STATUS_ON, { id: lic.id, date: addDays(base, -1) }, k.secret);
    expect(codeOf(before)).toBe('BAD_USER_INPUT');
  });
});

describe('EXPIRED, today and on a past date', () => {
  const count = async (filter: LicenseFilter) => {
    const r = await t.gql(
      graphql(`
        query LicenceCount($f: LicenseFilter) {
          licenses(filter: $f) {
            totalCount
          }
        }
      `),
      { f: filter },
      k.secret,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.licenses.totalCount as number;
  };

  test('an expired licence counts as EXPIRED today and as ACTIVE before its expiry, without any job', async () => {
    const expiredBefore = await count({ statuses: ['EXPIRED'] });
    const activeThen = await count({ statuses: ['ACTIVE'], statusOn: addDays(T, -20) });
    const holder = await k.gamePoint();
    const lic = await k.issue(holder.id, { on: addDays(T, -300), expiresOn: addDays(T, -10) });
    expect(lic.status).toBe('EXPIRED');
    const [cached] = await t.sql(`SELECT status FROM license WHERE id = $1`, [uuidOf(lic.id)]);
    expect(cached.status).toBe('ACTIVE'); // the cache holds the last event's status; EXPIRED is derived from the date
    expect(await count({ statuses: ['EXPIRED'] })).toBe(expiredBefore + 1);
    expect(await count({ statuses: ['ACTIVE'], statusOn: addDays(T, -20) })).toBe(activeThen + 1);
    expect(await count({ holderId: holder.id, statuses: ['EXPIRED'] })).toBe(1);
    expect(await count({ holderId: holder.id, statuses: ['ACTIVE'] })).toBe(0);
    expect(await count({ holderId: holder.id, statuses: ['ACTIVE'], statusOn: addDays(T, -10) })).toBe(1);
    expect(await count({ holderId: holder.id, statuses: ['EXPIRED'], statusOn: addDays(T, -9) })).toBe(1);
    const r = await t.gql(
      graphql(`
        query LicenceStatusAroundExpiry($id: ID!, $a: LocalDate!, $b: LocalDate!, $c: LocalDate!) {
          node(id: $id) {
            ... on License {
              status
              a: statusOn(date: $a)
              b: statusOn(date: $b)
              c: statusOn(date: $c)
            }
          }
        }
      `),
      { id: lic.id, a: addDays(T, -10), b: addDays(T, -9), c: T },
      k.secret,
    );
    expect(r.data!.node).toEqual({ status: 'EXPIRED', a: 'ACTIVE', b: 'EXPIRED', c: 'EXPIRED' });
  });
});

describe('jurisdiction on licences', () => {
  let inside: { id: string; uuid: string };
  let outside: { id: string; uuid: string };
  const insideLicences: Lic[] = [];
  let outsideLicence: Lic;

  beforeAll(async () => {
    const [w689] = await t.sql<{ code: string }>(
      `SELECT code FROM administrative_unit WHERE version = 2024 AND parent_code = '689' ORDER BY code LIMIT 1`,
    );
    const [wOther] = await t.sql<{ code: string }>(
      `SELECT w.code FROM administrative_unit w WHERE w.version = 2024 AND w.level = 'WARD' AND w.province_code = '70' AND w.parent_code <> '689'
         AND EXISTS (SELECT 1 FROM administrative_unit_mapping m JOIN authority a ON a.unit_code = m.new_code AND a.level = 'COMMUNE_PEOPLES_COMMITTEE'
                      WHERE m.old_code = w.code AND m.kind = 'full')
       ORDER BY w.code LIMIT 1`,
    );
    inside = await k.gamePoint({ address: { wardCode: w689.code, structure: 'THREE_TIER_2024' } });
    outside = await k.gamePoint({ address: { wardCode: wOther.code, structure: 'THREE_TIER_2024' } });
    const commune = async (uuid: string) =>
      `UBND-X-${(await t.sql<{ commune_code_2025: string }>(`SELECT commune_code_2025 FROM regulated_entity WHERE id = $1`, [uuid]))[0].commune_code_2025}`;
    const a = await commune(inside.uuid);
    // A point holds one certificate at a time (issue 13): the first ran out before the second was issued.
    insideLicences.push(await k.issue(inside.id, { on: addDays(T, -30), expiresOn: addDays(T, -25), authority: a }));
    insideLicences.push(await k.issue(inside.id, { on: addDays(T, -20), authority: a }));
    outsideLicence = await k.issue(outside.id, { on: addDays(T, -30), authority: await commune(outside.uuid) });
  });

  test('a LOCAL_OFFICER of district 689 sees only licences of holders in 689', async () => {
    const local = await t.key(Role.LOCAL_OFFICER, '689');
    const all = await t.gql(
      graphql(`
        query LicencesWithHolders {
          licenses(first: 100) {
            totalCount
            edges {
              node {
                id
                holder {
                  id
                }
              }
            }
          }
        }
      `),
      {},
      local,
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!.licenses.totalCount).toBe(2);
    expect(all.data!.licenses.edges.map((e) => e.node.id).sort()).toEqual(insideLicences.map((l) => l.id).sort());
    const other = await t.gql(
      graphql(`
        query LicenceNodeId($id: ID!) {
          node(id: $id) {
            id
          }
        }
      `),
      { id: outsideLicence.id },
      local,
    );
    expect(codeOf(other)).toBe('NOT_FOUND');
    const own = await t.gql(
      graphql(`
        query LicenceNumberAndHolder($id: ID!) {
          node(id: $id) {
            ... on License {
              number
              holder {
                id
              }
            }
          }
        }
      `),
      { id: insideLicences[0].id },
      local,
    );
    expect(own.data!.node).toEqual({ number: insideLicences[0].number, holder: { id: inside.id } });
    const nested = await t.gql(
      graphql(`
        query GamePointsWithLicences {
          entities(first: 50, filter: { kinds: [GAME_SERVICE_POINT] }) {
            totalCount
            edges {
              node {
                id
                licenses {
                  totalCount
                }
                currentLicense {
                  id
                }
              }
            }
          }
        }
      `),
      {},
      local,
    );
    expect(nested.data!.entities.edges).toEqual([
      { node: { id: inside.id, licenses: { totalCount: 2 }, currentLicense: { id: insideLicences[1].id } } },
    ]);
    const dept = await t.gql(
      graphql(`
        query HolderLicenceCount($id: ID!) {
          node(id: $id) {
            ... on RegulatedEntity {
              licenses {
                totalCount
              }
            }
          }
        }
      `),
      { id: outside.id },
      k.secret,
    );
    expect(dept.data!.node!.licenses.totalCount).toBe(1);
  });

  const LICENCE_TOTAL = graphql(`
    query LicenceTotal {
      licenses {
        totalCount
      }
    }
  `);

  test('MINISTRY_SYSTEM reads everything but cannot record a step; PUBLIC is UNAUTHENTICATED', async () => {
    const ministry = await t.key(Role.MINISTRY_SYSTEM);
    const [n] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM license`);
    const read = await t.gql(LICENCE_TOTAL, {}, ministry);
    expect(read.data!.licenses.totalCount).toBe(n.n);
    const step = await k.stepRaw('suspend', k.stepInput('suspend', outsideLicence, T), ministry);
    expect(codeOf(step)).toBe('FORBIDDEN');
    const issue = await k.issueRaw(
      {
        holderId: outside.id,
        type: 'GAME_POINT_CERTIFICATE',
        number: `${unique()}/GCN`,
        expiresOn: addDays(T, 300),
        decision: decision(T),
      },
      ministry,
    );
    expect(codeOf(issue)).toBe('FORBIDDEN');
    const local = await k.stepRaw('suspend', k.stepInput('suspend', insideLicences[0], T), await t.key(Role.LOCAL_OFFICER, '689'));
    expect(codeOf(local)).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(LICENCE_TOTAL, {}, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await k.stepRaw('suspend', k.stepInput('suspend', outsideLicence, T), null))).toBe('UNAUTHENTICATED');
    const [v] = await t.sql(`SELECT version FROM license WHERE id = $1`, [uuidOf(outsideLicence.id)]);
    expect(v.version).toBe(1);
  });
});

describe('entities by licence status, and licenseTypes', () => {
  test('entities(filter: {licenseType, licenseStatuses: [REVOKED]}) lists holders with a licence revoked today only', async () => {
    // A revocation that takes effect later does not count today.
    const later = await k.gamePoint();
    const lic = await k.issue(later.id, { on: addDays(T, -30) });
    await k.step('revoke', lic, addDays(T, 10), { decision: decision(T) });
    const r = await t.gql(
      graphql(`
        query HoldersOfRevokedGamePointCertificates {
          entities(first: 100, filter: { licenseType: GAME_POINT_CERTIFICATE, licenseStatuses: [REVOKED] }) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      {},
      k.secret,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.entities.totalCount).toBe(revokedToday.size);
    expect(r.data!.entities.edges.map((e) => e.node.id).sort()).toEqual([...revokedToday].sort());
    const other = await t.gql(
      graphql(`
        query HoldersOfRevokedPrintingLicences {
          entities(filter: { licenseType: PRINTING_LICENSE, licenseStatuses: [REVOKED] }) {
            totalCount
          }
        }
      `),
      {},
      k.secret,
    );
    expect(other.data!.entities.totalCount).toBe(0);
  });

  test('licenseTypes lists all 20 types with legal bases, competence (some unsure) and grounds', async () => {
    const r = await t.gql(
      graphql(`
        query LicenceTypes {
          licenseTypes {
            type
            nameVi
            entityKinds
            termKind
            maxTermMonths
            onPublicList
            legalBases {
              code
            }
            competence {
              authorityLevel
              authorityFunction
              validFrom
              validTo
              unsure
            }
            revocationGrounds {
              code
              description
              barsReapplicationMonths
            }
          }
        }
      `),
      {},
      null,
    );
    expect(r.errors).toBeUndefined();
    const types = r.data!.licenseTypes;
    // 18 of issues 4–5, and the general-website and newsletter licences of issue 13.
    expect(types).toHaveLength(20);
    expect(new Set(types.map((x) => x.type)).size).toBe(20);
    for (const x of types) {
      expect(x.legalBases.length).toBeGreaterThan(0);
      expect(x.competence.length).toBeGreaterThan(0);
      expect(x.revocationGrounds.length).toBeGreaterThan(0);
      expect(x.entityKinds.length).toBeGreaterThan(0);
    }
    expect(types.some((x) => x.competence.some((c) => c.unsure))).toBe(true);
    const game = types.find((x) => x.type === 'GAME_POINT_CERTIFICATE')!;
    expect(game).toMatchObject({ entityKinds: ['GAME_SERVICE_POINT'], termKind: 'YEARS', maxTermMonths: 36, onPublicList: true });
    expect(game.legalBases.map((b) => b.code)).toEqual(['ND72-2013', 'ND147-2024']);
    expect(game.competence).toContainEqual({
      authorityLevel: 'COMMUNE_PEOPLES_COMMITTEE',
      authorityFunction: 'GENERAL',
      validFrom: '2025-07-01',
      validTo: null,
      unsure: false,
    });
    expect(game.competence).toContainEqual({
      authorityLevel: 'DISTRICT_PEOPLES_COMMITTEE',
      authorityFunction: 'GENERAL',
      validFrom: '2024-12-25',
      validTo: '2025-06-30',
      unsure: false,
    });
    expect(game.revocationGrounds).toContainEqual({
      code: 'FRAUD',
      description: 'Giả mạo hồ sơ, khai báo không trung thực',
      barsReapplicationMonths: 12,
    });
    expect(types.find((x) => x.type === 'PRINTING_LICENSE')).toMatchObject({ termKind: 'NONE', maxTermMonths: null });
    expect(fieldsOf(r)).toEqual([]);
  });
});
