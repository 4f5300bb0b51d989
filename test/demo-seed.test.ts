import { reloadDemoEntities, seedDemoEntities } from '../seeds/demo';
import { Role } from '../src/auth/roles';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { EntityKind } from '../src/entities/entity-kind';
import { graphql } from './gql';
import type { EntityFilter, LegalForm } from './gql/graphql';
import { startTestApp, TestApp } from './helpers/app';
import type { Kind, RegisterInputs } from './helpers/factories';

const DISTRICTS = Array.from({ length: 11 }, (_, i) => String(688 + i));

/** Everything that must come out the same on every run (not the uuid). */
const ROWS_SQL = `SELECT registry_code, kind, name, legal_form, tax_code, representative_name, representative_title,
    representative_id_number, representative_phone, representative_address, contact_phone, contact_email, website, street,
    unit_version, ward_code, latitude, longitude, notes, details, status, deregistered_on::text, deregistration_reason,
    created_at, updated_at, version
  FROM regulated_entity ORDER BY registry_code`;
/** The columns of ROWS_SQL that a test sends back through the API, typed as its inputs take them. */
interface DemoRow {
  registry_code: string;
  kind: EntityKind;
  name: string;
  legal_form: LegalForm;
  tax_code: string | null;
  representative_name: string | null;
  representative_title: string | null;
  representative_id_number: string | null;
  representative_phone: string | null;
  representative_address: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  website: string | null;
  street: string;
  unit_version: number;
  ward_code: string;
  latitude: number | null;
  longitude: number | null;
  notes: string | null;
  /** The kind's attributes (JSONB): the input of the row's own kind, which no one static type names for every row. */
  details: object;
}

let t: TestApp;
let secret: string;
let inserted: number;

async function seed(app: TestApp): Promise<number> {
  return app.dataSource.transaction((m) => seedDemoEntities(m, { provinceCode: '75' }));
}

beforeAll(async () => {
  t = await startTestApp();
  inserted = await seed(t);
  secret = await t.key(Role.DEPARTMENT_OFFICER);
});
afterAll(() => t.close());

const count = async (filter: EntityFilter): Promise<number> => {
  const r = await t.gql(
    graphql(`
      query DemoEntityCount($filter: EntityFilter) {
        entities(filter: $filter) {
          totalCount
        }
      }
    `),
    { filter },
    secret,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.entities.totalCount;
};

test('loads a few hundred entities, every one readable', async () => {
  expect(inserted).toBeGreaterThanOrEqual(330);
  expect(await count({ statuses: ['ACTIVE', 'DEREGISTERED'] })).toBe(inserted);
  expect(await count({})).toBeLessThan(inserted);
});

test('every kind and every district has entities, and some use the 2025 structure', async () => {
  for (const kind of Object.values(EntityKind)) {
    const n = await count({ kinds: [kind] });
    if (n === 0) throw new Error(`no active ${kind}`);
  }
  for (const districtCode of DISTRICTS) {
    const n = await count({ districtCode, statuses: ['ACTIVE', 'DEREGISTERED'] });
    if (n === 0) throw new Error(`no entity in district ${districtCode}`);
  }
  // Both provinces Đồng Nai (75) was formed from on 1 Jul 2025: the former Bình Phước (70) and the former Đồng Nai (75).
  const [byProvince] = await t.sql<{ bp: number; dn: number }>(
    `SELECT count(*) FILTER (WHERE province_code = '70')::int AS bp, count(*) FILTER (WHERE province_code = '75')::int AS dn
       FROM regulated_entity WHERE unit_version = 2024`,
  );
  expect(byProvince.bp).toBeGreaterThan(50);
  expect(byProvince.dn).toBeGreaterThan(50);
  expect(await count({ provinceCode: '70', statuses: ['ACTIVE', 'DEREGISTERED'] })).toBeGreaterThan(50);
  expect(await count({ provinceCode: '75', statuses: ['ACTIVE', 'DEREGISTERED'] })).toBe(inserted);
  const r = await t.gql(
    graphql(`
      query DemoNewestStructures {
        entities(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
          edges {
            node {
              address {
                structure
              }
            }
          }
        }
      }
    `),
    {},
    secret,
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.entities.edges.some((e) => e.node.address.structure === 'TWO_TIER_2025')).toBe(true);
  const [{ share }] = await t.sql<{ share: number }>(`SELECT avg((unit_version = 2025)::int)::float AS share FROM regulated_entity`);
  expect(share).toBeGreaterThan(0.08);
  expect(share).toBeLessThan(0.25);
});

test('search finds the named demo entities', async () => {
  expect(await count({ search: 'hoang long' })).toBeGreaterThanOrEqual(1);
  expect(await count({ search: 'dong xoai' })).toBeGreaterThanOrEqual(1);
});

test('rows keep the table rules and the counters continue the sequence', async () => {
  const bad = await t.sql(
    `SELECT registry_code FROM regulated_entity
      WHERE registry_code !~ '^[A-Z]{3}-(70|75)-[0-9]{6}$' OR updated_at < created_at
         OR (registry_code ~ '-70-' AND created_at >= '2025-06-30T17:00:00Z')
         OR created_at < '2019-01-01' OR created_at >= '2027-01-01'
         OR (contact_email IS NOT NULL AND contact_email <> lower(contact_email))
         OR (contact_phone IS NOT NULL AND contact_phone !~ '^0([35789][0-9]{8}|2[0-9]{9})$')
         OR (representative_phone IS NOT NULL AND representative_phone !~ '^0[35789][0-9]{8}$')
         OR (representative_id_number IS NOT NULL AND representative_id_number !~ '^[0-9]{12}$')
         OR (latitude IS NOT NULL AND (latitude NOT BETWEEN 11.3 AND 12.2 OR longitude NOT BETWEEN 106.4 AND 107.3))
         OR (deregistered_on IS NOT NULL AND (deregistered_on < created_at::date OR deregistration_reason IS NULL))`,
  );
  expect(bad).toEqual([]);
  const [{ dereg }] = await t.sql<{ dereg: number }>(`SELECT avg((status = 'DEREGISTERED')::int)::float AS dereg FROM regulated_entity`);
  expect(dereg).toBeGreaterThan(0.015);
  expect(dereg).toBeLessThan(0.05);
  // Codes are gapless per prefix and the counter sits on the last one.
  const gaps = await t.sql(
    `SELECT c.prefix FROM registry_code_counter c
       JOIN (SELECT split_part(registry_code, '-', 1) || '-' || split_part(registry_code, '-', 2) AS prefix, count(*) AS n,
                    max(split_part(registry_code, '-', 3)::int) AS top
               FROM regulated_entity GROUP BY 1) e ON e.prefix = c.prefix
      WHERE c.last_value <> e.top OR e.n <> e.top`,
  );
  expect(gaps).toEqual([]);
  // One counter per prefix used: each kind numbered by Bình Phước's registry (70) before 1 Jul 2025, and by Đồng Nai's (75).
  const [{ counters, prefixes }] = await t.sql<{ counters: number; prefixes: number }>(
    `SELECT (SELECT count(*)::int FROM registry_code_counter) AS counters,
            (SELECT count(DISTINCT split_part(registry_code, '-', 1) || '-' || split_part(registry_code, '-', 2))::int FROM regulated_entity) AS prefixes`,
  );
  expect(counters).toBe(prefixes);
  expect(counters).toBeGreaterThan(9);
});

/** Each kind's registration, answering only the registry code (the field aliased, so all eight read alike). */
const DEMO_REGISTER: {
  [K in Kind]: DocumentTypeDecoration<{ registered: { entity: { registryCode: string } } }, { input: RegisterInputs[K] }>;
} = {
  PRINTING_ESTABLISHMENT: graphql(`
    mutation DemoRegisterPrintingEstablishment($input: RegisterPrintingEstablishmentInput!) {
      registered: registerPrintingEstablishment(input: $input) {
        entity {
          registryCode
        }
      }
    }
  `),
  PUBLISHER: graphql(`
    mutation DemoRegisterPublisher($input: RegisterPublisherInput!) {
      registered: registerPublisher(input: $input) {
        entity {
          registryCode
        }
      }
    }
  `),
  POSTAL_ENTERPRISE: graphql(`
    mutation DemoRegisterPostalEnterprise($input: RegisterPostalEnterpriseInput!) {
      registered: registerPostalEnterprise(input: $input) {
        entity {
          registryCode
        }
      }
    }
  `),
  TELECOM_OPERATOR: graphql(`
    mutation DemoRegisterTelecomOperator($input: RegisterTelecomOperatorInput!) {
      registered: registerTelecomOperator(input: $input) {
        entity {
          registryCode
        }
      }
    }
  `),
  GAME_SERVICE_POINT: graphql(`
    mutation DemoRegisterGameServicePoint($input: RegisterGameServicePointInput!) {
      registered: registerGameServicePoint(input: $input) {
        entity {
          registryCode
        }
      }
    }
  `),
  INTERNET_ACCESS_POINT: graphql(`
    mutation DemoRegisterInternetAccessPoint($input: RegisterInternetAccessPointInput!) {
      registered: registerInternetAccessPoint(input: $input) {
        entity {
          registryCode
        }
      }
    }
  `),
  IT_ENTERPRISE: graphql(`
    mutation DemoRegisterItEnterprise($input: RegisterItEnterpriseInput!) {
      registered: registerItEnterprise(input: $input) {
        entity {
          registryCode
        }
      }
    }
  `),
  RADIO_FREQUENCY_USER: graphql(`
    mutation DemoRegisterRadioFrequencyUser($input: RegisterRadioFrequencyUserInput!) {
      registered: registerRadioFrequencyUser(input: $input) {
        entity {
          registryCode
        }
      }
    }
  `),
  INFORMATION_PROVIDER: graphql(`
    mutation DemoRegisterInformationProvider($input: RegisterInformationProviderInput!) {
      registered: registerInformationProvider(input: $input) {
        entity {
          registryCode
        }
      }
    }
  `),
};

test('every generated row registers through the GraphQL API (shapes, enums, validators)', async () => {
  const rows = await t.sql<DemoRow>(`${ROWS_SQL}`);
  const [{ top }] = await t.sql<{ top: number }>(`SELECT last_value AS top FROM registry_code_counter WHERE prefix = 'GSP-75'`);
  // A kind records one registered entity per enterprise code: the demo rows are taken off the registry first, so that
  // sending each of them again tests its shape, not the duplicate rule.
  await t.sql(`UPDATE regulated_entity SET status = 'DEREGISTERED', deregistered_on = created_at::date WHERE status = 'ACTIVE'`);
  const send = <K extends Kind>(kind: K, input: RegisterInputs[K]) => t.gql(DEMO_REGISTER[kind], { input }, secret);
  const problems: unknown[] = [];
  const codes: string[] = [];
  for (let i = 0; i < rows.length; i += 16) {
    await Promise.all(
      rows.slice(i, i + 16).map(async (row) => {
        const input: RegisterInputs[Kind] = {
          name: row.name,
          legalForm: row.legal_form,
          taxCode: row.tax_code,
          representative: row.representative_name
            ? {
                name: row.representative_name,
                title: row.representative_title,
                idNumber: row.representative_id_number,
                phone: row.representative_phone,
                residenceAddress: row.representative_address,
              }
            : null,
          contact: { phone: row.contact_phone, email: row.contact_email, website: row.website },
          address: {
            street: row.street,
            wardCode: row.ward_code,
            structure: row.unit_version === 2024 ? 'THREE_TIER_2024' : 'TWO_TIER_2025',
          },
          location: row.latitude === null ? null : { latitude: row.latitude, longitude: row.longitude! },
          notes: row.notes,
          details: row.details as never,
        };
        const r = await send(row.kind as Kind, input);
        if (r.errors) problems.push({ code: row.registry_code, errors: r.errors.map((e) => [e.message, e.extensions?.fields]) });
        else if (row.kind === EntityKind.GAME_SERVICE_POINT) codes.push(r.data!.registered.entity.registryCode);
      }),
    );
  }
  expect(problems).toEqual([]);
  // Registrations after the seed continue each prefix's sequence.
  const gsp = rows.filter((r) => r.kind === EntityKind.GAME_SERVICE_POINT).length;
  expect(codes.sort()).toEqual(Array.from({ length: gsp }, (_, i) => `GSP-75-${String(top + i + 1).padStart(6, '0')}`));
});

test('two fresh databases get identical demo data', async () => {
  const a = await startTestApp();
  const b = await startTestApp();
  try {
    await Promise.all([seed(a), seed(b)]);
    const [rowsA, rowsB] = await Promise.all([a.sql(ROWS_SQL), b.sql(ROWS_SQL)]);
    expect(rowsA.length).toBe(inserted);
    expect(rowsB.map((r) => [r.registry_code, r.name])).toEqual(rowsA.map((r) => [r.registry_code, r.name]));
    expect(rowsB).toEqual(rowsA);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

test('reloading deletes the dependent rows (append-only ones too) and leaves the audit log alone', async () => {
  const app = await startTestApp();
  try {
    await seed(app);
    const before = await app.sql(ROWS_SQL);
    await app.sql(`CREATE TABLE demo_dep (id serial PRIMARY KEY, entity_id uuid NOT NULL REFERENCES regulated_entity (id))`);
    await app.sql(`CREATE TABLE demo_dep_event (id serial PRIMARY KEY, dep_id int NOT NULL REFERENCES demo_dep (id))`);
    await app.sql(`CREATE TRIGGER demo_dep_event_append_only BEFORE UPDATE OR DELETE ON demo_dep_event
                     FOR EACH ROW EXECUTE FUNCTION reject_modification()`);
    await app.sql(`INSERT INTO demo_dep (entity_id) SELECT id FROM regulated_entity ORDER BY registry_code LIMIT 5`);
    await app.sql(`INSERT INTO demo_dep_event (dep_id) SELECT id FROM demo_dep`);
    await app.sql(`INSERT INTO audit_log (actor_role, operation, record_type, record_id) VALUES ('ADMIN', 'test', 'RegulatedEntity', 'x')`);
    await expect(app.sql(`DELETE FROM demo_dep_event`)).rejects.toThrow(/append-only/);

    const { count, cleared } = await app.dataSource.transaction((m) => reloadDemoEntities(m, { provinceCode: '75' }));
    expect(count).toBe(inserted);
    expect(cleared.indexOf('public.demo_dep_event')).toBeLessThan(cleared.indexOf('public.demo_dep'));
    const [n] = await app.sql(
      `SELECT (SELECT count(*) FROM demo_dep)::int AS deps, (SELECT count(*) FROM demo_dep_event)::int AS events,
              (SELECT count(*) FROM audit_log WHERE operation = 'test')::int AS audit,
              (SELECT sum(last_value) FROM registry_code_counter WHERE prefix LIKE 'GSP-%')::int AS gsp,
              (SELECT tgenabled FROM pg_trigger WHERE tgname = 'demo_dep_event_append_only') AS guard`,
    );
    expect(n).toEqual({ deps: 0, events: 0, audit: 1, gsp: 115, guard: 'O' });
    expect(await app.sql(ROWS_SQL)).toEqual(before);
  } finally {
    await app.close();
  }
});
