import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import { GraphQLResponse, startTestApp, TestApp } from './helpers/app';
import { printingEstablishment } from './helpers/factories';
import {
  addDays,
  allowedFrom,
  codeOf,
  decision,
  errorOf,
  EVENT_TYPE,
  fieldsOf,
  Lic,
  LicenseKit,
  STEPS,
  today,
  TRANSITIONS,
  unique,
  uuidOf,
} from './helpers/licenses';

let t: TestApp;
let k: LicenseKit;
let holder: { id: string; uuid: string };
/** A 2024-structure game point in district 689 (commune 25195 since 2025). */
let holder689: { id: string; uuid: string };
const T = today();
const BASE = addDays(T, -100);

beforeAll(async () => {
  t = await startTestApp();
  k = new LicenseKit(t, await t.key(Role.DEPARTMENT_OFFICER));
  holder = await k.gamePoint();
  const [ward] = await t.sql<{ code: string }>(
    `SELECT code FROM administrative_unit WHERE version = 2024 AND parent_code = '689' ORDER BY code LIMIT 1`,
  );
  holder689 = await k.gamePoint({ address: { wardCode: ward.code, structure: 'THREE_TIER_2024' } });
});
afterAll(() => t.close());

/**
 * A fresh game point (commune 25210): a point holds one certificate in force at a time (issue 13), so each licence of
 * these tests gets its own holder.
 */
const fresh = async (): Promise<string> => (await k.gamePoint()).id;
/** A fresh 2024-structure game point in district 689, like holder689. */
const fresh689 = async (): Promise<string> => {
  const [ward] = await t.sql<{ code: string }>(
    `SELECT code FROM administrative_unit WHERE version = 2024 AND parent_code = '689' ORDER BY code LIMIT 1`,
  );
  return (await k.gamePoint({ address: { wardCode: ward.code, structure: 'THREE_TIER_2024' } })).id;
};

const STATUSES = ['ACTIVE', 'SUSPENDED', 'REVOKED', 'SURRENDERED', 'EXPIRED'] as const;

/** A fresh licence whose status today is `status`, its last event before today. */
async function licenceIn(status: (typeof STATUSES)[number]): Promise<Lic> {
  if (status === 'EXPIRED') return k.issue(await fresh(), { on: addDays(T, -300), expiresOn: addDays(T, -10) });
  const lic = await k.issue(await fresh(), { on: BASE });
  if (status === 'ACTIVE') return lic;
  const step = status === 'SUSPENDED' ? 'suspend' : status === 'REVOKED' ? 'revoke' : 'surrender';
  return k.step(step, lic, addDays(T, -50));
}

describe('every step from every status (domain.md §6)', () => {
  test('the licences are in the expected status today', async () => {
    for (const s of STATUSES) expect((await licenceIn(s)).status).toBe(s);
  });

  const cases = STATUSES.flatMap((from) => STEPS.map((step) => [from, step] as const));
  test.each(cases)('from %s: %s', async (from, step) => {
    const lic = await licenceIn(from);
    const r = await k.stepRaw(step, k.stepInput(step, lic, T));
    const to = TRANSITIONS[step][from];
    if (to) {
      expect(r.errors).toBeUndefined();
      const { license, event } = r.data![`${step}License` as const];
      expect(license.status).toBe(to);
      expect(license.version).toBe(lic.version + 1);
      expect(event).toMatchObject({ type: EVENT_TYPE[step], resultingStatus: to, effectiveOn: T });
    } else {
      expect(codeOf(r)).toBe('INVALID_TRANSITION');
      expect(errorOf(r)!.extensions!.currentStatus).toBe(from);
      expect([...(errorOf(r)!.extensions!.allowedSteps as string[])].sort()).toEqual(allowedFrom(from).sort());
      const [row] = await t.sql(
        `SELECT version, (SELECT count(*)::int FROM license_event WHERE license_id = $1) AS events FROM license WHERE id = $1`,
        [uuidOf(lic.id)],
      );
      expect(row).toEqual({ version: lic.version, events: from === 'ACTIVE' || from === 'EXPIRED' ? 1 : 2 });
    }
  });

  test('amend records before/after and keeps the term; renew extends; reissue may change the number', async () => {
    const lic = await k.issue(await fresh(), { on: BASE, scope: 'Cũ' });
    const r = await k.stepRaw('amend', k.stepInput('amend', lic, T, { scope: 'Mới', conditions: { floorAreaM2: 80 } }));
    expect(r.data!.amendLicense.event.changes).toEqual({
      scope: { before: 'Cũ', after: 'Mới' },
      conditions: { before: {}, after: { floorAreaM2: 80 } },
    });
    expect(r.data!.amendLicense.license).toMatchObject({ scope: 'Mới', expiresOn: lic.expiresOn });
    const amended = r.data!.amendLicense.license as Lic;
    const rn = await k.stepRaw('renew', k.stepInput('renew', amended, T, { newExpiresOn: addDays(lic.expiresOn!, 60) }));
    expect(rn.data!.renewLicense.license.expiresOn).toBe(addDays(lic.expiresOn!, 60));
    expect(rn.data!.renewLicense.event.changes).toEqual({ expiresOn: { before: lic.expiresOn, after: addDays(lic.expiresOn!, 60) } });
    const ri = await k.stepRaw('reissue', k.stepInput('reissue', rn.data!.renewLicense.license, T, { newNumber: 'CL-01/GCN' }));
    expect(ri.data!.reissueLicense.license).toMatchObject({
      number: 'CL-01/GCN',
      status: 'ACTIVE',
      expiresOn: addDays(lic.expiresOn!, 60),
    });
  });

  test('a suspension with suspendedUntil ends by itself; reinstating after it ended is INVALID_TRANSITION', async () => {
    const lic = await k.issue(await fresh(), { on: BASE });
    const s = await k.step('suspend', lic, addDays(T, -30), { suspendedUntil: addDays(T, -5) });
    expect(s).toMatchObject({ status: 'ACTIVE', suspendedUntil: addDays(T, -5) });
    const r = await k.stepRaw('reinstate', k.stepInput('reinstate', s, T));
    expect(codeOf(r)).toBe('INVALID_TRANSITION');
    expect(errorOf(r)!.extensions!.currentStatus).toBe('ACTIVE');
  });
});

const REGISTER_PRINTER = graphql(`
  mutation RegisterPrinter($input: RegisterPrintingEstablishmentInput!) {
    registerPrintingEstablishment(input: $input) {
      entity {
        id
      }
    }
  }
`);

describe('rules → BAD_USER_INPUT with the field', () => {
  let active: Lic;
  beforeAll(async () => {
    active = await k.issue(await fresh(), { on: BASE });
  });

  const expectField = (r: GraphQLResponse<unknown>, field: string, message?: RegExp) => {
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual([field]);
    if (message) expect(errorOf(r)!.message).toMatch(message);
  };

  test('effectiveOn before the last event', async () => {
    const r = await k.stepRaw('suspend', k.stepInput('suspend', active, addDays(BASE, -1), { decision: decision(BASE) }));
    expectField(r, 'effectiveOn', /last event/);
  });

  test('effectiveOn more than a year ahead (a year ahead is fine)', async () => {
    const far = addDays(T, 366);
    const r = await k.stepRaw('suspend', k.stepInput('suspend', active, far, { decision: decision(T) }));
    expectField(r, 'effectiveOn', /a year/);
    const lic = await k.issue(await fresh(), { on: BASE });
    const ok = await k.stepRaw('suspend', k.stepInput('suspend', lic, addDays(T, 365), { decision: decision(T) }));
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.suspendLicense.license.status).toBe('ACTIVE');
    const issue = await k.issueRaw({
      holderId: holder.id,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      effectiveFrom: far,
      expiresOn: addDays(far, 30),
      decision: decision(T),
    });
    expectField(issue, 'effectiveFrom', /a year/);
  });

  test('authority not valid on the decision date', async () => {
    const r = await k.issueRaw({
      holderId: holder.id,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: '2026-06-01',
      decision: decision('2025-06-15', 'UBND-X-25210'),
    });
    expectField(r, 'decision.authorityCode', /could not sign/);
  });

  test('competence: UBND-H-689 after 2025-06-30 refused, inside 2024-12-25..2025-06-30 accepted', async () => {
    const late = await k.issueRaw({
      holderId: holder689.id,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: '2027-07-01',
      decision: decision('2025-07-15', 'UBND-H-689'),
    });
    expectField(late, 'decision.authorityCode');
    const ok = await k.issueRaw({
      holderId: holder689.id,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: '2028-01-10',
      decision: decision('2025-01-10', 'UBND-H-689'),
    });
    expect(ok.errors).toBeUndefined();
  });

  test('competence: 70-STTTT after 2024-12-24 refused (ND72 before, accepted)', async () => {
    const h = await fresh689();
    const late = await k.issueRaw({
      holderId: h,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: '2027-01-10',
      decision: decision('2025-01-10', '70-STTTT'),
    });
    expectField(late, 'decision.authorityCode', /not competent/);
    const ok = await k.issueRaw({
      holderId: h,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: '2027-06-01',
      decision: decision('2024-06-01', '70-STTTT'),
    });
    expect(ok.errors).toBeUndefined();
  });

  test('an authority with no jurisdiction over the holder', async () => {
    const [other] = await t.sql<{ code: string }>(
      `SELECT code FROM authority WHERE level = 'COMMUNE_PEOPLES_COMMITTEE' AND code <> 'UBND-X-25210' ORDER BY code LIMIT 1`,
    );
    const r = await k.issueRaw({
      holderId: holder.id,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: addDays(T, 300),
      decision: decision(T, other.code),
    });
    expectField(r, 'decision.authorityCode', /jurisdiction/);
  });

  test('expiresOn missing or beyond 36 months for a game point; exactly 36 months is fine', async () => {
    const on = `${addDays(T, -40).slice(0, 8)}01`;
    const in36 = `${Number(on.slice(0, 4)) + 3}${on.slice(4)}`;
    const missing = await k.issueRaw({
      holderId: holder.id,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      decision: decision(on),
    });
    expectField(missing, 'expiresOn', /required/);
    const beyond = await k.issueRaw({
      holderId: holder.id,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: addDays(in36, 1),
      decision: decision(on),
    });
    expectField(beyond, 'expiresOn', /36 months/);
    const ok = await k.issueRaw({
      holderId: await fresh(),
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: in36,
      decision: decision(on),
    });
    expect(ok.data!.issueLicense.license.expiresOn).toBe(in36);
  });

  test('competence follows the functions an authority held then: the Sở VH-TT-DL prints only from 1 Mar 2025', async () => {
    const [ward] = await t.sql<{ code: string }>(
      `SELECT code FROM administrative_unit WHERE version = 2024 AND parent_code = '689' ORDER BY code LIMIT 1`,
    );
    const reg = await t.gql(
      REGISTER_PRINTER,
      { input: printingEstablishment({ address: { street: '5 Lê Duẩn', wardCode: ward.code, structure: 'THREE_TIER_2024' } }) },
      k.secret,
    );
    const printer = reg.data!.registerPrintingEstablishment.entity.id;
    const before = await k.issueRaw({
      holderId: printer,
      type: 'PRINTING_LICENSE',
      number: `${unique()}/GP-IN`,
      decision: decision('2025-02-10', '70-SVHTTDL'),
    });
    expectField(before, 'decision.authorityCode', /not competent/);
    const sameDayOldBody = await k.issueRaw({
      holderId: printer,
      type: 'PRINTING_LICENSE',
      number: `${unique()}/GP-IN`,
      decision: decision('2025-02-10', '70-STTTT'),
    });
    expect(sameDayOldBody.errors).toBeUndefined();
    // Another establishment: one holds one printing licence at a time (issue 13).
    const reg2 = await t.gql(REGISTER_PRINTER, { input: printingEstablishment({ name: `Cơ sở in ${unique()}` }) }, k.secret);
    const after = await k.issueRaw({
      holderId: reg2.data!.registerPrintingEstablishment.entity.id,
      type: 'PRINTING_LICENSE',
      number: `${unique()}/GP-IN`,
      decision: decision('2025-03-03', '70-SVHTTDL'),
    });
    expect(after.errors).toBeUndefined();
    expect(after.data!.issueLicense.license.status).toBe('ACTIVE');
    const fns = await t.gql(
      graphql(`
        query AuthorityFunctionsFeb2025 {
          authorities(validOn: "2025-02-10") {
            code
            functions {
              function
              validFrom
              validTo
            }
          }
        }
      `),
    );
    const culture = fns.data!.authorities.find((a: { code: string }) => a.code === '70-SVHTTDL');
    // PRESS (press, newsletters, online information) moved to the Sở VH-TT-DL on the same day (issue 13).
    expect(culture!.functions).toEqual([
      { function: 'PRESS', validFrom: '2025-03-01', validTo: '2025-06-30' },
      { function: 'PRINTING', validFrom: '2025-03-01', validTo: '2025-06-30' },
      { function: 'PUBLISHING', validFrom: '2025-03-01', validTo: '2025-06-30' },
    ]);
  });

  test('expiresOn given for PRINTING_LICENSE (no term)', async () => {
    const reg = await t.gql(REGISTER_PRINTER, { input: printingEstablishment() }, k.secret);
    const printer = reg.data!.registerPrintingEstablishment.entity.id;
    const bad = await k.issueRaw({
      holderId: printer,
      type: 'PRINTING_LICENSE',
      number: `${unique()}/GP-IN`,
      expiresOn: addDays(T, 300),
      decision: decision(T, '75-SVHTTDL'),
    });
    expectField(bad, 'expiresOn', /no term/);
    const ok = await k.issueRaw({
      holderId: printer,
      type: 'PRINTING_LICENSE',
      number: `${unique()}/GP-IN`,
      decision: decision(T, '75-SVHTTDL'),
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.issueLicense.license).toMatchObject({ status: 'ACTIVE', expiresOn: null });
  });

  test('legal basis chosen out of its period', async () => {
    const r = await k.issueRaw({
      holderId: holder.id,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      legalBasisCode: 'ND72-2013',
      expiresOn: addDays(T, 300),
      decision: decision(T),
    });
    expectField(r, 'legalBasisCode', /in force/);
  });

  test('licence type not for the holder’s kind (POSTAL_LICENSE to a game point)', async () => {
    const r = await k.issueRaw({
      holderId: holder.id,
      type: 'POSTAL_LICENSE',
      number: `${unique()}/GP-BC`,
      expiresOn: addDays(T, 300),
      decision: decision(T, '75-SVHTTDL'),
    });
    expectField(r, 'type', /GAME_SERVICE_POINT/);
  });

  test('issuing to a deregistered entity', async () => {
    const h = await k.gamePoint();
    const d = await t.gql(
      graphql(`
        mutation DeregisterHolder($i: DeregisterEntityInput!) {
          deregisterEntity(input: $i) {
            entity {
              status
            }
          }
        }
      `),
      { i: { id: h.id, version: h.version, effectiveOn: T, reason: 'Ngừng hoạt động' } },
      k.secret,
    );
    expect(d.errors).toBeUndefined();
    const r = await k.issueRaw({
      holderId: h.id,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: addDays(T, 300),
      decision: decision(T),
    });
    expectField(r, 'holderId');
  });

  test('revocation ground not in the type’s list', async () => {
    const r = await k.stepRaw('revoke', k.stepInput('revoke', active, T, { groundCode: 'NO_DEPLOYMENT' }));
    expectField(r, 'groundCode');
  });

  test('renewal decided after expiry', async () => {
    const lic = await k.issue(await fresh(), { on: addDays(T, -300), expiresOn: addDays(T, -20) });
    const r = await k.stepRaw(
      'renew',
      k.stepInput('renew', lic, addDays(T, -25), { decision: decision(addDays(T, -5)), newExpiresOn: addDays(T, 300) }),
    );
    expectField(r, 'decision.date', /on or before/);
  });

  test('renewal beyond the maximum term from the renewal, or not after the current expiry', async () => {
    const lic = await k.issue(await fresh(), { on: BASE });
    const far = await k.stepRaw('renew', k.stepInput('renew', lic, T, { newExpiresOn: addDays(T, 366 * 3 + 1) }));
    expectField(far, 'newExpiresOn', /maximum term/);
    const same = await k.stepRaw('renew', k.stepInput('renew', lic, T, { newExpiresOn: lic.expiresOn! }));
    expectField(same, 'newExpiresOn', /after the current expiry/);
  });

  // Decree 72/2013 licences run out by 24 Dec 2027 at the latest, so this case needs today ≤ 2027-06-03.
  test('renewal under ND72-2013: at most 6 months, once', async () => {
    const lic = await k.issue(await fresh689(), { on: '2024-06-03', expiresOn: '2027-06-03', authority: '70-STTTT' });
    const [row] = await t.sql(`SELECT legal_basis_code FROM license WHERE id = $1`, [uuidOf(lic.id)]);
    expect(row.legal_basis_code).toBe('ND72-2013');
    const seven = await k.stepRaw('renew', k.stepInput('renew', lic, T, { newExpiresOn: '2027-12-04' }, 'UBND-X-25195'));
    expectField(seven, 'newExpiresOn', /6 months/);
    const renewed = await k.step('renew', lic, T, { newExpiresOn: '2027-12-03' }, 'UBND-X-25195');
    expect(renewed).toMatchObject({ expiresOn: '2027-12-03', status: 'ACTIVE' });
    const again = await k.stepRaw('renew', k.stepInput('renew', renewed, T, { newExpiresOn: '2027-12-10' }, 'UBND-X-25195'));
    expectField(again, 'newExpiresOn', /1 time/);
  });

  test('duplicate number from the same authority → CONFLICT', async () => {
    const number = `${unique()}/GCN-DUP`;
    await k.issue(await fresh(), { on: T, number });
    const r = await k.issueRaw({
      holderId: await fresh(),
      type: 'GAME_POINT_CERTIFICATE',
      number,
      expiresOn: addDays(T, 300),
      decision: decision(T),
    });
    expect(codeOf(r)).toBe('CONFLICT');
  });
});

describe('revocation with a barring ground', () => {
  test('FRAUD bars re-application for 12 months; a non-barring ground does not', async () => {
    const lic = await k.issue(await fresh(), { on: BASE });
    const on = `${T.slice(0, 8)}${String(Math.min(Number(T.slice(8)), 28)).padStart(2, '0')}`;
    const r = await k.stepRaw(
      'revoke',
      k.stepInput('revoke', lic, on, { groundCode: 'FRAUD', groundText: 'Khai man diện tích phòng máy' }),
    );
    const expected = `${Number(on.slice(0, 4)) + 1}${on.slice(4)}`;
    expect(r.data!.revokeLicense.license).toMatchObject({ status: 'REVOKED', reapplyNotBefore: expected });
    expect(r.data!.revokeLicense.event).toMatchObject({
      type: 'REVOKED',
      reapplyNotBefore: expected,
      ground: { code: 'FRAUD', description: 'Giả mạo hồ sơ, khai báo không trung thực' },
      groundText: 'Khai man diện tích phòng máy',
    });
    const other = await k.issue(await fresh(), { on: BASE });
    const r2 = await k.stepRaw('revoke', k.stepInput('revoke', other, T, { groundCode: 'HOLDER_REQUEST' }));
    expect(r2.data!.revokeLicense.license).toMatchObject({ status: 'REVOKED', reapplyNotBefore: null });
    expect(r2.data!.revokeLicense.event.ground!.code).toBe('HOLDER_REQUEST');
  });
});

describe('append-only events and audit log', () => {
  test.each([
    ['license_event', `UPDATE license_event SET reason = 'sửa lén'`],
    ['license_event', `DELETE FROM license_event`],
    ['license_event', `TRUNCATE license_event`],
    ['audit_log', `UPDATE audit_log SET operation = 'x'`],
    ['audit_log', `DELETE FROM audit_log`],
    ['audit_log', `TRUNCATE audit_log`],
  ])('%s: %s is rejected', async (table, sql) => {
    const [before] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    expect(before.n).toBeGreaterThan(0);
    await expect(t.sql(sql)).rejects.toThrow(/append-only/);
    const [after] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    expect(after.n).toBe(before.n);
  });
});

describe('audit', () => {
  /** What the audit log keeps of a licence write (JSONB): the licence's row and, for a step, its event. */
  type LicenceWrite = { license?: Record<string, unknown>; event?: Record<string, unknown> };
  const rowsOf = (id: string) =>
    t.sql<{ operation: string; record_type: string; before: LicenceWrite | null; after: LicenceWrite | null; actor_role: string }>(
      `SELECT operation, record_type, before, after, actor_role FROM audit_log WHERE record_id = $1 ORDER BY id`,
      [id],
    );

  test('each write adds exactly one audit row with before/after; auditLog shows them to DEPARTMENT_OFFICER only', async () => {
    const h = await k.gamePoint();
    expect((await rowsOf(h.uuid)).map((r) => [r.operation, r.record_type])).toEqual([['registerEntity', 'RegulatedEntity']]);

    let lic = await k.issue(h.id, { on: BASE });
    const id = uuidOf(lic.id);
    const ops = ['issueLicense'];
    let rows = await rowsOf(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ operation: 'issueLicense', record_type: 'License', before: null, actor_role: 'DEPARTMENT_OFFICER' });
    expect(rows[0].after?.license).toMatchObject({ id, status: 'ACTIVE', number: lic.number });
    expect(rows[0].after?.event).toMatchObject({ type: 'ISSUED', seq: 1 });

    const plan: [Parameters<LicenseKit['step']>[0], string][] = [
      ['amend', 'ACTIVE'],
      ['suspend', 'SUSPENDED'],
      ['reissue', 'SUSPENDED'],
      ['reinstate', 'ACTIVE'],
      ['renew', 'ACTIVE'],
      ['surrender', 'SURRENDERED'],
    ];
    let on = addDays(BASE, 5);
    for (const [step, status] of plan) {
      const prev = lic;
      lic = await k.step(step, lic, on);
      on = addDays(on, 5);
      ops.push(`${step}License`);
      rows = await rowsOf(id);
      expect(rows.map((r) => r.operation)).toEqual(ops);
      const last = rows[rows.length - 1];
      expect(last.record_type).toBe('License');
      expect(last.before?.license).toMatchObject({ id, version: prev.version, status: prev.status });
      expect(last.after?.license).toMatchObject({ id, version: lic.version, status });
      expect(last.after?.event).toMatchObject({ type: EVENT_TYPE[step], seq: rows.length });
    }
    // A refused step writes nothing.
    const refused = await k.stepRaw('suspend', k.stepInput('suspend', lic, T));
    expect(codeOf(refused)).toBe('INVALID_TRANSITION');
    expect(await rowsOf(id)).toHaveLength(ops.length);

    const q = graphql(`
      query AuditOfRecord($f: AuditFilter) {
        auditLog(filter: $f, first: 20) {
          totalCount
          edges {
            node {
              operation
              recordType
              recordId
              actorRole
              before
              after
            }
          }
        }
      }
    `);
    const gql = await t.gql(q, { f: { recordId: id } }, k.secret);
    expect(gql.errors).toBeUndefined();
    expect(gql.data!.auditLog.totalCount).toBe(ops.length);
    // Newest first.
    expect(gql.data!.auditLog.edges.map((e) => e.node.operation)).toEqual([...ops].reverse());
    const top = gql.data!.auditLog.edges[0].node;
    expect(top).toMatchObject({ recordType: 'License', recordId: id, actorRole: 'DEPARTMENT_OFFICER' });
    // before/after are JSON (any shape); a licence's record holds the licence row.
    type LicenceRecord = { license: { status: string } };
    expect((top.before as LicenceRecord).license.status).toBe('ACTIVE');
    expect((top.after as LicenceRecord).license.status).toBe('SURRENDERED');

    const local = await t.gql(q, { f: { recordId: id } }, await t.key(Role.LOCAL_OFFICER, '689'));
    expect(codeOf(local)).toBe('FORBIDDEN');
    const anon = await t.gql(q, { f: { recordId: id } }, null);
    expect(codeOf(anon)).toBe('UNAUTHENTICATED');
  });
});

describe('concurrency and the status cache', () => {
  test.each(['suspend', 'amend'] as const)('two concurrent %s steps with the same version: one wins, one CONFLICT', async (step) => {
    const lic = await k.issue(await fresh(), { on: BASE });
    const results = await Promise.all([0, 1].map(() => k.stepRaw(step, k.stepInput(step, lic, T))));
    const ok = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => codeOf(r) === 'CONFLICT');
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    const [row] = await t.sql(
      `SELECT version, (SELECT count(*)::int FROM license_event WHERE license_id = $1) AS events FROM license WHERE id = $1`,
      [uuidOf(lic.id)],
    );
    expect(row).toEqual({ version: lic.version + 1, events: 2 });
  });

  test('every cached status agrees with the events (rebuild from the events and compare)', async () => {
    const licences = await t.sql<{
      id: string;
      status: string;
      expires_on: string | null;
      suspended_until: string | null;
      version: number;
      today: string;
      events: {
        seq: number;
        type: string;
        resulting_status: string;
        expires_on_after: string | null;
        suspended_until: string | null;
        effective_on: string;
      }[];
    }>(
      `SELECT l.id, l.status, l.expires_on::text, l.suspended_until::text, l.version, license_status_on(l.id, $1::date) AS today,
              (SELECT json_agg(json_build_object('seq', ev.seq, 'type', ev.type, 'resulting_status', ev.resulting_status,
                 'expires_on_after', ev.expires_on_after, 'suspended_until', ev.suspended_until, 'effective_on', ev.effective_on) ORDER BY ev.seq)
                 FROM license_event ev WHERE ev.license_id = l.id) AS events
         FROM license l`,
      [T],
    );
    expect(licences.length).toBeGreaterThan(40);
    for (const l of licences) {
      const last = l.events[l.events.length - 1];
      expect(l.events.map((e) => e.seq)).toEqual(l.events.map((_, i) => i + 1));
      expect(l.version).toBe(l.events.length);
      expect({ id: l.id, status: l.status, expires: l.expires_on, until: l.suspended_until }).toEqual({
        id: l.id,
        status: last.resulting_status,
        expires: last.expires_on_after,
        until: last.suspended_until,
      });
      // And the status today, from the events by the table of §6.
      let s = last.resulting_status as string;
      if (s !== 'REVOKED' && s !== 'SURRENDERED' && last.effective_on <= T) {
        if (last.expires_on_after && last.expires_on_after < T) s = 'EXPIRED';
        else if (s === 'SUSPENDED' && last.suspended_until && last.suspended_until < T) s = 'ACTIVE';
      }
      if (last.effective_on <= T) expect({ id: l.id, today: l.today }).toEqual({ id: l.id, today: s });
    }
  });
});
