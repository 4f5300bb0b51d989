import { seedDemoEntities } from '../seeds/demo';
import { Role } from '../src/auth/roles';
import { addDays, todayInVietnam } from '../src/graphql/dates';
import { graphql } from './gql';
import type { EntityListQuery, TypedDocumentString } from './gql/graphql';
import { GraphQLResponse, startTestApp, TestApp } from './helpers/app';
import {
  badFields,
  codes,
  EntityOf,
  freshTaxCode,
  globalId,
  Kind,
  KINDS,
  Overrides,
  register,
  RegisterInputs,
  tryRegister,
} from './helpers/factories';

let t: TestApp;
let dept: string;

beforeAll(async () => {
  t = await startTestApp();
  dept = await t.key(Role.DEPARTMENT_OFFICER);
});
afterAll(() => t.close());

const today = todayInVietnam();
const tomorrow = addDays(today, 1);
const uuidOf = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1];

const NODE = graphql(`
  query EntityNode($id: ID!) {
    node(id: $id) {
      ...EntityFields
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateEntity($input: UpdateEntityInput!) {
    updateEntity(input: $input) {
      entity {
        ...EntityFields
      }
    }
  }
`);
const DEREGISTER = graphql(`
  mutation DeregisterEntity($input: DeregisterEntityInput!) {
    deregisterEntity(input: $input) {
      entity {
        ...EntityFields
      }
    }
  }
`);
const LIST = graphql(`
  query EntityList($filter: EntityFilter) {
    entities(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          registryCode
          name
          status
        }
      }
    }
  }
`);

const unit = (code: string, name: string, fullName: string, level: string, structure: string) => ({
  code,
  name,
  fullName,
  level,
  structure,
});
const TAN_PHU_2024 = unit('25195', 'Tân Phú', 'Phường Tân Phú', 'WARD', 'THREE_TIER_2024');
const DONG_XOAI_DISTRICT = unit('689', 'Đồng Xoài', 'Thành phố Đồng Xoài', 'DISTRICT', 'THREE_TIER_2024');
const BINH_PHUOC = unit('70', 'Bình Phước', 'Tỉnh Bình Phước', 'PROVINCE', 'THREE_TIER_2024');
const BINH_PHUOC_WARD_2025 = unit('25195', 'Bình Phước', 'Phường Bình Phước', 'WARD', 'TWO_TIER_2025');
const DONG_XOAI_WARD_2025 = unit('25210', 'Đồng Xoài', 'Phường Đồng Xoài', 'WARD', 'TWO_TIER_2025');
const DONG_NAI = unit('75', 'Đồng Nai', 'Tỉnh Đồng Nai', 'PROVINCE', 'TWO_TIER_2025');

/** Rows a registration could have written: none may appear when it is refused. */
async function writtenRows() {
  const [r] = await t.sql(
    `SELECT (SELECT count(*)::int FROM regulated_entity) AS entities, (SELECT count(*)::int FROM audit_log) AS audit,
            (SELECT coalesce(sum(last_value), 0)::int FROM registry_code_counter) AS codes`,
  );
  return r;
}

describe('registering and reading back each of the eight kinds', () => {
  const kinds = Object.keys(KINDS) as Kind[];

  test.each(kinds)('%s: registered by the Department, read back whole through node and entities', async (kind) => {
    const info = KINDS[kind];
    const input = info.build();
    const entity = await register(t, kind, { taxCode: input.taxCode }, dept);

    expect(entity).toEqual({
      __typename: info.type,
      id: expect.any(String),
      kind,
      registryCode: `${info.prefix}-75-000001`,
      name: input.name,
      legalForm: input.legalForm,
      taxCode: input.taxCode,
      status: 'ACTIVE',
      deregisteredOn: null,
      deregistrationReason: null,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
      updatedAt: expect.any(String),
      version: 1,
      notes: 'Hồ sơ đầy đủ.',
      representative: input.representative,
      contact: input.contact,
      location: input.location,
      address: {
        street: '12 Lê Duẩn',
        structure: 'THREE_TIER_2024',
        fullText: '12 Lê Duẩn, Phường Tân Phú, Thành phố Đồng Xoài, Tỉnh Bình Phước',
        ward: TAN_PHU_2024,
        district: DONG_XOAI_DISTRICT,
        province: BINH_PHUOC,
        currentCommune: BINH_PHUOC_WARD_2025,
      },
      details: input.details,
    });

    const byNode = await t.gql(NODE, { id: entity.id }, dept);
    expect(byNode.errors).toBeUndefined();
    expect(byNode.data!.node).toEqual(entity);

    const listed = await t.gql(LIST, { filter: { kinds: [kind] } }, dept);
    expect(listed.data!.entities).toEqual({
      totalCount: 1,
      edges: [{ node: { id: entity.id, registryCode: `${info.prefix}-75-000001`, name: input.name, status: 'ACTIVE' } }],
    });
  });

  test('registry codes count up per kind: the second game point is GSP-75-000002', async () => {
    const e = await register(t, 'GAME_SERVICE_POINT', { name: 'Điểm game Thành Công' }, dept);
    expect(e.registryCode).toBe('GSP-75-000002');
    const all = await t.gql(LIST, {}, dept);
    const registryCodes = all.data!.entities.edges.map((edge: { node: { registryCode: string } }) => edge.node.registryCode);
    expect(registryCodes.every((c: string) => /^(PRT|PUB|PST|TEL|GSP|IAP|ITE|RFU|INF)-75-\d{6}$/.test(c))).toBe(true);
    expect(new Set(registryCodes).size).toBe(registryCodes.length);
  });
});

describe('addresses in both structures', () => {
  test('a 2024 ward of Đồng Xoài gives the district and the 2025 commune it went into whole', async () => {
    const e = await register(t, 'INTERNET_ACCESS_POINT', { address: { street: '5 Trần Hưng Đạo', wardCode: '25210' } }, dept);
    expect(e.address).toEqual({
      street: '5 Trần Hưng Đạo',
      structure: 'THREE_TIER_2024',
      fullText: '5 Trần Hưng Đạo, Phường Tiến Thành, Thành phố Đồng Xoài, Tỉnh Bình Phước',
      ward: unit('25210', 'Tiến Thành', 'Phường Tiến Thành', 'WARD', 'THREE_TIER_2024'),
      district: DONG_XOAI_DISTRICT,
      province: BINH_PHUOC,
      currentCommune: DONG_XOAI_WARD_2025,
    });
  });

  test('a 2024 ward of Lộc Ninh names its district and province officially', async () => {
    const e = await register(t, 'GAME_SERVICE_POINT', { name: 'Điểm game Lộc Ninh', address: { street: 'Ấp 3', wardCode: '25270' } }, dept);
    expect(e.address.fullText).toBe('Ấp 3, Thị trấn Lộc Ninh, Huyện Lộc Ninh, Tỉnh Bình Phước');
    expect(e.address.district).toEqual(unit('692', 'Lộc Ninh', 'Huyện Lộc Ninh', 'DISTRICT', 'THREE_TIER_2024'));
    expect(e.address.currentCommune).toEqual(unit('25270', 'Lộc Ninh', 'Xã Lộc Ninh', 'WARD', 'TWO_TIER_2025'));
  });

  test('a 2025 commune code has no district and lies in Đồng Nai', async () => {
    const e = await register(
      t,
      'GAME_SERVICE_POINT',
      { name: 'Điểm game 2025', address: { wardCode: '25210', structure: 'TWO_TIER_2025' } },
      dept,
    );
    expect(e.address).toEqual({
      street: '12 Lê Duẩn',
      structure: 'TWO_TIER_2025',
      fullText: '12 Lê Duẩn, Phường Đồng Xoài, Tỉnh Đồng Nai',
      ward: DONG_XOAI_WARD_2025,
      district: null,
      province: DONG_NAI,
      currentCommune: DONG_XOAI_WARD_2025,
    });
  });

  test('without a structure the address is read as a 2025 (current) code', async () => {
    const e = await register(
      t,
      'GAME_SERVICE_POINT',
      { name: 'Điểm game mặc định', address: { wardCode: '25270', structure: undefined } },
      dept,
    );
    expect(e.address.structure).toBe('TWO_TIER_2025');
    expect(e.address.fullText).toBe('12 Lê Duẩn, Xã Lộc Ninh, Tỉnh Đồng Nai');
  });
});

describe('validation: every rule answers BAD_USER_INPUT with its field, and nothing is written', () => {
  const longName = 'Đ'.repeat(256);
  const cases: [string, Kind, Overrides<RegisterInputs[Kind]>, { field: string; message: string }[]][] = [
    [
      'a 9-digit tax code',
      'IT_ENTERPRISE',
      { taxCode: '380123456' },
      [{ field: 'taxCode', message: expect.stringContaining('10-digit enterprise/tax code') }],
    ],
    [
      'a tax code with letters',
      'IT_ENTERPRISE',
      { taxCode: '38012345AB' },
      [{ field: 'taxCode', message: expect.stringContaining('10-digit') }],
    ],
    [
      'a business phone that is not Vietnamese',
      'POSTAL_ENTERPRISE',
      { contact: { phone: '0123456789' } },
      [{ field: 'contact.phone', message: 'must be a Vietnamese phone number (10-digit mobile or 11-digit landline, starting 0 or +84)' }],
    ],
    [
      'a representative phone one digit short',
      'GAME_SERVICE_POINT',
      { representative: { phone: '+8491234567' } },
      [{ field: 'representative.phone', message: expect.stringContaining('Vietnamese phone number') }],
    ],
    [
      'an e-mail without domain',
      'PUBLISHER',
      { contact: { email: 'lienhe@' } },
      [{ field: 'contact.email', message: 'must be an e-mail address' }],
    ],
    [
      'a citizen ID of 11 digits',
      'GAME_SERVICE_POINT',
      { representative: { idNumber: '07008500123' } },
      [{ field: 'representative.idNumber', message: expect.stringContaining('12-digit citizen ID') }],
    ],
    [
      'a ward code of 4 digits',
      'GAME_SERVICE_POINT',
      { address: { wardCode: '2521' } },
      [{ field: 'address.wardCode', message: 'must be a 5-digit official commune/ward code' }],
    ],
    [
      'a 2024-only ward code stated as 2025',
      'GAME_SERVICE_POINT',
      { address: { wardCode: '25213', structure: 'TWO_TIER_2025' } },
      [{ field: 'address.wardCode', message: 'is not a commune/ward code of the TWO_TIER_2025 structure' }],
    ],
    [
      'a ward code that exists in no structure',
      'GAME_SERVICE_POINT',
      { address: { wardCode: '99999' } },
      [{ field: 'address.wardCode', message: 'is not a commune/ward code of the THREE_TIER_2024 structure' }],
    ],
    [
      'a Hà Nội ward (2024)',
      'GAME_SERVICE_POINT',
      { address: { wardCode: '00001' } },
      [{ field: 'address.wardCode', message: "lies outside the registry's province (70 or 75 in the THREE_TIER_2024 structure)" }],
    ],
    [
      // (A ward of the former Đồng Nai, 75, is inside since issue 13: Đồng Nai was formed from Bình Phước and Đồng Nai.)
      'a Bình Dương ward of 2024 (74, now part of Hồ Chí Minh)',
      'GAME_SERVICE_POINT',
      { address: { wardCode: '25741' } },
      [{ field: 'address.wardCode', message: "lies outside the registry's province (70 or 75 in the THREE_TIER_2024 structure)" }],
    ],
    [
      'a Hà Nội commune (2025)',
      'GAME_SERVICE_POINT',
      { address: { wardCode: '00004', structure: 'TWO_TIER_2025' } },
      [{ field: 'address.wardCode', message: "lies outside the registry's province (75 in the TWO_TIER_2025 structure)" }],
    ],
    [
      'a game point with 0 machines',
      'GAME_SERVICE_POINT',
      { details: { machineCount: 0 } },
      [{ field: 'details.machineCount', message: 'must not be less than 1' }],
    ],
    [
      'an Internet point with 0 machines',
      'INTERNET_ACCESS_POINT',
      { details: { machineCount: 0 } },
      [{ field: 'details.machineCount', message: 'must not be less than 1' }],
    ],
    [
      'an IT enterprise with 0 employees',
      'IT_ENTERPRISE',
      { details: { employees: 0 } },
      [{ field: 'details.employees', message: 'must not be less than 1' }],
    ],
    [
      'a printing machine quantity of 0',
      'PRINTING_ESTABLISHMENT',
      { details: { equipment: [{ name: 'Máy in', quantity: 0, isColorCopier: false }] } },
      [{ field: 'details.equipment.0.quantity', message: 'must not be less than 1' }],
    ],
    [
      'a floor area of 0 m²',
      'GAME_SERVICE_POINT',
      { details: { floorAreaM2: 0 } },
      [{ field: 'details.floorAreaM2', message: 'must be a positive number' }],
    ],
    [
      'a negative floor area',
      'GAME_SERVICE_POINT',
      { details: { floorAreaM2: -12.5 } },
      [{ field: 'details.floorAreaM2', message: 'must be a positive number' }],
    ],
    [
      'a frequency below 8.3 kHz',
      'RADIO_FREQUENCY_USER',
      { details: { assignments: [{ frequencyMHz: 0.008, powerW: 5, stationLocation: 'Đồi', purpose: 'Thử' }] } },
      [{ field: 'details.assignments.0.frequencyMHz', message: 'must not be less than 0.0083' }],
    ],
    [
      'a frequency above 3 000 GHz',
      'RADIO_FREQUENCY_USER',
      { details: { assignments: [{ frequencyMHz: 3000000.5, powerW: 5, stationLocation: 'Đồi', purpose: 'Thử' }] } },
      [{ field: 'details.assignments.0.frequencyMHz', message: 'must not be greater than 3000000' }],
    ],
    [
      'a band whose upper edge is below its lower edge',
      'RADIO_FREQUENCY_USER',
      { details: { assignments: [{ bandFromMHz: 450.2, bandToMHz: 450.1, powerW: 5, stationLocation: 'Đồi', purpose: 'Thử' }] } },
      [{ field: 'details.assignments.0.bandToMHz', message: 'a band needs both edges, the upper above the lower' }],
    ],
    [
      'a band with one edge',
      'RADIO_FREQUENCY_USER',
      { details: { assignments: [{ bandFromMHz: 450.2, powerW: 5, stationLocation: 'Đồi', purpose: 'Thử' }] } },
      [{ field: 'details.assignments.0.bandToMHz', message: 'a band needs both edges, the upper above the lower' }],
    ],
    [
      'both a frequency and a band',
      'RADIO_FREQUENCY_USER',
      {
        details: {
          assignments: [{ frequencyMHz: 99.1, bandFromMHz: 450.1, bandToMHz: 450.2, powerW: 5, stationLocation: 'Đồi', purpose: 'Thử' }],
        },
      },
      [{ field: 'details.assignments.0', message: 'give either frequencyMHz or a band (bandFromMHz and bandToMHz), not both' }],
    ],
    [
      'neither a frequency nor a band',
      'RADIO_FREQUENCY_USER',
      { details: { assignments: [{ powerW: 5, stationLocation: 'Đồi', purpose: 'Thử' }] } },
      [{ field: 'details.assignments.0', message: 'give either frequencyMHz or a band (bandFromMHz and bandToMHz), not both' }],
    ],
    [
      'no frequency assignment at all',
      'RADIO_FREQUENCY_USER',
      { details: { assignments: [] } },
      [{ field: 'details.assignments', message: 'must contain at least 1 elements' }],
    ],
    [
      'an enterprise founded tomorrow',
      'IT_ENTERPRISE',
      { details: { foundedOn: tomorrow } },
      [{ field: 'details.foundedOn', message: 'cannot be in the future (dates are judged in Asia/Ho_Chi_Minh)' }],
    ],
    [
      'a business registration dated tomorrow',
      'GAME_SERVICE_POINT',
      { details: { businessRegistrationDate: tomorrow } },
      [{ field: 'details.businessRegistrationDate', message: expect.stringContaining('cannot be in the future') }],
    ],
    [
      'an ISP contract signed tomorrow',
      'GAME_SERVICE_POINT',
      { details: { ispAgentContract: { signedOn: tomorrow } } },
      [{ field: 'details.ispAgentContract.signedOn', message: expect.stringContaining('cannot be in the future') }],
    ],
    [
      'a name of 256 characters',
      'PUBLISHER',
      { name: longName },
      [{ field: 'name', message: 'must be shorter than or equal to 255 characters' }],
    ],
    ['an empty name', 'PUBLISHER', { name: '' }, [{ field: 'name', message: 'must be longer than or equal to 1 characters' }]],
    [
      'opening hours that are not a time range',
      'GAME_SERVICE_POINT',
      { details: { openingHours: 'cả ngày' } },
      [{ field: 'details.openingHours', message: 'must look like 08:00–22:00' }],
    ],
    [
      'a website without http(s)',
      'TELECOM_OPERATOR',
      { contact: { website: 'ftp://example.vn' } },
      [{ field: 'contact.website', message: 'must be an http(s) URL' }],
    ],
  ];

  test.each(cases)('%s', async (_what, kind, overrides, fields) => {
    const before = await writtenRows();
    const r = await tryRegister(t, kind, overrides, dept);
    expect(r.status).toBe(200);
    expect(r.data).toBeNull();
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].path).toEqual([`register${KINDS[kind].type}`]);
    expect(r.errors![0].extensions!.fields).toEqual(fields);
    expect(await writtenRows()).toEqual(before);
  });

  test('the same input is judged the same every time: refused twice, and a valid one beside it does not open the door', async () => {
    const bad = { contact: { phone: '0123456789' } };
    for (let i = 0; i < 2; i++) {
      const r = await tryRegister(t, 'POSTAL_ENTERPRISE', bad, dept);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(badFields(r)).toEqual(['contact.phone']);
      const ok = await tryRegister(t, 'POSTAL_ENTERPRISE', { contact: { phone: '0912345678' } }, dept);
      expect(ok.errors).toBeUndefined();
    }
  });

  test('several mistakes at once are all listed, each with its field', async () => {
    const before = await writtenRows();
    const r = await tryRegister(
      t,
      'GAME_SERVICE_POINT',
      { name: longName, taxCode: '12', contact: { email: 'x', phone: '12' }, details: { machineCount: 0, floorAreaM2: 0 } },
      dept,
    );
    expect(badFields(r).sort()).toEqual([
      'contact.email',
      'contact.phone',
      'details.floorAreaM2',
      'details.machineCount',
      'name',
      'taxCode',
    ]);
    expect(await writtenRows()).toEqual(before);
  });

  test('the limits themselves are accepted and values are normalised', async () => {
    const gp = await register(
      t,
      'GAME_SERVICE_POINT',
      {
        name: 'Đ'.repeat(255),
        taxCode: '3801234567001',
        representative: { phone: '+84 912 345 678' },
        contact: { email: 'LienHe@Example.VN', phone: '0271 388 1234' },
        details: { machineCount: 1, floorAreaM2: 0.5, businessRegistrationDate: today },
      },
      dept,
    );
    expect(gp.name).toHaveLength(255);
    expect(gp.taxCode).toBe('3801234567-001');
    expect(gp.representative!.phone).toBe('0912345678');
    expect(gp.contact).toEqual({ email: 'lienhe@example.vn', phone: '02713881234', website: 'https://example.vn' });
    expect(gp.details).toMatchObject({ machineCount: 1, floorAreaM2: 0.5, businessRegistrationDate: today });

    const radio = await register(
      t,
      'RADIO_FREQUENCY_USER',
      {
        name: 'Đài vô tuyến biên',
        details: {
          assignments: [
            { frequencyMHz: 0.0083, powerW: 1, stationLocation: 'Trạm A', purpose: 'Thử tần số thấp nhất' },
            { frequencyMHz: 3000000, powerW: 1, stationLocation: 'Trạm B', purpose: 'Thử tần số cao nhất' },
            { bandFromMHz: 0.0083, bandToMHz: 3000000, powerW: 1, stationLocation: 'Trạm C', purpose: 'Cả phổ' },
          ],
        },
      },
      dept,
    );
    expect(radio.details.assignments.map((a) => [a.frequencyMHz, a.bandFromMHz, a.bandToMHz])).toEqual([
      [0.0083, null, null],
      [3000000, null, null],
      [null, 0.0083, 3000000],
    ]);
  });

  test('a refused registration leaves no gap in the registry codes', async () => {
    const [{ n }] = await t.sql<{ n: number }>(`SELECT last_value AS n FROM registry_code_counter WHERE prefix = 'PUB-75'`);
    await tryRegister(t, 'PUBLISHER', { address: { wardCode: '00001' } }, dept);
    await tryRegister(t, 'PUBLISHER', { contact: { email: 'x' } }, dept);
    const e = await register(t, 'PUBLISHER', { name: 'Nhà sách Tiến Thành' }, dept);
    expect(e.registryCode).toBe(`PUB-75-${String(n + 1).padStart(6, '0')}`);
  });
});

describe('updateEntity with optimistic versions', () => {
  let gp: EntityOf<'GAME_SERVICE_POINT'>;
  beforeAll(async () => {
    gp = await register(t, 'GAME_SERVICE_POINT', { name: 'Điểm game Phú Riềng Đỏ' }, dept);
  });

  test('the right version changes the entity and increments its version; a stale one is a CONFLICT', async () => {
    const ok = await t.gql(UPDATE, { input: { id: gp.id, version: 1, name: 'Điểm game Phú Riềng' } }, dept);
    expect(ok.errors).toBeUndefined();
    const updated = ok.data!.updateEntity.entity;
    expect(updated).toMatchObject({
      id: gp.id,
      registryCode: gp.registryCode,
      name: 'Điểm game Phú Riềng',
      version: 2,
      createdAt: gp.createdAt,
    });
    const [stamps] = await t.sql(`SELECT updated_at > created_at AS later FROM regulated_entity WHERE id = $1`, [uuidOf(gp.id)]);
    expect(stamps).toEqual({ later: true });
    // Everything not sent stays as it was.
    expect({ ...updated, name: gp.name, version: 1, updatedAt: gp.updatedAt }).toEqual(gp);

    const stale = await t.gql(UPDATE, { input: { id: gp.id, version: 1, name: 'Tên khác' } }, dept);
    expect(stale.data).toBeNull();
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions!.currentVersion).toBe(2);
    const now = await t.gql(NODE, { id: gp.id }, dept);
    expect(now.data!.node).toMatchObject({ name: 'Điểm game Phú Riềng', version: 2 });
  });

  test('the kind’s own attributes are replaced whole and validated under the kind’s field name', async () => {
    const details = { machineCount: 35, floorAreaM2: 90, businessRegistrationNumber: '44A8009999' };
    const r = await t.gql(UPDATE, { input: { id: gp.id, version: 2, gameServicePoint: details } }, dept);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateEntity.entity.details).toEqual({
      ...details,
      openingHours: null,
      directManagerName: null,
      businessRegistrationDate: null,
      ispAgentContract: null,
    });
    expect(r.data!.updateEntity.entity.version).toBe(3);

    const bad = await t.gql(
      UPDATE,
      { input: { id: gp.id, version: 3, gameServicePoint: { ...details, machineCount: 0, floorAreaM2: -1 } } },
      dept,
    );
    expect(badFields(bad)).toEqual(['gameServicePoint.machineCount', 'gameServicePoint.floorAreaM2']);
  });

  test('attributes of another kind are refused with BAD_USER_INPUT on that field', async () => {
    const before = await writtenRows();
    const r = await t.gql(UPDATE, { input: { id: gp.id, version: 3, publisher: { role: 'DISTRIBUTOR', branches: [] } } }, dept);
    expect(badFields(r)).toEqual(['publisher']);
    expect(r.errors![0].extensions!.fields![0].message).toBe('this entity is a GAME_SERVICE_POINT; its attributes go in gameServicePoint');
    expect(await writtenRows()).toEqual(before);
    const now = await t.gql(NODE, { id: gp.id }, dept);
    expect(now.data!.node!.version).toBe(3);
  });

  test('a new address is checked like a registration and re-derives district and commune', async () => {
    const bad = await t.gql(
      UPDATE,
      { input: { id: gp.id, version: 3, address: { street: 'x', wardCode: '00001', structure: 'THREE_TIER_2024' } } },
      dept,
    );
    expect(badFields(bad)).toEqual(['address.wardCode']);

    const r = await t.gql(UPDATE, { input: { id: gp.id, version: 3, address: { street: '1 Quốc lộ 14', wardCode: '25210' } } }, dept);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateEntity.entity.address).toMatchObject({
      structure: 'TWO_TIER_2025',
      fullText: '1 Quốc lộ 14, Phường Đồng Xoài, Tỉnh Đồng Nai',
      district: null,
      currentCommune: { code: '25210' },
    });
    const [row] = await t.sql(
      `SELECT district_code, commune_code_2025, province_code, province_code_2025 FROM regulated_entity WHERE id = $1`,
      [uuidOf(gp.id)],
    );
    expect(row).toEqual({ district_code: null, commune_code_2025: '25210', province_code: '75', province_code_2025: '75' });
  });

  test('null clears optional fields', async () => {
    const r = await t.gql(
      UPDATE,
      { input: { id: gp.id, version: 4, taxCode: null, representative: null, location: null, notes: null } },
      dept,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateEntity.entity).toMatchObject({ taxCode: null, representative: null, location: null, notes: null, version: 5 });
  });

  test('an enterprise code is checked against the other entities of the kind: its own again is kept, another’s is a CONFLICT', async () => {
    const a = await register(t, 'IT_ENTERPRISE', { taxCode: freshTaxCode() }, dept);
    const b = await register(t, 'IT_ENTERPRISE', { taxCode: freshTaxCode() }, dept);
    const own = await t.gql(UPDATE, { input: { id: a.id, version: 1, taxCode: a.taxCode, name: 'Công ty Giữ Mã Số' } }, dept);
    expect(own.errors).toBeUndefined();
    expect(own.data!.updateEntity.entity).toMatchObject({ taxCode: a.taxCode, name: 'Công ty Giữ Mã Số', version: 2 });
    const taken = await t.gql(UPDATE, { input: { id: b.id, version: 1, taxCode: a.taxCode } }, dept);
    expect(codes(taken)).toEqual(['CONFLICT']);
    expect(taken.errors![0].extensions!.fields).toEqual([{ field: 'taxCode', message: `already registered as ${a.registryCode}` }]);
    expect((await t.gql(NODE, { id: b.id }, dept)).data!.node).toMatchObject({ taxCode: b.taxCode, version: 1 });
  });

  test('an unknown id is NOT_FOUND; an id that is not an entity id is BAD_USER_INPUT', async () => {
    const missing = globalId('RegulatedEntity', '3f1c2b7e-0000-4000-8000-000000000000');
    const r = await t.gql(UPDATE, { input: { id: missing, version: 1, name: 'x' } }, dept);
    expect(codes(r)).toEqual(['NOT_FOUND']);
    const unitId = globalId('AdministrativeUnit', '2024:689');
    expect(badFields(await t.gql(UPDATE, { input: { id: unitId, version: 1, name: 'x' } }, dept))).toEqual(['id']);
    expect(badFields(await t.gql(UPDATE, { input: { id: 'không-phải-id', version: 1, name: 'x' } }, dept))).toEqual(['id']);
  });
});

describe('deregisterEntity', () => {
  let gp: EntityOf<'GAME_SERVICE_POINT'>;
  beforeAll(async () => {
    gp = await register(t, 'GAME_SERVICE_POINT', { name: 'Điểm game Ngừng Hoạt Động' }, dept);
  });

  test('a future date and a too-short reason are refused with their fields', async () => {
    const r = await t.gql(DEREGISTER, { input: { id: gp.id, version: 1, effectiveOn: tomorrow, reason: 'x' } }, dept);
    expect(badFields(r).sort()).toEqual(['effectiveOn', 'reason']);
  });

  test('takes the entity off the registry: hidden from entities by default, listed with statuses [DEREGISTERED]', async () => {
    const r = await t.gql(
      DEREGISTER,
      { input: { id: gp.id, version: 1, effectiveOn: today, reason: 'Ngừng hoạt động theo đề nghị của chủ cơ sở' } },
      dept,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.deregisterEntity.entity).toMatchObject({
      status: 'DEREGISTERED',
      deregisteredOn: today,
      deregistrationReason: 'Ngừng hoạt động theo đề nghị của chủ cơ sở',
      version: 2,
    });

    const ids = (res: GraphQLResponse<EntityListQuery>) => res.data!.entities.edges.map((e: { node: { id: string } }) => e.node.id);
    const active = await t.gql(LIST, {}, dept);
    expect(ids(active)).not.toContain(gp.id);
    const [{ n: activeCount }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM regulated_entity WHERE status = 'ACTIVE'`);
    expect(active.data!.entities.totalCount).toBe(activeCount);

    const gone = await t.gql(LIST, { filter: { statuses: ['DEREGISTERED'] } }, dept);
    expect(gone.data!.entities).toEqual({
      totalCount: 1,
      edges: [{ node: { id: gp.id, registryCode: gp.registryCode, name: 'Điểm game Ngừng Hoạt Động', status: 'DEREGISTERED' } }],
    });
    const both = await t.gql(LIST, { filter: { statuses: ['ACTIVE', 'DEREGISTERED'] } }, dept);
    expect(both.data!.entities.totalCount).toBe(activeCount + 1);

    // The record is kept and readable by id.
    const node = await t.gql(NODE, { id: gp.id }, dept);
    expect(node.data!.node).toMatchObject({ status: 'DEREGISTERED', name: 'Điểm game Ngừng Hoạt Động' });
  });

  test('deregistering twice is a CONFLICT, as is a stale version', async () => {
    const again = await t.gql(DEREGISTER, { input: { id: gp.id, version: 2, effectiveOn: today, reason: 'Lần hai' } }, dept);
    expect(codes(again)).toEqual(['CONFLICT']);
    const stale = await t.gql(DEREGISTER, { input: { id: gp.id, version: 1, effectiveOn: today, reason: 'Lần hai' } }, dept);
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions!.currentVersion).toBe(2);
  });
});

describe('the audit log', () => {
  test('gets one row per write, with the actor and the request id, and none for a refused write', async () => {
    const post = async <R, V>(document: TypedDocumentString<R, V>, variables: V, requestId: string) => {
      const res = await t.http
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${dept}`)
        .set('x-request-id', requestId)
        .send({ query: document.toString(), variables });
      return { headers: res.headers, body: res.body as { data: R } };
    };

    const reg = await post(
      graphql(`
        mutation RegisterPostalEnterpriseForAudit($input: RegisterPostalEnterpriseInput!) {
          registerPostalEnterprise(input: $input) {
            entity {
              id
              version
            }
          }
        }
      `),
      { input: KINDS.POSTAL_ENTERPRISE.build({ name: 'Bưu cục Tân Xuân' }) },
      'audit-register-1',
    );
    expect(reg.headers['x-request-id']).toBe('audit-register-1');
    const id = reg.body.data.registerPostalEnterprise.entity.id;
    await post(UPDATE, { input: { id, version: 1, notes: 'Đã kiểm tra' } }, 'audit-update-1');
    await post(UPDATE, { input: { id, version: 1, notes: 'Bản cũ' } }, 'audit-update-stale');
    await post(DEREGISTER, { input: { id, version: 2, effectiveOn: today, reason: 'Giải thể doanh nghiệp' } }, 'audit-deregister-1');

    const rows = await t.sql(
      `SELECT operation, record_type, actor_role, actor_label, request_id, before IS NULL AS no_before,
              (after->>'version')::int AS version_after
         FROM audit_log WHERE record_id = $1 ORDER BY id`,
      [uuidOf(id)],
    );
    expect(rows).toEqual([
      {
        operation: 'registerEntity',
        record_type: 'RegulatedEntity',
        actor_role: 'DEPARTMENT_OFFICER',
        actor_label: 'test DEPARTMENT_OFFICER',
        request_id: 'audit-register-1',
        no_before: true,
        version_after: 1,
      },
      {
        operation: 'updateEntity',
        record_type: 'RegulatedEntity',
        actor_role: 'DEPARTMENT_OFFICER',
        actor_label: 'test DEPARTMENT_OFFICER',
        request_id: 'audit-update-1',
        no_before: false,
        version_after: 2,
      },
      {
        operation: 'deregisterEntity',
        record_type: 'RegulatedEntity',
        actor_role: 'DEPARTMENT_OFFICER',
        actor_label: 'test DEPARTMENT_OFFICER',
        request_id: 'audit-deregister-1',
        no_before: false,
        version_after: 3,
      },
    ]);
  });

  test('cannot be altered', async () => {
    await expect(t.sql(`UPDATE audit_log SET operation = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });
});

test('a game point from the factory reads the same through nodes as through node', async () => {
  const e = await register(t, 'GAME_SERVICE_POINT', { name: 'Điểm game Nodes' }, dept);
  const r = await t.gql(
    graphql(`
      query EntityNodes($ids: [ID!]!) {
        nodes(ids: $ids) {
          ...EntityFields
        }
      }
    `),
    { ids: [e.id, e.id] },
    dept,
  );
  expect(r.data!.nodes).toEqual([e, e]);
});

describe('totalCount', () => {
  // The demo registry (hundreds of entities of every kind, in both structures); the rollups' triggers keep the
  // statistics as for any write.
  beforeAll(async () => {
    await t.dataSource.transaction((m) => seedDemoEntities(m, { provinceCode: '75' }));
  });

  test('equals a count of the rows for every filter the statistics rollup answers, and for one it does not', async () => {
    const cases: { filter: Record<string, unknown>; sql: string; params: unknown[] }[] = [
      { filter: {}, sql: `status = 'ACTIVE'`, params: [] },
      { filter: { kinds: ['GAME_SERVICE_POINT'] }, sql: `status = 'ACTIVE' AND kind = 'GAME_SERVICE_POINT'`, params: [] },
      { filter: { statuses: ['ACTIVE', 'DEREGISTERED'] }, sql: `TRUE`, params: [] },
      { filter: { districtCode: '689' }, sql: `status = 'ACTIVE' AND district_code = $1`, params: ['689'] },
      { filter: { wardCode: '25210' }, sql: `status = 'ACTIVE' AND (ward_code = $1 OR commune_code_2025 = $1)`, params: ['25210'] },
      { filter: { wardCode: '25195' }, sql: `status = 'ACTIVE' AND (ward_code = $1 OR commune_code_2025 = $1)`, params: ['25195'] },
      // Read from the rows (the rollup has no search text).
      { filter: { search: 'điểm' }, sql: `status = 'ACTIVE' AND search_text LIKE '%diem%'`, params: [] },
    ];
    let nonZero = 0;
    for (const c of cases) {
      const r = await t.gql(LIST, { filter: c.filter }, dept);
      expect(r.errors).toBeUndefined();
      const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM regulated_entity WHERE ${c.sql}`, c.params);
      expect({ filter: c.filter, totalCount: r.data!.entities.totalCount }).toEqual({ filter: c.filter, totalCount: n });
      if (n > 0) nonZero++;
    }
    expect(nonZero).toBeGreaterThan(4);
  });
});
