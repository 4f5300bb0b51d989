import type { GraphQLResponse, TestApp } from './app';

/**
 * Valid registration inputs, one per kind, each overridable in one call:
 * `gamePoint({ address: { wardCode: '25210', structure: 'TWO_TIER_2025' } })`.
 * Overrides merge deeply into plain objects; arrays and scalars replace; `undefined` removes a key.
 * The default address is Phường Tân Phú, Thành phố Đồng Xoài, Bình Phước (2024 code 25195).
 */
export type Input = Record<string, any>;
export type Overrides = Record<string, unknown>;

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function merge(base: Input, overrides: Overrides = {}): Input {
  const out: Input = { ...base };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete out[k];
    else if (isPlain(v) && isPlain(out[k])) out[k] = merge(out[k] as Input, v);
    else out[k] = v;
  }
  return out;
}

const common = (name: string, legalForm: string): Input => ({
  name,
  legalForm,
  taxCode: '3801234567',
  representative: {
    name: 'Nguyễn Văn Hùng',
    title: 'Giám đốc',
    idNumber: '070085001234',
    phone: '0912345678',
    residenceAddress: '45 Phú Riềng Đỏ, Phường Tân Phú, Thành phố Đồng Xoài',
  },
  contact: { phone: '02713881234', email: 'lienhe@example.vn', website: 'https://example.vn' },
  address: { street: '12 Lê Duẩn', wardCode: '25195', structure: 'THREE_TIER_2024' },
  location: { latitude: 11.5349, longitude: 106.8832 },
  notes: 'Hồ sơ đầy đủ.',
});

export const printingEstablishment = (o?: Overrides) =>
  merge(
    {
      ...common('Công ty TNHH In Bình Phước', 'ENTERPRISE'),
      details: {
        products: ['PRESS', 'PACKAGING'],
        stages: ['PREPRESS', 'PRESS', 'POSTPRESS'],
        headOfEstablishment: 'Trần Thị Mai',
        equipment: [
          { name: 'Máy in offset 4 màu', model: 'Heidelberg SM 74', quantity: 2, isColorCopier: false },
          { name: 'Máy photocopy màu', model: 'Ricoh MP C3004', quantity: 1, isColorCopier: true },
        ],
      },
    },
    o,
  );

export const publisher = (o?: Overrides) =>
  merge(
    {
      ...common('Nhà sách Đồng Xoài', 'ENTERPRISE'),
      details: {
        role: 'DISTRIBUTOR',
        branches: [{ name: 'Cửa hàng sách Tân Bình', address: '88 Hùng Vương, Phường Tân Bình, Thành phố Đồng Xoài' }],
      },
    },
    o,
  );

export const postalEnterprise = (o?: Overrides) =>
  merge(
    {
      ...common('Công ty Cổ phần Chuyển phát nhanh Sông Bé', 'ENTERPRISE'),
      details: { serviceTypes: ['LETTERS_UP_TO_2KG', 'EXPRESS'], scope: 'INTRA_PROVINCIAL' },
    },
    o,
  );

export const telecomOperator = (o?: Overrides) =>
  merge(
    {
      ...common('Chi nhánh Viễn thông Bình Phước', 'BRANCH'),
      taxCode: '0100109106-001',
      details: {
        services: ['Internet cố định', 'Truyền hình trả tiền'],
        withInfrastructure: true,
        networkScope: 'PROVINCIAL',
        usesNumbering: false,
        usesSpectrum: false,
      },
    },
    o,
  );

export const gamePoint = (o?: Overrides) =>
  merge(
    {
      ...common('Điểm game Hoàng Long', 'HOUSEHOLD_BUSINESS'),
      taxCode: null,
      details: {
        machineCount: 20,
        floorAreaM2: 60.5,
        openingHours: '08:00–22:00',
        directManagerName: 'Lê Văn Tâm',
        businessRegistrationNumber: '44A8001234',
        businessRegistrationDate: '2023-05-10',
        ispAgentContract: { ispName: 'VNPT Bình Phước', number: 'HĐ-123/2023', signedOn: '2023-06-01' },
      },
    },
    o,
  );

export const internetAccessPoint = (o?: Overrides) =>
  merge(
    {
      ...common('Đại lý Internet Minh Châu', 'HOUSEHOLD_BUSINESS'),
      taxCode: null,
      details: {
        accessPointType: 'INTERNET_AGENT',
        ispName: 'Viettel Bình Phước',
        agentContractNumber: 'ĐL-45/2024',
        agentContractDate: '2024-02-15',
        machineCount: 12,
      },
    },
    o,
  );

export const itEnterprise = (o?: Overrides) =>
  merge(
    {
      ...common('Công ty TNHH Phần mềm Sóc Bom Bo', 'ENTERPRISE'),
      details: { fields: ['SOFTWARE', 'IT_SERVICES'], employees: 35, revenueBand: 'SMALL', foundedOn: '2019-09-02' },
    },
    o,
  );

export const radioUser = (o?: Overrides) =>
  merge(
    {
      ...common('Đài Phát thanh và Truyền hình Bình Phước', 'PUBLIC_UNIT'),
      details: {
        assignments: [
          {
            frequencyMHz: 99.1,
            bandFromMHz: null,
            bandToMHz: null,
            emission: '180KF8E',
            powerW: 5000,
            stationLocation: 'Đồi Đồng Xoài',
            purpose: 'Phát thanh FM',
          },
          {
            frequencyMHz: null,
            bandFromMHz: 450.1,
            bandToMHz: 450.2,
            emission: '16K0F3E',
            powerW: 25,
            stationLocation: '228 Trần Hưng Đạo',
            purpose: 'Liên lạc nội bộ',
          },
        ],
      },
    },
    o,
  );

export type Kind =
  | 'PRINTING_ESTABLISHMENT'
  | 'PUBLISHER'
  | 'POSTAL_ENTERPRISE'
  | 'TELECOM_OPERATOR'
  | 'GAME_SERVICE_POINT'
  | 'INTERNET_ACCESS_POINT'
  | 'IT_ENTERPRISE'
  | 'RADIO_FREQUENCY_USER';

export interface KindInfo {
  kind: Kind;
  /** GraphQL object type, e.g. GameServicePoint (also the mutation's suffix). */
  type: string;
  /** Registry-code prefix. */
  prefix: string;
  /** Field of UpdateEntityInput carrying the kind's attributes. */
  updateField: string;
  build: (o?: Overrides) => Input;
}

export const KINDS: Record<Kind, KindInfo> = {
  PRINTING_ESTABLISHMENT: {
    kind: 'PRINTING_ESTABLISHMENT',
    type: 'PrintingEstablishment',
    prefix: 'PRT',
    updateField: 'printingEstablishment',
    build: printingEstablishment,
  },
  PUBLISHER: { kind: 'PUBLISHER', type: 'Publisher', prefix: 'PUB', updateField: 'publisher', build: publisher },
  POSTAL_ENTERPRISE: {
    kind: 'POSTAL_ENTERPRISE',
    type: 'PostalEnterprise',
    prefix: 'PST',
    updateField: 'postalEnterprise',
    build: postalEnterprise,
  },
  TELECOM_OPERATOR: {
    kind: 'TELECOM_OPERATOR',
    type: 'TelecomOperator',
    prefix: 'TEL',
    updateField: 'telecomOperator',
    build: telecomOperator,
  },
  GAME_SERVICE_POINT: {
    kind: 'GAME_SERVICE_POINT',
    type: 'GameServicePoint',
    prefix: 'GSP',
    updateField: 'gameServicePoint',
    build: gamePoint,
  },
  INTERNET_ACCESS_POINT: {
    kind: 'INTERNET_ACCESS_POINT',
    type: 'InternetAccessPoint',
    prefix: 'IAP',
    updateField: 'internetAccessPoint',
    build: internetAccessPoint,
  },
  IT_ENTERPRISE: { kind: 'IT_ENTERPRISE', type: 'ItEnterprise', prefix: 'ITE', updateField: 'itEnterprise', build: itEnterprise },
  RADIO_FREQUENCY_USER: {
    kind: 'RADIO_FREQUENCY_USER',
    type: 'RadioFrequencyUser',
    prefix: 'RFU',
    updateField: 'radioFrequencyUser',
    build: radioUser,
  },
};

const UNIT = 'code name fullName level structure';

/** Every field of every kind, for reading an entity back whole. */
export const ENTITY_FIELDS = `
  __typename id kind registryCode name legalForm taxCode status deregisteredOn deregistrationReason createdAt updatedAt version notes
  representative { name title idNumber phone residenceAddress }
  contact { phone email website }
  location { latitude longitude }
  address { street structure fullText ward { ${UNIT} } district { ${UNIT} } province { ${UNIT} } currentCommune { ${UNIT} } }
  ... on PrintingEstablishment { details { products stages headOfEstablishment equipment { name model quantity isColorCopier } } }
  ... on Publisher { details { role branches { name address } } }
  ... on PostalEnterprise { details { serviceTypes scope } }
  ... on TelecomOperator { details { services withInfrastructure networkScope usesNumbering usesSpectrum } }
  ... on GameServicePoint {
    details { machineCount floorAreaM2 openingHours directManagerName businessRegistrationNumber businessRegistrationDate
              ispAgentContract { ispName number signedOn } }
  }
  ... on InternetAccessPoint { details { accessPointType ispName agentContractNumber agentContractDate machineCount } }
  ... on ItEnterprise { details { fields employees revenueBand foundedOn } }
  ... on RadioFrequencyUser {
    details { assignments { frequencyMHz bandFromMHz bandToMHz emission powerW stationLocation purpose } }
  }`;

export function registerMutation(kind: Kind): string {
  const { type } = KINDS[kind];
  return `mutation Register($input: Register${type}Input!) { register${type}(input: $input) { entity { ${ENTITY_FIELDS} } } }`;
}

/** Sends a registration of `kind` (a valid input with `overrides`) and returns the raw response. */
export function tryRegister(t: TestApp, kind: Kind, overrides: Overrides, secret: string | null): Promise<GraphQLResponse> {
  return t.gql(registerMutation(kind), { input: KINDS[kind].build(overrides) }, secret);
}

/** Registers an entity and returns it (read back whole); fails the test with the errors when refused. */
export async function register(t: TestApp, kind: Kind, overrides: Overrides, secret: string): Promise<Input> {
  const r = await tryRegister(t, kind, overrides, secret);
  if (r.errors || !r.data) throw new Error(`register ${kind} failed: ${JSON.stringify(r.errors ?? r)}`);
  return r.data[`register${KINDS[kind].type}`].entity as Input;
}

/** The global id the API gives an object of `typeName` with `key` (e.g. a random, never-issued entity id). */
export function globalId(typeName: string, key: string): string {
  return Buffer.from(`${typeName}:${key}`, 'utf8').toString('base64url');
}

/** The `extensions.code` of each error, in order. */
export function codes(r: GraphQLResponse): string[] {
  return (r.errors ?? []).map((e) => e.extensions?.code as string);
}

/** The `extensions.fields[].field` of the single error of a response. */
export function badFields(r: GraphQLResponse): string[] {
  expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  return (r.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field);
}
