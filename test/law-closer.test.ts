import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import { GraphQLResponse, startTestApp, TestApp } from './helpers/app';
import { freshTaxCode, postalEnterprise, printingEstablishment, register, tryRegister } from './helpers/factories';
import { codeOf, decision, errorOf, fieldsOf, LicenseKit, unique } from './helpers/licenses';

/**
 * Issue 13, the law closer: each rule answered over HTTP, the refused case and the allowed one. The registry is Đồng Nai's
 * (75 since 1 Jul 2025), formed from Bình Phước (70) and the former Đồng Nai (75). Places used:
 *   - Phường Đồng Xoài (25210, 2025): formed wholly from wards of district 689 (Đồng Xoài, Bình Phước);
 *   - Phường Hố Nai (26005, 2025): formed from Phường Tân Hòa (26005, Biên Hòa 731) and Xã Hố Nai 3 (26272, Trảng Bom
 *     737), both of the former Đồng Nai: a commune formed across two 2024 districts.
 */
let t: TestApp;
let k: LicenseKit;
let dept: string;

beforeAll(async () => {
  t = await startTestApp();
  dept = await t.key(Role.DEPARTMENT_OFFICER);
  k = new LicenseKit(t, dept);
});
afterAll(() => t.close());

const EVENTS = graphql(`
  query LawCloserEvents($id: ID!) {
    node(id: $id) {
      ... on License {
        status
        events {
          type
          holderUnit2024
          authority {
            code
          }
        }
      }
    }
  }
`);

const expectRefused = (r: GraphQLResponse<unknown>, field: string, message: RegExp) => {
  expect(codeOf(r)).toBe('BAD_USER_INPUT');
  expect(fieldsOf(r)).toEqual([field]);
  expect(errorOf(r)!.extensions!.fields![0].message).toMatch(message);
};

const printer2025 = async (wardCode = '25210') =>
  (
    await register(
      t,
      'PRINTING_ESTABLISHMENT',
      printingEstablishment({ name: `Cơ sở in ${unique()}`, address: { wardCode, structure: 'TWO_TIER_2025' } }),
      dept,
    )
  ).id;

describe('historical licences for holders recorded with a 2025 address (back-filling paper records)', () => {
  test('a printing licence of the Sở TT&TT of Bình Phước dated 1 Feb 2025 for a holder in Phường Đồng Xoài', async () => {
    const holderId = await printer2025();
    const r = await k.issueRaw({
      holderId,
      type: 'PRINTING_LICENSE',
      number: `${unique()}/GP-IN`,
      decision: decision('2025-02-01', '70-STTTT'),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.issueLicense.license.status).toBe('ACTIVE');
  });

  test('refused: the Sở TT&TT of the former Đồng Nai had no jurisdiction over Phường Đồng Xoài (wholly Bình Phước)', async () => {
    const r = await k.issueRaw({
      holderId: await printer2025(),
      type: 'PRINTING_LICENSE',
      number: `${unique()}/GP-IN`,
      decision: decision('2025-02-01', '75-2024-STTTT'),
    });
    expectRefused(r, 'decision.authorityCode', /no jurisdiction over the holder's address/);
  });

  test('a postal licence of the Sở KH&CN of Bình Phước dated 15 Mar 2025 for an intra-provincial operator in Đồng Xoài', async () => {
    const holder = await register(
      t,
      'POSTAL_ENTERPRISE',
      postalEnterprise({ name: `Bưu chính ${unique()}`, address: { wardCode: '25210', structure: 'TWO_TIER_2025' } }),
      dept,
    );
    const r = await k.issueRaw({
      holderId: holder.id,
      type: 'POSTAL_LICENSE',
      number: `${unique()}/GP-BC`,
      expiresOn: '2030-03-15',
      decision: decision('2025-03-15', '70-SKHCN'),
    });
    expect(r.errors).toBeUndefined();
    // The district's People's Committee of Đồng Xoài could never sign it (not competent for post).
    const wrong = await k.issueRaw({
      holderId: (
        await register(
          t,
          'POSTAL_ENTERPRISE',
          postalEnterprise({ name: `Bưu chính ${unique()}`, address: { wardCode: '25210', structure: 'TWO_TIER_2025' } }),
          dept,
        )
      ).id,
      type: 'POSTAL_LICENSE',
      number: `${unique()}/GP-BC`,
      expiresOn: '2030-03-15',
      decision: decision('2025-03-15', 'UBND-H-689'),
    });
    expectRefused(wrong, 'decision.authorityCode', /not competent/);
  });

  test('a game-point certificate of district 689 (May 2025) for a point recorded in Phường Đồng Xoài: mapped back', async () => {
    const h = await k.gamePoint();
    const lic = await k.issue(h.id, { on: '2025-05-05', expiresOn: '2027-05-05', authority: 'UBND-H-689' });
    const read = await t.gql(EVENTS, { id: lic.id }, dept);
    expect(read.data!.node).toMatchObject({ events: [{ type: 'ISSUED', holderUnit2024: null, authority: { code: 'UBND-H-689' } }] });
    const other = await k.issueRaw({
      holderId: (await k.gamePoint()).id,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: '2027-05-05',
      decision: decision('2025-05-05', 'UBND-H-688'),
    });
    expectRefused(other, 'decision.authorityCode', /no jurisdiction/);
  });

  test('a commune formed across two 2024 districts: the decision names the holder’s 2024 unit, which the event records', async () => {
    const hoNai = await k.gamePoint({ address: { wardCode: '26005', structure: 'TWO_TIER_2025' } });
    const input = (authority: string, holderUnit2024?: string) => ({
      holderId: hoNai.id,
      type: 'GAME_POINT_CERTIFICATE' as const,
      number: `${unique()}/GCN`,
      expiresOn: '2027-04-01',
      decision: { ...decision('2025-04-01', authority), holderUnit2024 },
    });
    const ambiguous = await k.issueRaw(input('UBND-H-731'));
    expectRefused(ambiguous, 'decision.holderUnit2024', /several 2024 districts \(731, 737\)/);
    const notItsWard = await k.issueRaw(input('UBND-H-731', '25210'));
    expectRefused(notItsWard, 'decision.holderUnit2024', /was formed from/);
    // Named Phường Tân Hòa (26005, Biên Hòa 731): Trảng Bom (737) then has no jurisdiction, Biên Hòa has.
    const wrongDistrict = await k.issueRaw(input('UBND-H-737', '26005'));
    expectRefused(wrongDistrict, 'decision.authorityCode', /no jurisdiction/);
    const ok = await k.issueRaw(input('UBND-H-731', '26005'));
    expect(ok.errors).toBeUndefined();
    const read = await t.gql(EVENTS, { id: ok.data!.issueLicense.license.id }, dept);
    expect(read.data!.node).toMatchObject({
      events: [{ type: 'ISSUED', holderUnit2024: '26005', authority: { code: 'UBND-H-731' } }],
    });
    // A decision of the two-tier period names no 2024 unit.
    const late = await k.issueRaw({
      ...input('UBND-X-26005', '26005'),
      decision: { ...decision('2025-08-01', 'UBND-X-26005'), holderUnit2024: '26005' },
    });
    expectRefused(late, 'decision.holderUnit2024', /before 1 Jul 2025/);
  });
});

describe('the merged province: both former provinces are the registry’s', () => {
  test('a 2024 address in the former Đồng Nai is accepted; its district committee signs until 30 Jun 2025', async () => {
    const tanHoa2024 = await k.gamePoint({ address: { wardCode: '26005', structure: 'THREE_TIER_2024' } });
    const lic = await k.issue(tanHoa2024.id, { on: '2025-02-10', expiresOn: '2027-02-10', authority: 'UBND-H-731' });
    expect(lic.number).toMatch(/GCN/);
    const bp = await k.issueRaw({
      holderId: (await k.gamePoint({ address: { wardCode: '26005', structure: 'THREE_TIER_2024' } })).id,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: '2027-02-10',
      decision: decision('2025-02-10', 'UBND-H-689'),
    });
    expectRefused(bp, 'decision.authorityCode', /no jurisdiction/);
  });

  test('a game point in Phường Hố Nai gets its certificate from its own commune People’s Committee from 1 Jul 2025', async () => {
    const hoNai = await k.gamePoint({ address: { wardCode: '26005', structure: 'TWO_TIER_2025' } });
    const refused = await k.issueRaw({
      holderId: hoNai.id,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: '2027-08-01',
      decision: decision('2025-08-01', 'UBND-X-25210'),
    });
    expectRefused(refused, 'decision.authorityCode', /no jurisdiction/);
    const lic = await k.issue(hoNai.id, { on: '2025-08-01', expiresOn: '2027-08-01', authority: 'UBND-X-26005' });
    expect(lic.status).toBe('ACTIVE');
  });

  test('a 2024 address outside both former provinces is still refused', async () => {
    const r = await tryRegister(t, 'GAME_SERVICE_POINT', { address: { wardCode: '25741', structure: 'THREE_TIER_2024' } }, dept);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['address.wardCode']);
  });
});

describe('re-application bar (reapplyNotBefore, domain.md §6)', () => {
  test('after a FRAUD revocation: refused for the holder and for a branch of its enterprise until the bar ends', async () => {
    const root = freshTaxCode();
    const h = await k.gamePoint({ address: { wardCode: '25210', structure: 'TWO_TIER_2025' }, taxCode: root });
    const lic = await k.issue(h.id, { on: '2025-07-10', expiresOn: '2027-07-10' });
    const revoked = await k.step('revoke', lic, '2025-08-01', { groundCode: 'FRAUD' });
    expect(revoked).toMatchObject({ status: 'REVOKED', reapplyNotBefore: '2026-08-01' });

    const again = (holderId: string, on: string) =>
      k.issueRaw({
        holderId,
        type: 'GAME_POINT_CERTIFICATE',
        number: `${unique()}/GCN`,
        expiresOn: '2028-07-01',
        decision: decision(on),
      });
    expectRefused(await again(h.id, '2026-07-31'), 'decision.date', /may not be granted GAME_POINT_CERTIFICATE again before 2026-08-01/);
    const branch = await k.gamePoint({ address: { wardCode: '25210', structure: 'TWO_TIER_2025' }, taxCode: `${root}-002` });
    expectRefused(await again(branch.id, '2026-07-31'), 'decision.date', new RegExp(`same enterprise code \\(${root}\\)`));
    // Another enterprise is not barred; the holder itself is again from the day the bar ends.
    const stranger = await k.gamePoint({ address: { wardCode: '25210', structure: 'TWO_TIER_2025' } });
    expect((await again(stranger.id, '2026-07-31')).errors).toBeUndefined();
    const after = await again(h.id, '2026-08-01');
    expect(after.errors).toBeUndefined();
    expect(after.data!.issueLicense.license.status).toBe('ACTIVE');
  });

  test('a revocation on a ground that does not bar re-application leaves the holder free', async () => {
    const h = await k.gamePoint();
    const lic = await k.issue(h.id, { on: '2025-07-10', expiresOn: '2027-07-10' });
    await k.step('revoke', lic, '2025-08-01', { groundCode: 'CONDITIONS_NOT_MET' });
    expect(
      (
        await k.issueRaw({
          holderId: h.id,
          type: 'GAME_POINT_CERTIFICATE',
          number: `${unique()}/GCN`,
          expiresOn: '2027-08-10',
          decision: decision('2025-08-10'),
        })
      ).errors,
    ).toBeUndefined();
  });
});

describe('one current certificate per game point', () => {
  test('a second certificate overlapping the first is refused; after its surrender a new one is allowed', async () => {
    const h = await k.gamePoint();
    const first = await k.issue(h.id, { on: '2025-07-15', expiresOn: '2027-07-15' });
    const second = (on: string) =>
      k.issueRaw({
        holderId: h.id,
        type: 'GAME_POINT_CERTIFICATE',
        number: `${unique()}/GCN`,
        expiresOn: '2027-09-01',
        decision: decision(on),
      });
    expectRefused(
      await second('2025-09-01'),
      'effectiveFrom',
      new RegExp(`already has GAME_POINT_CERTIFICATE ${first.number.replace('/', '\\/')} in force`),
    );
    await k.step('surrender', first, '2025-10-01');
    expect((await second('2025-10-01')).errors).toBeUndefined();
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM license WHERE holder_id = $1 AND license_status_at(license, current_date) = 'ACTIVE'`,
      [h.uuid],
    );
    expect(n).toBe(1);
  });

  test('a suspended certificate is still held: no second one beside it', async () => {
    const h = await k.gamePoint();
    const lic = await k.issue(h.id, { on: '2025-07-15', expiresOn: '2027-07-15' });
    await k.step('suspend', lic, '2025-08-01');
    const r = await k.issueRaw({
      holderId: h.id,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: '2027-09-01',
      decision: decision('2025-09-01'),
    });
    expectRefused(r, 'effectiveFrom', /in force/);
  });

  test('a renewal may not run into a later certificate of the same point', async () => {
    const h = await k.gamePoint();
    const early = await k.issue(h.id, { on: '2025-07-02', expiresOn: '2025-09-30' });
    await k.issue(h.id, { on: '2025-10-01', expiresOn: '2027-10-01' });
    const r = await k.stepRaw('renew', k.stepInput('renew', early, '2025-09-15', { newExpiresOn: '2026-09-30' }));
    expectRefused(r, 'newExpiresOn', /in force/);
  });
});

describe('one current licence: the other types that allow one (printing licence, postal licence)', () => {
  test('a second printing licence of one establishment is refused while the first is in force; another establishment is not', async () => {
    const holderId = await printer2025();
    const printing = (id: string, on: string) =>
      k.issueRaw({ holderId: id, type: 'PRINTING_LICENSE', number: `${unique()}/GP-IN`, decision: decision(on, '75-SVHTTDL') });
    expect((await printing(holderId, '2025-08-01')).errors).toBeUndefined();
    expectRefused(await printing(holderId, '2025-09-01'), 'effectiveFrom', /already has PRINTING_LICENSE .* to no end/);
    expect((await printing(await printer2025(), '2025-09-01')).errors).toBeUndefined();
  });

  test('a second postal licence of one operator is refused while the first is in force', async () => {
    const holderId = (await register(t, 'POSTAL_ENTERPRISE', postalEnterprise({ name: `Bưu chính ${unique()}` }), dept)).id;
    const postal = (on: string) =>
      k.issueRaw({
        holderId,
        type: 'POSTAL_LICENSE',
        number: `${unique()}/GP-BC`,
        expiresOn: '2030-08-01',
        decision: decision(on, '75-SKHCN'),
      });
    expect((await postal('2025-08-01')).errors).toBeUndefined();
    expectRefused(await postal('2025-09-01'), 'effectiveFrom', /already has POSTAL_LICENSE/);
  });
});

describe('postal licence competence by scope', () => {
  const postal = async (scope: 'INTRA_PROVINCIAL' | 'INTER_PROVINCIAL' | 'INTERNATIONAL') =>
    (await register(t, 'POSTAL_ENTERPRISE', postalEnterprise({ name: `Bưu chính ${unique()}`, details: { scope } }), dept)).id;
  const issuePostal = async (holderId: string, authority: string) =>
    k.issueRaw({
      holderId,
      type: 'POSTAL_LICENSE',
      number: `${unique()}/GP-BC`,
      expiresOn: '2035-08-01',
      decision: decision('2025-08-01', authority),
    });

  test('the Sở may not license an inter-provincial or international operator; the ministry may', async () => {
    for (const scope of ['INTER_PROVINCIAL', 'INTERNATIONAL'] as const) {
      const h = await postal(scope);
      expectRefused(
        await issuePostal(h, '75-SKHCN'),
        'decision.authorityCode',
        new RegExp(`only where scope is INTRA_PROVINCIAL; this holder's scope is ${scope}`),
      );
      expect((await issuePostal(h, 'BKHCN')).errors).toBeUndefined();
    }
  });

  test('a back-filled licence is judged by the scope it states in its conditions, not by the holder’s record today', async () => {
    // Licensed by the Sở TT&TT of Bình Phước in 2019 for intra-provincial post; the operator has since gone inter-provincial.
    const h = await postal('INTER_PROVINCIAL');
    const backFill = (conditions?: Record<string, unknown>) =>
      k.issueRaw({
        holderId: h,
        type: 'POSTAL_LICENSE',
        number: `${unique()}/GP-BC`,
        expiresOn: '2029-03-01',
        decision: decision('2019-03-01', '70-STTTT'),
        conditions,
      });
    // Stated nowhere: the holder's record today is all the registry knows, and it says inter-provincial.
    expectRefused(await backFill(), 'decision.authorityCode', /this holder's scope is INTER_PROVINCIAL/);
    expectRefused(
      await backFill({ scope: 'INTER_PROVINCIAL' }),
      'decision.authorityCode',
      /the licence's conditions.scope is INTER_PROVINCIAL/,
    );
    expectRefused(
      await backFill({ scope: 'nội tỉnh' }),
      'conditions.scope',
      /must be one of INTRA_PROVINCIAL, INTER_PROVINCIAL, INTERNATIONAL/,
    );
    const ok = await backFill({ scope: 'INTRA_PROVINCIAL' });
    expect(ok.errors).toBeUndefined();
    const lic = ok.data!.issueLicense.license;
    // Its later steps are judged by the scope it covers: the Sở's successor suspends it; it may not widen it.
    const widen = await k.stepRaw('amend', {
      ...k.stepInput('amend', lic, '2025-08-01', {}, '75-SKHCN'),
      conditions: { scope: 'INTER_PROVINCIAL' },
    });
    expectRefused(widen, 'decision.authorityCode', /the licence's conditions.scope is INTER_PROVINCIAL/);
    const suspended = await k.stepRaw('suspend', k.stepInput('suspend', lic, '2025-08-01', {}, '75-SKHCN'));
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data!.suspendLicense.license.status).toBe('SUSPENDED');
  });

  test('the Sở licenses an intra-provincial operator; the ministry does not', async () => {
    const h = await postal('INTRA_PROVINCIAL');
    expectRefused(await issuePostal(h, 'BKHCN'), 'decision.authorityCode', /only where scope is INTER_PROVINCIAL or INTERNATIONAL/);
    expect((await issuePostal(h, '75-SKHCN')).errors).toBeUndefined();
  });
});

describe('a commune office records the game-point certificates its own committee decides, and nothing else', () => {
  let commune: string;
  let district: string;
  beforeAll(async () => {
    commune = await t.key(Role.LOCAL_OFFICER, '25210');
    district = await t.key(Role.LOCAL_OFFICER, '689');
  });

  test('issue and later steps by UBND-X-25210 are recorded under the commune office’s key', async () => {
    const h = await k.gamePoint();
    const input = {
      holderId: h.id,
      type: 'GAME_POINT_CERTIFICATE' as const,
      number: `${unique()}/GCN`,
      expiresOn: '2027-08-01',
      decision: decision('2025-08-01'),
    };
    const r = await k.issueRaw(input, commune);
    expect(r.errors).toBeUndefined();
    const lic = r.data!.issueLicense.license;
    const s = await k.stepRaw('suspend', k.stepInput('suspend', lic, '2025-09-01'), commune);
    expect(s.errors).toBeUndefined();
    expect(s.data!.suspendLicense.license.status).toBe('SUSPENDED');
  });

  test('refused: another committee’s decision, another type, and any write by a district office', async () => {
    const h = await k.gamePoint();
    const other = await k.issueRaw(
      {
        holderId: h.id,
        type: 'GAME_POINT_CERTIFICATE',
        number: `${unique()}/GCN`,
        expiresOn: '2027-08-01',
        decision: decision('2025-08-01', 'UBND-X-26005'),
      },
      commune,
    );
    expect(codeOf(other)).toBe('FORBIDDEN');
    const printing = await k.issueRaw(
      {
        holderId: await printer2025(),
        type: 'PRINTING_LICENSE',
        number: `${unique()}/GP-IN`,
        decision: decision('2025-08-01', '75-SVHTTDL'),
      },
      commune,
    );
    expect(codeOf(printing)).toBe('FORBIDDEN');
    const h689 = await k.gamePoint({ address: { wardCode: '25210', structure: 'THREE_TIER_2024' } });
    const byDistrict = await k.issueRaw(
      {
        holderId: h689.id,
        type: 'GAME_POINT_CERTIFICATE',
        number: `${unique()}/GCN`,
        expiresOn: '2027-05-01',
        decision: decision('2025-05-01', 'UBND-H-689'),
      },
      district,
    );
    expect(codeOf(byDistrict)).toBe('FORBIDDEN');
    const lic = await k.issue(h.id, { on: '2025-08-01', expiresOn: '2027-08-01' });
    const step = await k.stepRaw('suspend', k.stepInput('suspend', lic, '2025-09-01'), district);
    expect(codeOf(step)).toBe('FORBIDDEN');
    // Nothing was written by the refused calls.
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM license WHERE holder_id = $1`, [h.uuid]);
    expect(n).toBe(1);
  });

  test('refused: a decision dated before 1 Jul 2025, when the commune People’s Committee did not exist yet', async () => {
    // A point recorded in Phường Đồng Xoài whose certificate the district (689) issued in May 2025.
    const h = await k.gamePoint();
    const lic = await k.issue(h.id, { on: '2025-05-05', expiresOn: '2027-05-05', authority: 'UBND-H-689' });
    // The commune office names its own committee on a decision of 20 Jun 2025: BAD_USER_INPUT on the authority, saying why.
    const early = await k.stepRaw('suspend', k.stepInput('suspend', lic, '2025-06-20'), commune);
    expectRefused(
      early,
      'decision.authorityCode',
      /^UBND-X-25210 could not sign decisions on 2025-06-20: it holds office from 2025-07-01; commune People's Committees took over the district ones on 2025-07-01: a decision dated before then is the district People's Committee's, and the Department records it$/,
    );
    // The committee that did sign then is the district's, whose decisions a commune office does not record.
    const districts = await k.stepRaw(
      'suspend',
      { ...k.stepInput('suspend', lic, '2025-06-20'), decision: decision('2025-06-20', 'UBND-H-689') },
      commune,
    );
    expect(codeOf(districts)).toBe('FORBIDDEN');
    expect(errorOf(districts)!.message).toMatch(/its own People’s Committee \(UBND-X-25210\) only, not of UBND-H-689/);
    // Issuing is judged the same way: a certificate decided on 30 Jun 2025 is refused, one of 1 Jul 2025 recorded.
    const point = await k.gamePoint();
    const issue = (on: string) =>
      k.issueRaw(
        { holderId: point.id, type: 'GAME_POINT_CERTIFICATE', number: `${unique()}/GCN`, expiresOn: '2027-07-01', decision: decision(on) },
        commune,
      );
    expectRefused(
      await issue('2025-06-30'),
      'decision.authorityCode',
      /could not sign decisions on 2025-06-30: it holds office from 2025-07-01/,
    );
    expect((await issue('2025-07-01')).errors).toBeUndefined();
    // From 1 Jul 2025 the commune office records its committee's steps on the certificate the district issued.
    const suspended = await k.stepRaw('suspend', k.stepInput('suspend', lic, '2025-07-01'), commune);
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data!.suspendLicense.license.status).toBe('SUSPENDED');
    const read = await t.gql(EVENTS, { id: lic.id }, dept);
    expect(read.data!.node).toMatchObject({
      status: 'SUSPENDED',
      events: [
        { type: 'ISSUED', authority: { code: 'UBND-H-689' } },
        { type: 'SUSPENDED', authority: { code: 'UBND-X-25210' } },
      ],
    });
  });

  test('refused as NOT_FOUND: a holder outside the commune, and a licence of one (the office does not see them)', async () => {
    const hoNai = await k.gamePoint({ address: { wardCode: '26005', structure: 'TWO_TIER_2025' } });
    const issue = await k.issueRaw(
      {
        holderId: hoNai.id,
        type: 'GAME_POINT_CERTIFICATE',
        number: `${unique()}/GCN`,
        expiresOn: '2027-08-01',
        decision: decision('2025-08-01', 'UBND-X-25210'),
      },
      commune,
    );
    expect(codeOf(issue)).toBe('NOT_FOUND');
    const lic = await k.issue(hoNai.id, { on: '2025-08-01', expiresOn: '2027-08-01', authority: 'UBND-X-26005' });
    for (const authority of ['UBND-X-25210', 'UBND-X-26005']) {
      const step = await k.stepRaw(
        'suspend',
        { ...k.stepInput('suspend', lic, '2025-09-01'), decision: decision('2025-09-01', authority) },
        commune,
      );
      expect(codeOf(step)).toBe('NOT_FOUND');
    }
    const read = await t.gql(EVENTS, { id: lic.id }, dept);
    expect(read.data!.node).toMatchObject({ status: 'ACTIVE', events: [{ type: 'ISSUED' }] });
    // A point still recorded with a 2024 ward that went whole into Phường Đồng Xoài is the commune's.
    const tienThanh = await k.gamePoint({ address: { wardCode: '25210', structure: 'THREE_TIER_2024' } });
    const own = await k.issueRaw(
      {
        holderId: tienThanh.id,
        type: 'GAME_POINT_CERTIFICATE',
        number: `${unique()}/GCN`,
        expiresOn: '2027-08-01',
        decision: decision('2025-08-01', 'UBND-X-25210'),
      },
      commune,
    );
    expect(own.errors).toBeUndefined();
  });

  test('a commune office still may not register entities', async () => {
    const r = await tryRegister(t, 'GAME_SERVICE_POINT', { address: { wardCode: '25210', structure: 'TWO_TIER_2025' } }, commune);
    expect(codeOf(r)).toBe('FORBIDDEN');
  });
});

const SEARCH = graphql(`
  query LawCloserSearch($filter: EntityFilter!) {
    entities(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          registryCode
          kind
          taxCode
        }
      }
    }
  }
`);

describe('search reads the street', () => {
  test('"phu rieng do" finds "65 Đường Phú Riềng Đỏ"; other words do not', async () => {
    const e = await register(
      t,
      'INTERNET_ACCESS_POINT',
      { address: { street: '65 Đường Phú Riềng Đỏ', wardCode: '25210', structure: 'TWO_TIER_2025' } },
      dept,
    );
    const found = await t.gql(SEARCH, { filter: { search: 'phu rieng do' } }, dept);
    expect(found.data!.entities.edges.map((x) => x.node.registryCode)).toEqual([e.registryCode]);
    const none = await t.gql(SEARCH, { filter: { search: 'phu rieng xanh' } }, dept);
    expect(none.data!.entities.totalCount).toBe(0);
  });

  test('the street is in the trigram-indexed search_text', async () => {
    const [{ def }] = await t.sql<{ def: string }>(
      `SELECT pg_get_expr(adbin, adrelid) AS def FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
        WHERE a.attrelid = 'regulated_entity'::regclass AND a.attname = 'search_text'`,
    );
    expect(def).toMatch(/street/);
    const [{ idx }] = await t.sql<{ idx: string }>(
      `SELECT indexdef AS idx FROM pg_indexes WHERE indexname = 'regulated_entity_search_idx'`,
    );
    expect(idx).toMatch(/gin \(search_text gin_trgm_ops\)/);
  });
});

describe('enterprise codes: one registered entity per kind and code; branches free; every record of an enterprise found', () => {
  test('a second entity of the same kind with the same 10-digit code is a CONFLICT naming the first', async () => {
    const code = freshTaxCode();
    const first = await register(t, 'IT_ENTERPRISE', { taxCode: code }, dept);
    const dup = await tryRegister(t, 'IT_ENTERPRISE', { taxCode: code }, dept);
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(errorOf(dup)!.message).toContain(first.registryCode);
    expect(errorOf(dup)!.extensions!.fields).toEqual([{ field: 'taxCode', message: `already registered as ${first.registryCode}` }]);
    // Another kind may carry the same code (one enterprise prints and posts); branches of it may repeat.
    const printer = await register(t, 'PRINTING_ESTABLISHMENT', { taxCode: code }, dept);
    const b1 = await register(t, 'IT_ENTERPRISE', { taxCode: `${code}-001` }, dept);
    const b2 = await register(t, 'IT_ENTERPRISE', { taxCode: `${code}-001` }, dept);
    const all = await t.gql(SEARCH, { filter: { enterpriseCode: `${code}-009` } }, dept);
    expect(all.data!.entities.edges.map((x) => x.node.registryCode).sort()).toEqual(
      [first.registryCode, printer.registryCode, b1.registryCode, b2.registryCode].sort(),
    );
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM regulated_entity WHERE tax_code = $1 AND kind = 'IT_ENTERPRISE'`,
      [code],
    );
    expect(n).toBe(1);
  });
});

const UPDATE = graphql(`
  mutation LawCloserUpdateEntity($input: UpdateEntityInput!) {
    updateEntity(input: $input) {
      entity {
        registryCode
        taxCode
        version
      }
    }
  }
`);

describe('enterprise codes on update: the rule of registration holds when a record changes its code', () => {
  test('to a code another record of the kind has: CONFLICT naming it, nothing written; to a branch code or another kind’s: allowed', async () => {
    const code = freshTaxCode();
    const first = await register(t, 'IT_ENTERPRISE', { taxCode: code }, dept);
    const second = await register(t, 'IT_ENTERPRISE', { taxCode: freshTaxCode() }, dept);
    const update = (e: { id: string; version: number }, taxCode: string) =>
      t.gql(UPDATE, { input: { id: e.id, version: e.version, taxCode } }, dept);

    const dup = await update(second, code);
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(errorOf(dup)!.message).toContain(`${first.registryCode} is already the registered IT_ENTERPRISE with enterprise code ${code}`);
    expect(errorOf(dup)!.extensions!.fields).toEqual([{ field: 'taxCode', message: `already registered as ${first.registryCode}` }]);
    const [row] = await t.sql<{ tax_code: string; version: number }>(
      `SELECT tax_code, version FROM regulated_entity WHERE registry_code = $1`,
      [second.registryCode],
    );
    expect(row).toEqual({ tax_code: second.taxCode, version: second.version });

    // A branch of the enterprise has its own 13-digit code, which the rule leaves free.
    const branch = await update(second, `${code}-001`);
    expect(branch.errors).toBeUndefined();
    expect(branch.data!.updateEntity.entity).toMatchObject({ registryCode: second.registryCode, taxCode: `${code}-001` });
    // Another kind may carry the enterprise's code; the record itself keeps its own code through an update.
    const printer = await register(t, 'PRINTING_ESTABLISHMENT', { taxCode: freshTaxCode() }, dept);
    expect((await update(printer, code)).errors).toBeUndefined();
    expect((await update(first, code)).errors).toBeUndefined();
  });

  test('a business location recorded under its parent’s 10-digit code is refused like the parent itself', async () => {
    const code = freshTaxCode();
    const parent = await register(t, 'IT_ENTERPRISE', { taxCode: code }, dept);
    const location = await tryRegister(t, 'IT_ENTERPRISE', { taxCode: code, legalForm: 'BRANCH' }, dept);
    expect(codeOf(location)).toBe('CONFLICT');
    expect(errorOf(location)!.extensions!.fields).toEqual([{ field: 'taxCode', message: `already registered as ${parent.registryCode}` }]);
    expect((await tryRegister(t, 'IT_ENTERPRISE', { taxCode: `${code}-002`, legalForm: 'BRANCH' }, dept)).errors).toBeUndefined();
  });
});

test('two registrations of one enterprise code at the same moment: one is recorded, the other is a CONFLICT', async () => {
  const code = freshTaxCode();
  const results = await Promise.all([1, 2, 3].map(() => tryRegister(t, 'TELECOM_OPERATOR', { taxCode: code }, dept)));
  expect(results.filter((r) => !r.errors)).toHaveLength(1);
  expect(results.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT']);
  const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM regulated_entity WHERE tax_code = $1`, [code]);
  expect(n).toBe(1);
});

describe('electronic-information licences (Decree 147/2024, Press Law 2016 and Circular 41/2020)', () => {
  test('a general website licence of the Sở VH-TT-DL; the Sở KH&CN is not competent', async () => {
    const p = await register(t, 'INFORMATION_PROVIDER', {}, dept);
    const website = (authority: string, on: string) =>
      k.issueRaw({
        holderId: p.id,
        type: 'GENERAL_WEBSITE_LICENSE',
        number: `${unique()}/GP-TTĐT`,
        expiresOn: '2030-08-01',
        decision: decision(on, authority),
      });
    expectRefused(await website('75-SKHCN', '2025-08-01'), 'decision.authorityCode', /not competent/);
    expect((await website('75-SVHTTDL', '2025-08-01')).errors).toBeUndefined();
    // Before 1 Mar 2025 the Sở TT&TT licensed them; several websites of one provider are several licences.
    expect((await website('70-STTTT', '2025-01-10')).errors).toBeUndefined();
    const tooLong = await k.issueRaw({
      holderId: p.id,
      type: 'GENERAL_WEBSITE_LICENSE',
      number: `${unique()}/GP-TTĐT`,
      expiresOn: '2036-01-01',
      decision: decision('2025-08-01', '75-SVHTTDL'),
    });
    expectRefused(tooLong, 'expiresOn', /120 months/);
  });

  test('a newsletter licence has no term; it is issued only to information providers', async () => {
    const p = await register(t, 'INFORMATION_PROVIDER', {}, dept);
    const ok = await k.issueRaw({
      holderId: p.id,
      type: 'NEWSLETTER_LICENSE',
      number: `${unique()}/GP-BT`,
      decision: decision('2025-08-01', '75-SVHTTDL'),
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.issueLicense.license.expiresOn).toBeNull();
    const toPrinter = await k.issueRaw({
      holderId: await printer2025(),
      type: 'NEWSLETTER_LICENSE',
      number: `${unique()}/GP-BT`,
      decision: decision('2025-08-01', '75-SVHTTDL'),
    });
    expectRefused(toPrinter, 'type', /only to INFORMATION_PROVIDER/);
  });
});
