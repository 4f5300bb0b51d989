import escapeHtml from 'escape-html';
import { parse } from 'csv-parse/sync';
import { seedDemoEntities } from '../seeds/demo';
import { seedDemoLicenses } from '../seeds/demo-licenses';
import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import type { PublicListKind } from './gql/graphql';
import { startTestApp, TestApp } from './helpers/app';
import { addDays, codeOf, fieldsOf, LicenseKit, today } from './helpers/licenses';

const PUBLIC_POINTS = graphql(`
  query PublicPoints($list: PublicListKind!, $unitCode: String, $search: String, $asOf: LocalDate, $first: Int, $after: String) {
    publicGameServicePoints(list: $list, unitCode: $unitCode, search: $search, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          name
          ownerName
          certificateNumber
          issuingAuthority
          issuedOn
          expiresOn
          status
          address {
            street
            structure
            wardCode
            ward
            district
            province
            fullText
            currentCommuneCode
            currentCommune
            splitBetween
            currentProvince
          }
          revocation {
            decisionNumber
            decisionDate
            effectiveOn
            groundCode
            ground
          }
        }
      }
    }
  }
`);

const PUBLIC_RADIO = graphql(`
  query PublicRadio($first: Int, $after: String, $search: String) {
    publicRevokedRadioLicenses(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          holderName
          licenseType
          licenseNumber
          issuingAuthority
          issuedOn
          expiresOn
          address {
            fullText
            currentCommune
          }
          revocation {
            decisionNumber
            decisionDate
            effectiveOn
            groundCode
            ground
          }
        }
      }
    }
  }
`);

const REVOKE = graphql(`
  mutation PublicRevoke($i: RevokeLicenseInput!) {
    revokeLicense(input: $i) {
      license {
        id
        status
      }
    }
  }
`);

type Point = NonNullable<Awaited<ReturnType<typeof pointsPage>>['data']>['publicGameServicePoints']['edges'][number]['node'];

let t: TestApp;
let k: LicenseKit;
let officer: string;
const T = today();

function pointsPage(
  vars: { list: PublicListKind; unitCode?: string; search?: string; asOf?: string; first?: number; after?: string },
  secret?: string,
) {
  return t.gql(PUBLIC_POINTS, { first: 100, ...vars }, secret);
}

/** Every row of a list, page by page, with the raw bodies (for the personal-data scan). */
async function wholeList(vars: { list: PublicListKind; unitCode?: string; search?: string; asOf?: string }, bodies?: string[]) {
  const points: Point[] = [];
  let after: string | undefined;
  for (let i = 0; i < 50; i++) {
    const r = await pointsPage({ ...vars, after });
    expect(r.errors).toBeUndefined();
    bodies?.push(JSON.stringify(r.data));
    const c = r.data!.publicGameServicePoints;
    points.push(...c.edges.map((e) => e.node));
    if (!c.pageInfo.hasNextPage) return { points, total: c.totalCount };
    after = c.pageInfo.endCursor!;
  }
  throw new Error('more than 50 pages');
}

async function csv(query: string): Promise<{ status: number; text: string; headers: Record<string, string> }> {
  const res = await t.http
    .get(`/public/game-service-points.csv${query}`)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks).toString('utf8')));
    });
  return { status: res.status, text: res.body as string, headers: res.headers as Record<string, string> };
}

const csvRecords = (text: string) => parse(text, { bom: true, columns: true }) as Record<string, string>[];

beforeAll(async () => {
  t = await startTestApp();
  await t.dataSource.transaction(async (m) => {
    await seedDemoEntities(m, { provinceCode: '75' });
    await seedDemoLicenses(m);
  });
  officer = await t.key(Role.DEPARTMENT_OFFICER);
  k = new LicenseKit(t, officer);
});
afterAll(() => t.close());

describe('publicGameServicePoints', () => {
  test('LICENSED: exactly the game-point certificates in force today (ACTIVE or SUSPENDED), by name, without a key', async () => {
    const { points, total } = await wholeList({ list: 'LICENSED' });
    const expected = await t.sql<{ number: string; status: string }>(
      `SELECT l.number, license_status_on(l.id, $1::date) AS status FROM license l JOIN regulated_entity e ON e.id = l.holder_id
        WHERE l.license_type = 'GAME_POINT_CERTIFICATE' AND license_status_on(l.id, $1::date) IN ('ACTIVE', 'SUSPENDED')
        ORDER BY e.name_sort, l.id`,
      [T],
    );
    expect(total).toBe(expected.length);
    expect(points.map((p) => [p.certificateNumber, p.status])).toEqual(expected.map((e) => [e.number, e.status]));
    expect(new Set(points.map((p) => p.status))).toEqual(new Set(['ACTIVE', 'SUSPENDED']));
    expect(points.every((p) => p.revocation === null)).toBe(true);
  });

  test('license_in_force_at(l, d) (what the lists filter by) is license_status_at(l, d) IN (ACTIVE, SUSPENDED), around the events and expiries of the demo data', async () => {
    const [{ licences, dates, disagree }] = await t.sql<{ licences: number; dates: number; disagree: number }>(
      `SELECT count(DISTINCT l.id)::int AS licences, count(DISTINCT d)::int AS dates,
              count(*) FILTER (WHERE license_in_force_at(l, d::date) IS DISTINCT FROM
                                     (license_status_at(l, d::date) IN ('ACTIVE', 'SUSPENDED')))::int AS disagree
         FROM license l
        CROSS JOIN (SELECT d FROM (SELECT effective_on + k AS d FROM license_event, generate_series(-1, 1) k
                                   UNION SELECT expires_on + k FROM license, generate_series(-1, 1) k WHERE expires_on IS NOT NULL) all_dates
                     -- every 7th of them (by day number): around a few hundred events and expiries, each side of them
                     WHERE (d - DATE '2000-01-01') % 7 = 0) dates`,
    );
    expect(licences).toBeGreaterThan(50);
    expect(dates).toBeGreaterThan(50);
    expect(disagree).toBe(0);
  });

  test('owner name only for organisations; full address with official names and the 2025 commune', async () => {
    const { points } = await wholeList({ list: 'LICENSED' });
    const rows = await t.sql<{ number: string; legal_form: string; name: string }>(
      `SELECT l.number, e.legal_form, e.name FROM license l JOIN regulated_entity e ON e.id = l.holder_id WHERE l.license_type = 'GAME_POINT_CERTIFICATE'`,
    );
    // Numbers repeat across issuing authorities (each numbers its own); with the point's name they are unique here.
    const byNumber = new Map(rows.map((r) => [`${r.number} ${r.name}`, r]));
    let persons = 0;
    let organisations = 0;
    for (const p of points) {
      const row = byNumber.get(`${p.certificateNumber} ${p.name}`)!;
      if (['HOUSEHOLD_BUSINESS', 'INDIVIDUAL'].includes(row.legal_form)) {
        persons++;
        expect(p.ownerName).toBeNull();
      } else {
        organisations++;
        expect(p.ownerName).toBe(row.name);
      }
    }
    expect(persons).toBeGreaterThan(0);
    expect(organisations).toBeGreaterThan(0);
    const old = points.find((p) => p.address.structure === 'THREE_TIER_2024' && p.address.currentCommune)!;
    expect(old.address.fullText).toBe(`${old.address.street}, ${old.address.ward}, ${old.address.district}, ${old.address.province}`);
    expect(old.address.province).toBe('Tỉnh Bình Phước');
    expect(old.address.currentProvince).toBe('Tỉnh Đồng Nai');
    const [unit] = await t.sql<{ full_name: string }>(`SELECT full_name FROM administrative_unit WHERE version = 2025 AND code = $1`, [
      old.address.currentCommuneCode,
    ]);
    expect(old.address.currentCommune).toBe(unit.full_name);
  });

  test('a certificate revoked today is on REVOKED with its decision, and no longer on LICENSED', async () => {
    const point = await k.gamePoint();
    const lic = await k.issue(point.id, { on: addDays(T, -200), number: 'THU-HOI-1/GCN' });
    const before = await wholeList({ list: 'LICENSED', search: lic.number });
    expect(before.points.map((p) => p.certificateNumber)).toEqual([lic.number]);
    // Whole-province counts (read from the statistics rollups) before the decision, and in a commune.
    const counts = async () =>
      Promise.all(
        (['LICENSED', 'REVOKED'] as const).flatMap((list) => [
          pointsPage({ list, first: 1 }).then((r) => r.data!.publicGameServicePoints.totalCount),
          pointsPage({ list, first: 1, unitCode: '25210' }).then((r) => r.data!.publicGameServicePoints.totalCount),
        ]),
      );
    const [licensed, licensedHere, revokedCount, revokedHere] = await counts();
    const r = await t.gql(
      REVOKE,
      {
        i: {
          licenseId: lic.id,
          version: lic.version,
          effectiveOn: T,
          groundCode: 'FRAUD',
          decision: { number: '901/QĐ-UBND', date: T, signer: 'Trần Văn Bình', signerTitle: 'Chủ tịch', authorityCode: 'UBND-X-25210' },
        },
      },
      officer,
    );
    expect(r.errors).toBeUndefined();
    expect((await wholeList({ list: 'LICENSED', search: lic.number })).points).toEqual([]);
    expect(await counts()).toEqual([licensed - 1, licensedHere - 1, revokedCount + 1, revokedHere + 1]);
    const revoked = (await wholeList({ list: 'REVOKED', search: lic.number })).points;
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toMatchObject({
      certificateNumber: lic.number,
      status: 'REVOKED',
      revocation: { decisionNumber: '901/QĐ-UBND', decisionDate: T, effectiveOn: T, groundCode: 'FRAUD' },
    });
    const [ground] = await t.sql<{ description: string }>(
      `SELECT description FROM revocation_ground WHERE license_type = 'GAME_POINT_CERTIFICATE' AND code = 'FRAUD'`,
    );
    expect(revoked[0].revocation!.ground).toBe(ground.description);
    // Yesterday's lists are as they were: licensed then, not yet revoked.
    expect((await wholeList({ list: 'LICENSED', search: lic.number, asOf: addDays(T, -1) })).points).toHaveLength(1);
    expect((await wholeList({ list: 'REVOKED', search: lic.number, asOf: addDays(T, -1) })).points).toEqual([]);
  });

  test('a suspended certificate is on LICENSED with the status SUSPENDED (GraphQL, CSV and page)', async () => {
    const point = await k.gamePoint();
    const lic = await k.issue(point.id, { on: addDays(T, -100), number: 'DINH-CHI-1/GCN' });
    await k.step('suspend', lic, addDays(T, -5), { suspendedUntil: addDays(T, 60) });
    const [p] = (await wholeList({ list: 'LICENSED', search: lic.number })).points;
    expect(p).toMatchObject({ certificateNumber: lic.number, status: 'SUSPENDED' });
    const file = csvRecords((await csv(`?list=LICENSED&q=${encodeURIComponent(lic.number)}`)).text);
    expect(file.map((r) => [r['Số giấy chứng nhận'], r['Tình trạng']])).toEqual([[lic.number, 'Đang bị đình chỉ']]);
    const page = await t.http.get(`/public/game-service-points?q=${encodeURIComponent(lic.number)}`);
    expect(page.text).toContain('Đang bị đình chỉ');
  });

  test('asOf reproduces the list of a past date, as the events had it then', async () => {
    for (const asOf of ['2024-06-30', '2025-03-01', '2025-07-01', addDays(T, -30)]) {
      const { points, total } = await wholeList({ list: 'LICENSED', asOf });
      const expected = await t.sql<{ number: string; status: string; expires: string | null }>(
        `SELECT (SELECT number_after FROM license_event ev WHERE ev.license_id = l.id AND ev.effective_on <= $1::date
                  ORDER BY ev.effective_on DESC, ev.seq DESC LIMIT 1) AS number,
                license_status_on(l.id, $1::date) AS status,
                (SELECT expires_on_after::text FROM license_event ev WHERE ev.license_id = l.id AND ev.effective_on <= $1::date
                  ORDER BY ev.effective_on DESC, ev.seq DESC LIMIT 1) AS expires
           FROM license l JOIN regulated_entity e ON e.id = l.holder_id
          WHERE l.license_type = 'GAME_POINT_CERTIFICATE' AND license_status_on(l.id, $1::date) IN ('ACTIVE', 'SUSPENDED')
          ORDER BY e.name_sort, l.id`,
        [asOf],
      );
      expect(total).toBe(expected.length);
      expect(points.map((p) => [p.certificateNumber, p.status, p.expiresOn])).toEqual(expected.map((e) => [e.number, e.status, e.expires]));
      const revoked = await wholeList({ list: 'REVOKED', asOf });
      const [{ n }] = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM license_event ev JOIN license l ON l.id = ev.license_id
          WHERE l.license_type = 'GAME_POINT_CERTIFICATE' AND ev.type = 'REVOKED' AND ev.effective_on <= $1::date`,
        [asOf],
      );
      expect(revoked.total).toBe(n);
      expect(revoked.points.every((p) => p.revocation!.effectiveOn <= asOf)).toBe(true);
    }
  });

  test('search ignores case and diacritics, in the name or the certificate number', async () => {
    const [row] = await t.sql<{ name: string; number: string }>(
      `SELECT e.name, l.number FROM license l JOIN regulated_entity e ON e.id = l.holder_id
        WHERE l.license_type = 'GAME_POINT_CERTIFICATE' AND license_status_on(l.id, $1::date) = 'ACTIVE' AND e.name ~ '[ăâđêôơưáàảãạ]'
        ORDER BY e.name LIMIT 1`,
      [T],
    );
    const plain = row.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toUpperCase();
    const found = (await wholeList({ list: 'LICENSED', search: plain })).points;
    expect(found.map((p) => p.name)).toContain(row.name);
    const folded = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase();
    for (const p of found) expect(folded(`${p.name} ${p.certificateNumber}`)).toContain(folded(plain).split(' ')[0]);
    const byNumber = (await wholeList({ list: 'LICENSED', search: row.number })).points;
    expect(byNumber.map((p) => p.certificateNumber)).toContain(row.number);
  });

  test('unit filter: a 2025 commune, a 2024 district and a 2024 ward, through the official mapping', async () => {
    const cases = await t.sql<{ code: string }>(
      `SELECT DISTINCT e.commune_code_2025 AS code FROM license l JOIN regulated_entity e ON e.id = l.holder_id
        WHERE l.license_type = 'GAME_POINT_CERTIFICATE' AND e.unit_version = 2024 AND e.commune_code_2025 IS NOT NULL ORDER BY 1 LIMIT 3`,
    );
    for (const { code } of cases) {
      const { points, total } = await wholeList({ list: 'LICENSED', unitCode: code });
      const [{ n }] = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM license l JOIN regulated_entity e ON e.id = l.holder_id
          WHERE l.license_type = 'GAME_POINT_CERTIFICATE' AND license_status_on(l.id, $2::date) IN ('ACTIVE', 'SUSPENDED')
            AND (e.ward_code = $1 AND e.unit_version = 2025
                 OR e.unit_version = 2024 AND e.ward_code IN (
                   SELECT old_code FROM administrative_unit_mapping m WHERE m.level = 'WARD' AND m.new_code = $1
                      AND NOT EXISTS (SELECT 1 FROM administrative_unit_mapping o WHERE o.old_code = m.old_code AND o.new_code <> $1)))`,
        [code, T],
      );
      expect(total).toBe(n);
      expect(points.every((p) => p.address.currentCommuneCode === code)).toBe(true);
    }
    // District 689 (Thành phố Đồng Xoài, 2024): its own addresses, and 2025 addresses in communes lying wholly inside it.
    const district = await wholeList({ list: 'LICENSED', unitCode: '689' });
    const inside = await t.sql<{ code: string }>(
      `SELECT m.new_code AS code FROM administrative_unit_mapping m LEFT JOIN administrative_unit w ON w.version = 2024 AND w.code = m.old_code
        WHERE m.level = 'WARD' GROUP BY m.new_code HAVING bool_and(coalesce(w.parent_code = '689', false))`,
    );
    const communes = new Set(inside.map((c) => c.code));
    expect(communes.size).toBeGreaterThan(0);
    expect(district.total).toBeGreaterThan(0);
    for (const p of district.points) {
      if (p.address.structure === 'THREE_TIER_2024') expect(p.address.district).toBe('Thành phố Đồng Xoài');
      else expect(communes.has(p.address.wardCode)).toBe(true);
    }
    const [{ n: inDistrict }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM license l JOIN regulated_entity e ON e.id = l.holder_id
        WHERE l.license_type = 'GAME_POINT_CERTIFICATE' AND license_status_on(l.id, $1::date) IN ('ACTIVE', 'SUSPENDED')
          AND (e.district_code = '689' OR e.unit_version = 2025 AND e.ward_code = ANY($2::text[]))`,
      [T, [...communes]],
    );
    expect(district.total).toBe(inDistrict);
    // A 2024 ward code that is no 2025 commune's code: only addresses in that ward (or a commune formed from it alone).
    const [ward] = await t.sql<{ code: string }>(
      `SELECT e.ward_code AS code FROM license l JOIN regulated_entity e ON e.id = l.holder_id
        WHERE l.license_type = 'GAME_POINT_CERTIFICATE' AND e.unit_version = 2024
          AND NOT EXISTS (SELECT 1 FROM administrative_unit u WHERE u.version = 2025 AND u.code = e.ward_code)
          AND license_status_on(l.id, $1::date) IN ('ACTIVE', 'SUSPENDED') LIMIT 1`,
      [T],
    );
    const wardList = await wholeList({ list: 'LICENSED', unitCode: ward.code });
    expect(wardList.total).toBeGreaterThan(0);
    expect(wardList.points.every((p) => p.address.wardCode === ward.code)).toBe(true);
  });

  test('bad input: unknown list, unit that does not exist, asOf in the future or before any record, first over the cap, a foreign cursor', async () => {
    const unknownList = await t.gql(PUBLIC_POINTS, { list: 'ALL' as PublicListKind });
    expect(codeOf(unknownList)).toBe('BAD_USER_INPUT');
    const cases: [Parameters<typeof pointsPage>[0], string][] = [
      [{ list: 'LICENSED', unitCode: '99999' }, 'unitCode'],
      [{ list: 'LICENSED', unitCode: 'Đồng Xoài' }, 'unitCode'],
      [{ list: 'LICENSED', asOf: addDays(T, 1) }, 'asOf'],
      [{ list: 'LICENSED', asOf: '2001-01-01' }, 'asOf'],
      [{ list: 'REVOKED', first: 101 }, 'first'],
      [{ list: 'LICENSED', first: -1 }, 'first'],
      [{ list: 'LICENSED', search: 'x'.repeat(101) }, 'search'],
    ];
    for (const [vars, field] of cases) {
      const r = await pointsPage(vars);
      expect([JSON.stringify(vars), codeOf(r), fieldsOf(r)]).toEqual([JSON.stringify(vars), 'BAD_USER_INPUT', [field]]);
    }
    const licensedCursor = (await pointsPage({ list: 'LICENSED', first: 1 })).data!.publicGameServicePoints.pageInfo.endCursor!;
    const r = await pointsPage({ list: 'REVOKED', after: licensedCursor });
    expect([codeOf(r), fieldsOf(r)]).toEqual(['BAD_USER_INPUT', ['after']]);
  });
});

describe('publicRevokedRadioLicenses', () => {
  test('a revoked radio licence appears with its decision; an individual holder’s name and address never do', async () => {
    const [lic] = await t.sql<{ id: string; number: string; version: number; authority: string; holder: string }>(
      `SELECT l.id, l.number, l.version, l.issuing_authority_code AS authority, l.holder_id AS holder FROM license l JOIN authority a ON a.code = l.issuing_authority_code
        WHERE l.license_type = 'RADIO_EQUIPMENT_LICENSE' AND license_status_on(l.id, $1::date) = 'ACTIVE' AND a.valid_to IS NULL
          AND l.last_effective_on < $1::date ORDER BY l.number LIMIT 1`,
      [T],
    );
    const r = await t.gql(
      REVOKE,
      {
        i: {
          licenseId: Buffer.from(`License:${lic.id}`).toString('base64url'),
          version: lic.version,
          effectiveOn: T,
          groundCode: 'HARMFUL_INTERFERENCE',
          decision: { number: '77/QĐ-CTS', date: T, signer: 'Lê Văn Cường', signerTitle: 'Cục trưởng', authorityCode: lic.authority },
        },
      },
      officer,
    );
    expect(r.errors).toBeUndefined();
    const list = await t.gql(PUBLIC_RADIO, { first: 100, search: lic.number });
    const [holder] = await t.sql<{ name: string }>(`SELECT name FROM regulated_entity WHERE id = $1`, [lic.holder]);
    expect(list.data!.publicRevokedRadioLicenses.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        holderName: holder.name,
        licenseType: 'RADIO_EQUIPMENT_LICENSE',
        licenseNumber: lic.number,
        revocation: expect.objectContaining({ decisionNumber: '77/QĐ-CTS', effectiveOn: T, groundCode: 'HARMFUL_INTERFERENCE' }),
      }),
    ]);
    // The same holder as an individual: listed, but neither its name nor its address, and not found by its name.
    await t.sql(`UPDATE regulated_entity SET legal_form = 'INDIVIDUAL', tax_code = NULL WHERE id = $1`, [lic.holder]);
    const again = await t.gql(PUBLIC_RADIO, { first: 100, search: lic.number });
    expect(again.data!.publicRevokedRadioLicenses.edges.map((e) => [e.node.licenseNumber, e.node.holderName, e.node.address])).toEqual([
      [lic.number, null, null],
    ]);
    expect(JSON.stringify(again.data)).not.toContain(holder.name);
    const byName = await t.gql(PUBLIC_RADIO, { first: 100, search: holder.name.split(' ').slice(0, 6).join(' ') });
    expect(byName.errors).toBeUndefined();
    expect(byName.data!.publicRevokedRadioLicenses.totalCount).toBe(0);
  });
});

describe('CSV and page', () => {
  test('the CSV: UTF-8 with a BOM, Vietnamese headers, the same rows as the GraphQL list', async () => {
    for (const list of ['LICENSED', 'REVOKED'] as const) {
      const res = await csv(`?list=${list}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="diem-tro-choi-dien-tu-.*\.csv"$/);
      expect(res.text.charCodeAt(0)).toBe(0xfeff);
      expect(res.text.slice(1, 40)).toBe('Tên điểm,Chủ sở hữu (tổ chức),Địa chỉ,"');
      const records = csvRecords(res.text);
      const { points } = await wholeList({ list });
      expect(records.map((r) => [r['Tên điểm'], r['Số giấy chứng nhận'], r['Địa chỉ'], r['Ngày hết hạn']])).toEqual(
        points.map((p) => [p.name, p.certificateNumber, p.address.fullText, p.expiresOn ?? '']),
      );
      if (list === 'REVOKED') {
        expect(records.map((r) => [r['Số quyết định thu hồi'], r['Ngày thu hồi có hiệu lực']])).toEqual(
          points.map((p) => [p.revocation!.decisionNumber, p.revocation!.effectiveOn]),
        );
      }
    }
    const unit = await csv('?list=LICENSED&unit=689');
    expect(csvRecords(unit.text).length).toBe((await wholeList({ list: 'LICENSED', unitCode: '689' })).total);
  });

  test('bad input on the page and the CSV: 400 with a readable Vietnamese message', async () => {
    const cases: [string, RegExp][] = [
      ['list=ALL', /Không có danh sách này/],
      ['unit=99999', /Không có huyện, xã hoặc phường nào mang mã 99999/],
      [`asOf=${addDays(T, 3)}`, /chưa đến/],
      ['asOf=2001-01-01', /trước ngày có dữ liệu đầu tiên/],
      ['asOf=2025-02-30', /ngày có thật/],
      ['first=1000', /Số dòng mỗi trang phải từ 0 đến 100/],
      ['after=bm90LWEtY3Vyc29y', /Liên kết trang không đúng/],
      // A NUL reached SQL from the query string (500): refused as the GraphQL edge refuses it.
      ['q=%00', /Từ khóa tìm kiếm có ký tự không hợp lệ/],
      ['q=game%00An', /Từ khóa tìm kiếm có ký tự không hợp lệ/],
      ['unit=689%00', /Mã địa bàn có ký tự không hợp lệ/],
    ];
    for (const [query, message] of cases) {
      const page = await t.http.get(`/public/game-service-points?${query}`);
      expect([query, page.status]).toEqual([query, 400]);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toMatch(message);
      expect(page.text).toContain('role="alert"');
      if (query.startsWith('after') || query.startsWith('first')) continue;
      const file = await csv(`?${query}`);
      expect([query, file.status]).toEqual([query, 400]);
      expect(file.text).toMatch(message);
    }
  });

  test('the page: Vietnamese, a strict CSP, no script, labelled controls and a semantic table', async () => {
    const res = await t.http.get('/public/game-service-points?list=REVOKED');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'",
    );
    expect(res.text).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
    expect(res.text).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    for (const id of ['q', 'unit', 'asOf']) expect(res.text).toContain(`<label for="${id}">`);
    expect(res.text).toContain('<th scope="col">Quyết định thu hồi</th>');
    expect(res.text).toContain('aria-current="page">Bị thu hồi giấy chứng nhận</a>');
    const css = await t.http.get('/public/assets/public.css');
    expect([css.status, css.headers['content-type']]).toEqual([200, 'text/css; charset=utf-8']);
  });
});

describe('HTTP caching of public responses', () => {
  test('GraphQL without a key: Cache-Control and ETag, 304 on If-None-Match; with a key: no-store', async () => {
    const body = { query: '{ publicGameServicePoints(list: LICENSED, first: 5) { totalCount edges { node { name } } } }' };
    const first = await t.http.post('/graphql').send(body);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await t.http.post('/graphql').set('if-none-match', etag).send(body);
    expect([again.status, again.text]).toEqual([304, '']);
    const other = await t.http.post('/graphql').set('if-none-match', 'W/"something-else"').send(body);
    expect(other.status).toBe(200);
    const keyed = await t.http.post('/graphql').set('authorization', `Bearer ${officer}`).set('if-none-match', etag).send(body);
    expect(keyed.status).toBe(200);
    expect(keyed.headers['cache-control']).toBe('no-store');
    // A keyed answer is neither tagged nor cut: its declared length is the length of its (Vietnamese, multi-byte) body.
    expect(keyed.headers.etag).toBeUndefined();
    expect(Number(keyed.headers['content-length'])).toBe(Buffer.byteLength(keyed.text));
    expect(keyed.body.data.publicGameServicePoints.totalCount).toBe(first.body.data.publicGameServicePoints.totalCount);
    const refused = await t.http.post('/graphql').send({ query: '{ publicGameServicePoints(list: LICENSED, first: 500) { totalCount } }' });
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  test('the page and the CSV: 304 on a matching ETag; the CSV ETag changes when a licence does', async () => {
    const page = await t.http.get('/public/game-service-points');
    expect(page.headers['cache-control']).toBe('public, max-age=60');
    expect((await t.http.get('/public/game-service-points').set('if-none-match', page.headers.etag as string)).status).toBe(304);
    const file = await csv('?list=REVOKED');
    const etag = file.headers.etag;
    expect(file.headers['cache-control']).toBe('public, max-age=60');
    expect((await t.http.get('/public/game-service-points.csv?list=REVOKED').set('if-none-match', etag)).status).toBe(304);
    const point = await k.gamePoint();
    await k.issue(point.id, { on: addDays(T, -10) });
    const after = await t.http.get('/public/game-service-points.csv?list=REVOKED').set('if-none-match', etag);
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
  });

  test('the page shows a certificate issued, a holder renamed or a certificate revoked in the very next request', async () => {
    // Pages are kept by their filters, the date and the data's version (src/public/public.router.ts): never stale.
    const point = await k.gamePoint();
    const [{ name }] = await t.sql<{ name: string }>(`SELECT name FROM regulated_entity WHERE id = $1`, [point.uuid]);
    const url = `/public/game-service-points?q=${encodeURIComponent(name)}`;
    const rows = async () => {
      const page = await t.http.get(url);
      expect(page.status).toBe(200);
      return [...page.text.matchAll(/<tr><th scope="row">([^<]*)<\/th>/g)].map((m) => m[1]);
    };
    expect(await rows()).toEqual([]);
    expect(await rows()).toEqual([]);
    const lic = await k.issue(point.id, { on: addDays(T, -3) });
    expect(await rows()).toEqual([escapeHtml(name)]);
    // Straight into the table, as a correction by hand would be (the search still finds it: its words are all there).
    await t.sql(`UPDATE regulated_entity SET name = name || ' Mới' WHERE id = $1`, [point.uuid]);
    expect(await rows()).toEqual([escapeHtml(`${name} Mới`)]);
    await k.step('revoke', lic, T);
    expect(await rows()).toEqual([]);
  });

  test('the CSV ETag changes when a transaction that started earlier commits after a later one', async () => {
    // Two writers: the first starts (and writes) before the second, and commits after it. A version taken from time
    // stamps would already include the second's and not move when the first commits, leaving the first's change unseen.
    const [a, b] = await t.sql<{ id: string }>(
      `SELECT e.id FROM regulated_entity e JOIN license l ON l.holder_id = e.id
        WHERE l.license_type = 'GAME_POINT_CERTIFICATE' AND license_in_force_at(l, $1::date) ORDER BY e.name_sort LIMIT 2`,
      [T],
    );
    const first = t.dataSource.createQueryRunner();
    const second = t.dataSource.createQueryRunner();
    try {
      await first.startTransaction();
      await first.query(`UPDATE regulated_entity SET street = street || ' (A)' WHERE id = $1`, [a.id]);
      await second.startTransaction();
      await second.query(`UPDATE regulated_entity SET street = street || ' (B)' WHERE id = $1`, [b.id]);
      await second.commitTransaction();
      const seenB = await csv('?list=LICENSED');
      expect(seenB.text).toContain(' (B)');
      expect(seenB.text).not.toContain(' (A)');
      expect((await t.http.get('/public/game-service-points.csv?list=LICENSED').set('if-none-match', seenB.headers.etag)).status).toBe(304);
      await first.commitTransaction();
      const seenA = await t.http.get('/public/game-service-points.csv?list=LICENSED').set('if-none-match', seenB.headers.etag);
      expect(seenA.status).toBe(200);
      expect(seenA.text).toContain(' (A)');
      // Transactions that write nothing of the registry's data (here: take an id and commit) move the cluster's xmin,
      // not the version: the file is still the same one.
      await t.sql(`SELECT pg_current_xact_id()`);
      await t.sql(`SELECT pg_current_xact_id()`);
      expect(
        (await t.http.get('/public/game-service-points.csv?list=LICENSED').set('if-none-match', seenA.headers.etag as string)).status,
      ).toBe(304);
    } finally {
      if (first.isTransactionActive) await first.rollbackTransaction();
      if (second.isTransactionActive) await second.rollbackTransaction();
      await first.release();
      await second.release();
    }
  });
});

describe('no personal data in any public response', () => {
  /**
   * Every free-text column that may carry personal data, as the entity classes name them (src/entities/regulated-entity.entity.ts,
   * src/licenses/license.entity.ts, the kinds' details in src/entities/*.ts): the representative's fields, contacts, notes,
   * the deregistration reason, managers' names in the details; a licence's scope as written (it has no notes column) and
   * the signers, reasons and grounds as written of licences and their events (the public lists give only the ground's
   * category). The names of individual holders too, except a game point's
   * own name, which the law publishes.
   */
  const SCANNED: Record<string, Record<string, string>> = {
    'regulated_entity e': {
      representative_name: 'e.representative_name',
      representative_title: 'e.representative_title',
      representative_id_number: 'e.representative_id_number',
      representative_phone: 'e.representative_phone',
      representative_address: 'e.representative_address',
      contact_email: 'e.contact_email',
      contact_phone: 'e.contact_phone',
      notes: 'e.notes',
      deregistration_reason: 'e.deregistration_reason',
      'details.directManagerName': `e.details->>'directManagerName'`,
      'details.contentManagerName': `e.details->>'contentManagerName'`,
      'name of an individual (not a game point)': `CASE WHEN e.legal_form IN ('HOUSEHOLD_BUSINESS', 'INDIVIDUAL') AND e.kind <> 'GAME_SERVICE_POINT' THEN e.name END`,
    },
    'license l': { scope: 'l.scope', signer_name: 'l.signer_name' },
    'license_event ev': { reason: 'ev.reason', ground_text: 'ev.ground_text', signer_name: 'ev.signer_name' },
  };
  const SOURCES = Object.entries(SCANNED).flatMap(([table, columns]) => Object.keys(columns).map((c) => `${table.split(' ')[0]}.${c}`));
  const SCANNED_SQL = Object.entries(SCANNED)
    .map(
      ([table, columns]) =>
        `SELECT x.source, x.v FROM ${table} CROSS JOIN LATERAL (VALUES ${Object.entries(columns)
          .map(([c, expr]) => `('${table.split(' ')[0]}.${c.replace(/'/g, "''")}', ${expr})`)
          .join(', ')}) x(source, v)`,
    )
    .join(' UNION ALL ');

  /** Whether `body` holds `v` as written, HTML-escaped or JSON-escaped. */
  const holds = (body: string, v: string) =>
    body.includes(v) || body.includes(escapeHtml(v)) || body.includes(JSON.stringify(v).slice(1, -1));

  test('every personal or free-text value in the database is absent from every public body (GraphQL without a key, CSV, HTML)', async () => {
    const rows = await t.sql<{ source: string; v: string }>(
      `SELECT DISTINCT source, v FROM (${SCANNED_SQL}) s WHERE v IS NOT NULL AND length(v) >= 5 ORDER BY source, v`,
    );
    // Not vacuous: every column scanned holds values in the demo data (a column the seed leaves empty would prove nothing).
    expect([...new Set(rows.map((r) => r.source))].sort()).toEqual([...SOURCES].sort());
    expect(rows.length).toBeGreaterThan(1000);

    const bodies: Record<'graphql' | 'csv' | 'html', string[]> = { graphql: [], csv: [], html: [] };
    for (const list of ['LICENSED', 'REVOKED'] as const) {
      await wholeList({ list }, bodies.graphql);
      await wholeList({ list, asOf: '2025-03-01' }, bodies.graphql);
      bodies.csv.push((await csv(`?list=${list}`)).text);
      bodies.csv.push((await csv(`?list=${list}&asOf=2025-03-01`)).text);
      let url: string | null = `/public/game-service-points?list=${list}&first=20`;
      while (url) {
        const res = await t.http.get(url);
        expect(res.status).toBe(200);
        bodies.html.push(res.text);
        const next = /<a rel="next" href="([^"]+)"/.exec(res.text);
        url = next ? next[1].replace(/&amp;/g, '&') : null;
      }
    }
    expect(bodies.html.length).toBeGreaterThanOrEqual(4);
    for (let after: string | null | undefined; ;) {
      const r = await t.gql(PUBLIC_RADIO, { first: 100, after });
      expect(r.errors).toBeUndefined();
      bodies.graphql.push(JSON.stringify(r.data));
      if (!r.data!.publicRevokedRadioLicenses.pageInfo.hasNextPage) break;
      after = r.data!.publicRevokedRadioLicenses.pageInfo.endCursor;
    }

    // Not vacuous: each kind of body carries the public values of both lists, found by the same test as the leaks.
    const [licensed] = await t.sql<{ name: string; number: string }>(
      `SELECT e.name, l.number FROM license l JOIN regulated_entity e ON e.id = l.holder_id
        WHERE l.license_type = 'GAME_POINT_CERTIFICATE' AND license_in_force_at(l, $1::date) AND e.name ~ '[&"<>]|[^ -~]'
        ORDER BY e.name_sort DESC LIMIT 1`,
      [T],
    );
    const [revoked] = await t.sql<{ decision: string; ground: string }>(
      `SELECT ev.decision_number AS decision, g.description AS ground FROM license_event ev JOIN license l ON l.id = ev.license_id
         JOIN revocation_ground g ON g.license_type = l.license_type AND g.code = ev.ground_code
        WHERE l.license_type = 'GAME_POINT_CERTIFICATE' AND ev.type = 'REVOKED' ORDER BY ev.effective_on LIMIT 1`,
    );
    for (const [kind, list] of Object.entries(bodies)) {
      const all = list.join('\n');
      expect([kind, [licensed.name, licensed.number, revoked.decision, revoked.ground].filter((v) => !holds(all, v))]).toEqual([kind, []]);
      const leaks = rows.filter((r) => holds(all, r.v)).map((r) => `${r.source}: ${r.v}`);
      expect([kind, leaks]).toEqual([kind, []]);
    }
  });
});
