import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import type {
  EntityFieldsFragment,
  EntityKind,
  LegalForm,
  RegisterGameServicePointInput,
  RegisterInformationProviderInput,
  RegisterInternetAccessPointInput,
  RegisterItEnterpriseInput,
  RegisterPostalEnterpriseInput,
  RegisterPrintingEstablishmentInput,
  RegisterPublisherInput,
  RegisterRadioFrequencyUserInput,
  RegisterTelecomOperatorInput,
  UpdateEntityInput,
} from '../gql/graphql';
import type { GraphQLResponse, TestApp } from './app';

/**
 * Valid registration inputs, one per kind, each overridable in one call:
 * `gamePoint({ address: { wardCode: '25210', structure: 'TWO_TIER_2025' } })`.
 * Overrides merge deeply into plain objects; arrays and scalars replace; `undefined` removes a key.
 * The default address is Phường Tân Phú, Thành phố Đồng Xoài, Bình Phước (2024 code 25195).
 */
export type Kind = EntityKind;

/** The registration input of each kind, as the schema declares it. */
export interface RegisterInputs {
  PRINTING_ESTABLISHMENT: RegisterPrintingEstablishmentInput;
  PUBLISHER: RegisterPublisherInput;
  POSTAL_ENTERPRISE: RegisterPostalEnterpriseInput;
  TELECOM_OPERATOR: RegisterTelecomOperatorInput;
  GAME_SERVICE_POINT: RegisterGameServicePointInput;
  INTERNET_ACCESS_POINT: RegisterInternetAccessPointInput;
  IT_ENTERPRISE: RegisterItEnterpriseInput;
  RADIO_FREQUENCY_USER: RegisterRadioFrequencyUserInput;
  INFORMATION_PROVIDER: RegisterInformationProviderInput;
}

/** An override of an input: plain objects merge (so any part may be given), arrays and scalars replace, `undefined` removes. */
export type Overrides<T> = { [K in keyof T]?: Override<T[K]> | undefined };
type Override<V> = V extends readonly unknown[] ? V : V extends object ? Overrides<V> : V;

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mergeRecords(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete out[k];
    else if (isPlain(v) && isPlain(out[k])) out[k] = mergeRecords(out[k], v);
    else out[k] = v;
  }
  return out;
}

export function merge<T extends object>(base: T, overrides: Overrides<T> = {}): T {
  return mergeRecords(base as Record<string, unknown>, overrides as Record<string, unknown>) as T;
}

/** What every kind's registration shares. */
type CommonInput = Omit<RegisterGameServicePointInput, 'details'>;

/**
 * A fresh 10-digit enterprise code on every call: a kind records one entity per enterprise code (the registry refuses a
 * second one), so inputs that register several entities of a kind must not share one.
 */
let enterpriseCodes = 0;
export const freshTaxCode = (): string => `38${String(process.pid % 1000).padStart(3, '0')}${String(++enterpriseCodes).padStart(5, '0')}`;

const common = (name: string, legalForm: LegalForm): CommonInput => ({
  name,
  legalForm,
  taxCode: freshTaxCode(),
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

export const printingEstablishment = (o?: Overrides<RegisterPrintingEstablishmentInput>) =>
  merge<RegisterPrintingEstablishmentInput>(
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

export const publisher = (o?: Overrides<RegisterPublisherInput>) =>
  merge<RegisterPublisherInput>(
    {
      ...common('Nhà sách Đồng Xoài', 'ENTERPRISE'),
      details: {
        role: 'DISTRIBUTOR',
        branches: [{ name: 'Cửa hàng sách Tân Bình', address: '88 Hùng Vương, Phường Tân Bình, Thành phố Đồng Xoài' }],
      },
    },
    o,
  );

export const postalEnterprise = (o?: Overrides<RegisterPostalEnterpriseInput>) =>
  merge<RegisterPostalEnterpriseInput>(
    {
      ...common('Công ty Cổ phần Chuyển phát nhanh Sông Bé', 'ENTERPRISE'),
      details: { serviceTypes: ['LETTERS_UP_TO_2KG', 'EXPRESS'], scope: 'INTRA_PROVINCIAL' },
    },
    o,
  );

export const telecomOperator = (o?: Overrides<RegisterTelecomOperatorInput>) =>
  merge<RegisterTelecomOperatorInput>(
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

export const gamePoint = (o?: Overrides<RegisterGameServicePointInput>) =>
  merge<RegisterGameServicePointInput>(
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

export const internetAccessPoint = (o?: Overrides<RegisterInternetAccessPointInput>) =>
  merge<RegisterInternetAccessPointInput>(
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

export const itEnterprise = (o?: Overrides<RegisterItEnterpriseInput>) =>
  merge<RegisterItEnterpriseInput>(
    {
      ...common('Công ty TNHH Phần mềm Sóc Bom Bo', 'ENTERPRISE'),
      details: { fields: ['SOFTWARE', 'IT_SERVICES'], employees: 35, revenueBand: 'SMALL', foundedOn: '2019-09-02' },
    },
    o,
  );

export const radioUser = (o?: Overrides<RegisterRadioFrequencyUserInput>) =>
  merge<RegisterRadioFrequencyUserInput>(
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

export const informationProvider = (o?: Overrides<RegisterInformationProviderInput>) =>
  merge<RegisterInformationProviderInput>(
    {
      ...common('Công ty TNHH Truyền thông Sóc Bom Bo', 'ENTERPRISE'),
      details: {
        websites: [
          {
            name: 'Trang tin tổng hợp Sóc Bom Bo',
            domains: ['socbombo.vn'],
            contentScope: 'Tin kinh tế, văn hóa, xã hội của tỉnh',
            serverLocation: 'Trung tâm dữ liệu VNPT, Thành phố Hồ Chí Minh',
          },
        ],
        newsletters: [{ name: 'Bản tin Sóc Bom Bo', format: 'ELECTRONIC', periodicity: '01 kỳ/tháng' }],
        contentManagerName: 'Điểu Thị Hạnh',
      },
    },
    o,
  );

/** Every field of every kind, for reading an entity back whole. */
graphql(`
  fragment EntityFields on RegulatedEntity {
    __typename
    id
    kind
    registryCode
    name
    legalForm
    taxCode
    status
    deregisteredOn
    deregistrationReason
    createdAt
    updatedAt
    version
    notes
    representative {
      name
      title
      idNumber
      phone
      residenceAddress
    }
    contact {
      phone
      email
      website
    }
    location {
      latitude
      longitude
    }
    address {
      street
      structure
      fullText
      ward {
        code
        name
        fullName
        level
        structure
      }
      district {
        code
        name
        fullName
        level
        structure
      }
      province {
        code
        name
        fullName
        level
        structure
      }
      currentCommune {
        code
        name
        fullName
        level
        structure
      }
    }
    ... on PrintingEstablishment {
      details {
        products
        stages
        headOfEstablishment
        equipment {
          name
          model
          quantity
          isColorCopier
        }
      }
    }
    ... on Publisher {
      details {
        role
        branches {
          name
          address
        }
      }
    }
    ... on PostalEnterprise {
      details {
        serviceTypes
        scope
      }
    }
    ... on TelecomOperator {
      details {
        services
        withInfrastructure
        networkScope
        usesNumbering
        usesSpectrum
      }
    }
    ... on GameServicePoint {
      details {
        machineCount
        floorAreaM2
        openingHours
        directManagerName
        businessRegistrationNumber
        businessRegistrationDate
        ispAgentContract {
          ispName
          number
          signedOn
        }
      }
    }
    ... on InternetAccessPoint {
      details {
        accessPointType
        ispName
        agentContractNumber
        agentContractDate
        machineCount
      }
    }
    ... on ItEnterprise {
      details {
        fields
        employees
        revenueBand
        foundedOn
      }
    }
    ... on RadioFrequencyUser {
      details {
        assignments {
          frequencyMHz
          bandFromMHz
          bandToMHz
          emission
          powerW
          stationLocation
          purpose
        }
      }
    }
    ... on InformationProvider {
      details {
        websites {
          name
          domains
          contentScope
          serverLocation
        }
        newsletters {
          name
          format
          periodicity
        }
        contentManagerName
      }
    }
  }
`);

/** An entity read back whole (every field of every kind: `...EntityFields`). */
export type Entity = EntityFieldsFragment;

/** The GraphQL object type of each kind (also the suffix of its registration mutation). */
const TYPE_NAME = {
  PRINTING_ESTABLISHMENT: 'PrintingEstablishment',
  PUBLISHER: 'Publisher',
  POSTAL_ENTERPRISE: 'PostalEnterprise',
  TELECOM_OPERATOR: 'TelecomOperator',
  GAME_SERVICE_POINT: 'GameServicePoint',
  INTERNET_ACCESS_POINT: 'InternetAccessPoint',
  IT_ENTERPRISE: 'ItEnterprise',
  RADIO_FREQUENCY_USER: 'RadioFrequencyUser',
  INFORMATION_PROVIDER: 'InformationProvider',
} as const satisfies Record<Kind, Entity['__typename']>;
type TypeName<K extends Kind> = (typeof TYPE_NAME)[K];

/** An entity of one kind, read back whole. */
export type EntityOf<K extends Kind> = Extract<Entity, { __typename: TypeName<K> }>;

/** What a registration of `K` answers: `{ registerGameServicePoint: { entity } }` and so on. */
export type RegisterResult<K extends Kind> = { [F in `register${TypeName<K>}`]: { entity: Entity } };

type RegisterDocument<K extends Kind> = DocumentTypeDecoration<RegisterResult<K>, { input: RegisterInputs[K] }>;

const REGISTER: { [K in Kind]: RegisterDocument<K> } = {
  PRINTING_ESTABLISHMENT: graphql(`
    mutation RegisterPrintingEstablishment($input: RegisterPrintingEstablishmentInput!) {
      registerPrintingEstablishment(input: $input) {
        entity {
          ...EntityFields
        }
      }
    }
  `),
  PUBLISHER: graphql(`
    mutation RegisterPublisher($input: RegisterPublisherInput!) {
      registerPublisher(input: $input) {
        entity {
          ...EntityFields
        }
      }
    }
  `),
  POSTAL_ENTERPRISE: graphql(`
    mutation RegisterPostalEnterprise($input: RegisterPostalEnterpriseInput!) {
      registerPostalEnterprise(input: $input) {
        entity {
          ...EntityFields
        }
      }
    }
  `),
  TELECOM_OPERATOR: graphql(`
    mutation RegisterTelecomOperator($input: RegisterTelecomOperatorInput!) {
      registerTelecomOperator(input: $input) {
        entity {
          ...EntityFields
        }
      }
    }
  `),
  GAME_SERVICE_POINT: graphql(`
    mutation RegisterGameServicePoint($input: RegisterGameServicePointInput!) {
      registerGameServicePoint(input: $input) {
        entity {
          ...EntityFields
        }
      }
    }
  `),
  INTERNET_ACCESS_POINT: graphql(`
    mutation RegisterInternetAccessPoint($input: RegisterInternetAccessPointInput!) {
      registerInternetAccessPoint(input: $input) {
        entity {
          ...EntityFields
        }
      }
    }
  `),
  IT_ENTERPRISE: graphql(`
    mutation RegisterItEnterprise($input: RegisterItEnterpriseInput!) {
      registerItEnterprise(input: $input) {
        entity {
          ...EntityFields
        }
      }
    }
  `),
  RADIO_FREQUENCY_USER: graphql(`
    mutation RegisterRadioFrequencyUser($input: RegisterRadioFrequencyUserInput!) {
      registerRadioFrequencyUser(input: $input) {
        entity {
          ...EntityFields
        }
      }
    }
  `),
  INFORMATION_PROVIDER: graphql(`
    mutation RegisterInformationProvider($input: RegisterInformationProviderInput!) {
      registerInformationProvider(input: $input) {
        entity {
          ...EntityFields
        }
      }
    }
  `),
};

export interface KindInfo<K extends Kind> {
  kind: K;
  /** GraphQL object type, e.g. GameServicePoint (also the mutation's suffix). */
  type: TypeName<K>;
  /** Registry-code prefix. */
  prefix: string;
  /** Field of UpdateEntityInput carrying the kind's attributes. */
  updateField: keyof UpdateEntityInput;
  build: (o?: Overrides<RegisterInputs[K]>) => RegisterInputs[K];
}

export const KINDS: { [K in Kind]: KindInfo<K> } = {
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
  INFORMATION_PROVIDER: {
    kind: 'INFORMATION_PROVIDER',
    type: 'InformationProvider',
    prefix: 'INF',
    updateField: 'informationProvider',
    build: informationProvider,
  },
};

/** The registration mutation of `kind`, reading the entity back whole (`...EntityFields`). */
export function registerMutation<K extends Kind>(kind: K): RegisterDocument<K> {
  return REGISTER[kind];
}

/** Sends a registration of `kind` (a valid input with `overrides`) and returns the raw response. */
export function tryRegister<K extends Kind>(
  t: TestApp,
  kind: K,
  overrides: Overrides<RegisterInputs[K]>,
  secret: string | null,
): Promise<GraphQLResponse<RegisterResult<K>>> {
  return t.gql(REGISTER[kind], { input: KINDS[kind].build(overrides) }, secret);
}

/** Registers an entity and returns it (read back whole); fails the test with the errors when refused. */
export async function register<K extends Kind>(
  t: TestApp,
  kind: K,
  overrides: Overrides<RegisterInputs[K]>,
  secret: string,
): Promise<EntityOf<K>> {
  const r = await tryRegister(t, kind, overrides, secret);
  if (r.errors || !r.data) throw new Error(`register ${kind} failed: ${JSON.stringify(r.errors ?? r)}`);
  const field = `register${KINDS[kind].type}` as const;
  const { entity } = r.data[field];
  if (!isKind(entity, kind)) throw new Error(`register ${kind} answered a ${entity.__typename}`);
  return entity;
}

function isKind<K extends Kind>(entity: Entity, kind: K): entity is EntityOf<K> {
  return entity.__typename === TYPE_NAME[kind];
}

/** The global id the API gives an object of `typeName` with `key` (e.g. a random, never-issued entity id). */
export function globalId(typeName: string, key: string): string {
  return Buffer.from(`${typeName}:${key}`, 'utf8').toString('base64url');
}

/** The `extensions.code` of each error, in order. */
export function codes(r: GraphQLResponse<unknown>): string[] {
  return (r.errors ?? []).map((e) => e.extensions?.code as string);
}

/** The `extensions.fields[].field` of the single error of a response. */
export function badFields(r: GraphQLResponse<unknown>): string[] {
  expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  return r.errors![0].extensions!.fields!.map((f) => f.field);
}
