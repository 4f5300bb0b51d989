import { createHash, randomUUID } from 'node:crypto';
import { Role } from '../src/auth/roles';
import { addDays, todayInVietnam } from '../src/graphql/dates';
import { graphql } from './gql';
import type { AddressInput, CreateApiKeyInput } from './gql/graphql';
import { GraphQLResponse, startTestApp, TestApp } from './helpers/app';
import { badFields, codes, Entity, globalId, KINDS, register, registerMutation } from './helpers/factories';

/**
 * The jurisdiction matrix: entities in Đồng Xoài (2024 district 689) and Lộc Ninh (692), some recorded
 * with 2024 ward codes, some with 2025 commune codes, read by every role through entities, node and nodes.
 */
let t: TestApp;
const keys: Record<string, string | null> = { PUBLIC: null };
const e: Record<string, Entity> = {};
let fullInto25210: string;

beforeAll(async () => {
  t = await startTestApp();
  keys.DEPARTMENT_OFFICER = await t.key(Role.DEPARTMENT_OFFICER);
  keys.MINISTRY_SYSTEM = await t.key(Role.MINISTRY_SYSTEM);
  keys.ADMIN = await t.key(Role.ADMIN);
  keys.LOCAL_689 = await t.key(Role.LOCAL_OFFICER, '689');
  keys.LOCAL_25210 = await t.key(Role.LOCAL_OFFICER, '25210');
  keys.LOCAL_692 = await t.key(Role.LOCAL_OFFICER, '692');

  // A 2024 ward of Đồng Xoài other than Tiến Thành itself that went whole into the 2025 commune 25210.
  const [m] = await t.sql<{ old_code: string }>(
    `SELECT m.old_code FROM administrative_unit_mapping m
       JOIN administrative_unit o ON o.version = 2024 AND o.code = m.old_code AND o.parent_code = '689'
      WHERE m.level = 'WARD' AND m.new_code = '25210' AND m.kind = 'full' AND m.old_code <> '25210'
        AND NOT EXISTS (SELECT 1 FROM administrative_unit_mapping x WHERE x.old_code = m.old_code AND x.new_code <> '25210')
      ORDER BY m.old_code LIMIT 1`,
  );
  fullInto25210 = m.old_code;

  const dept = keys.DEPARTMENT_OFFICER;
  const y2024 = (wardCode: string): AddressInput => ({ street: '1 Đường số 1', wardCode, structure: 'THREE_TIER_2024' });
  const y2025 = (wardCode: string): AddressInput => ({ street: '2 Đường số 2', wardCode, structure: 'TWO_TIER_2025' });
  e.tienThanh = await register(t, 'GAME_SERVICE_POINT', { name: 'Điểm game Tiến Thành', address: y2024('25210') }, dept);
  e.tanPhu = await register(t, 'INTERNET_ACCESS_POINT', { name: 'Đại lý Internet Tân Phú', address: y2024('25195') }, dept);
  e.fullInto = await register(t, 'PUBLISHER', { name: 'Nhà sách Tân Thành', address: y2024(fullInto25210) }, dept);
  e.dongXoai2025 = await register(t, 'PRINTING_ESTABLISHMENT', { name: 'Cơ sở in Đồng Xoài', address: y2025('25210') }, dept);
  e.locNinh = await register(t, 'GAME_SERVICE_POINT', { name: 'Điểm game Lộc Ninh', address: y2024('25270') }, dept);
  e.locHoa = await register(t, 'INTERNET_ACCESS_POINT', { name: 'Đại lý Internet Lộc Hòa', address: y2024('25273') }, dept);
  e.locNinh2025 = await register(t, 'IT_ENTERPRISE', { name: 'Công ty Phần mềm Lộc Ninh', address: y2025('25270') }, dept);
});
afterAll(() => t.close());

const ALL = ['tienThanh', 'tanPhu', 'fullInto', 'dongXoai2025', 'locNinh', 'locHoa', 'locNinh2025'];

/** Who sees what: a district office its 2024 district; a commune office its 2025 commune and 2024 wards gone whole into it. */
const SEES: Record<string, string[]> = {
  DEPARTMENT_OFFICER: ALL,
  MINISTRY_SYSTEM: ALL,
  ADMIN: ALL,
  LOCAL_689: ['tienThanh', 'tanPhu', 'fullInto'],
  LOCAL_25210: ['tienThanh', 'fullInto', 'dongXoai2025'],
  LOCAL_692: ['locNinh', 'locHoa'],
};
const READERS = Object.keys(SEES);

const LIST = graphql(`
  query JurisdictionList {
    entities(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          address {
            ward {
              code
            }
            district {
              code
            }
            currentCommune {
              code
            }
            province {
              code
            }
          }
          representative {
            name
            idNumber
            phone
            residenceAddress
          }
        }
      }
    }
  }
`);
const NODE = graphql(`
  query JurisdictionNode($id: ID!) {
    node(id: $id) {
      id
      ... on RegulatedEntity {
        name
        registryCode
      }
    }
  }
`);
const NODES = graphql(`
  query JurisdictionNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on RegulatedEntity {
        name
      }
    }
  }
`);
const ENTITY_COUNT = graphql(`
  query AccessEntityCount {
    entities {
      totalCount
    }
  }
`);
const REVOKE = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      apiKey {
        id
      }
    }
  }
`);

const names = (keysOf: string[]) => keysOf.map((k) => e[k].name as string).sort();
const missingId = () => globalId('RegulatedEntity', randomUUID());

/** An error with the id it names replaced, to compare "outside your unit" with "does not exist". */
function shape(r: GraphQLResponse<unknown>, id: string): GraphQLResponse<unknown> {
  return JSON.parse(
    JSON.stringify({ status: r.status, data: r.data, errors: r.errors }).split(id).join('<id>'),
  ) as GraphQLResponse<unknown>;
}

describe.each(READERS)('%s', (who) => {
  const visible = SEES[who];
  const hidden = ALL.filter((k) => !visible.includes(k));

  test('entities lists exactly the rows of its jurisdiction, and totalCount counts only those', async () => {
    const r = await t.gql(LIST, {}, keys[who]);
    expect(r.errors).toBeUndefined();
    expect(r.data!.entities.totalCount).toBe(visible.length);
    expect(r.data!.entities.edges.map((x: { node: { name: string } }) => x.node.name).sort()).toEqual(names(visible));
  });

  test('entities with a filter aimed at another unit finds nothing outside the jurisdiction', async () => {
    for (const filter of [{ districtCode: '692' }, { search: 'Lộc' }, { wardCode: '25195' }]) {
      const r = await t.gql(
        graphql(`
          query JurisdictionFilteredList($f: EntityFilter) {
            entities(filter: $f) {
              totalCount
              edges {
                node {
                  name
                }
              }
            }
          }
        `),
        { f: filter },
        keys[who],
      );
      const expected = visible.filter((k) =>
        filter.districtCode
          ? e[k].address.district?.code === '692'
          : filter.search
            ? (e[k].name as string).includes('Lộc')
            : e[k].address.ward.code === '25195' || e[k].address.currentCommune?.code === '25195',
      );
      expect({
        filter,
        total: r.data!.entities.totalCount,
        names: r.data!.entities.edges.map((x: { node: { name: string } }) => x.node.name).sort(),
      }).toEqual({
        filter,
        total: expected.length,
        names: names(expected),
      });
    }
  });

  test('node answers every visible entity and NOT_FOUND, exactly as for a missing id, for the others', async () => {
    for (const k of visible) {
      const r = await t.gql(NODE, { id: e[k].id }, keys[who]);
      expect(r.errors).toBeUndefined();
      expect(r.data!.node).toEqual({ id: e[k].id, name: e[k].name, registryCode: e[k].registryCode });
    }
    const missing = missingId();
    const notFound = shape(await t.gql(NODE, { id: missing }, keys[who]), missing);
    expect(notFound.errors![0].extensions!.code).toBe('NOT_FOUND');
    for (const k of hidden) {
      expect(shape(await t.gql(NODE, { id: e[k].id }, keys[who]), e[k].id)).toEqual(notFound);
    }
  });

  test('nodes gives null and a NOT_FOUND error at the index of each hidden or missing id', async () => {
    const missing = missingId();
    const ids = [...ALL.map((k) => e[k].id), missing];
    const r = await t.gql(NODES, { ids }, keys[who]);
    expect(r.data!.nodes).toEqual(ALL.map((k) => (visible.includes(k) ? { id: e[k].id, name: e[k].name } : null)).concat([null]));
    const expectedErrorIndexes = [...hidden.map((k) => ALL.indexOf(k)), ALL.length].sort((a, b) => a - b);
    expect(r.errors!.map((x) => [x.path, x.extensions!.code])).toEqual(expectedErrorIndexes.map((i) => [['nodes', i], 'NOT_FOUND']));
  });

  test('nested fields of listed entities stay inside the jurisdiction', async () => {
    const r = await t.gql(LIST, {}, keys[who]);
    for (const { node } of r.data!.entities.edges) {
      const a = node.address;
      if (who === 'LOCAL_689') expect(a.district).toEqual({ code: '689' });
      if (who === 'LOCAL_692') expect(a.district).toEqual({ code: '692' });
      if (who === 'LOCAL_25210') expect(a.currentCommune).toEqual({ code: '25210' });
      expect(['70', '75']).toContain(a.province.code);
    }
  });

  test('personal fields are shown only to the Department and the local offices', async () => {
    const r = await t.gql(LIST, {}, keys[who]);
    const personal = ['DEPARTMENT_OFFICER', 'LOCAL_689', 'LOCAL_25210', 'LOCAL_692'].includes(who);
    for (const { node } of r.data!.entities.edges) {
      expect(node.representative).toEqual({
        name: 'Nguyễn Văn Hùng',
        idNumber: personal ? '070085001234' : null,
        phone: personal ? '0912345678' : null,
        residenceAddress: personal ? '45 Phú Riềng Đỏ, Phường Tân Phú, Thành phố Đồng Xoài' : null,
      });
    }
  });
});

describe('the personal-data rule by role, on one entity', () => {
  test.each([
    ['DEPARTMENT_OFFICER', true],
    ['LOCAL_689', true],
    ['MINISTRY_SYSTEM', false],
    ['ADMIN', false],
  ])('%s sees personal fields: %s', async (who, personal) => {
    const r = await t.gql(
      graphql(`
        query RepresentativeByRole($id: ID!) {
          node(id: $id) {
            ... on RegulatedEntity {
              representative {
                name
                title
                idNumber
                phone
                residenceAddress
              }
            }
          }
        }
      `),
      { id: e.tanPhu.id },
      keys[who],
    );
    expect(r.data!.node!.representative).toEqual({
      name: 'Nguyễn Văn Hùng',
      title: 'Giám đốc',
      idNumber: personal ? '070085001234' : null,
      phone: personal ? '0912345678' : null,
      residenceAddress: personal ? '45 Phú Riềng Đỏ, Phường Tân Phú, Thành phố Đồng Xoài' : null,
    });
  });
});

describe('the public (no key)', () => {
  test('gets UNAUTHENTICATED for entities, node and nodes of an entity', async () => {
    const list = await t.gql(ENTITY_COUNT, {}, null);
    expect(list.status).toBe(200);
    expect(list.data).toBeNull();
    expect(codes(list)).toEqual(['UNAUTHENTICATED']);

    const node = await t.gql(NODE, { id: e.tienThanh.id }, null);
    expect(node.data).toEqual({ node: null });
    expect(codes(node)).toEqual(['UNAUTHENTICATED']);

    const nodes = await t.gql(NODES, { ids: [e.tienThanh.id] }, null);
    expect(nodes.data).toEqual({ nodes: [null] });
    expect(codes(nodes)).toEqual(['UNAUTHENTICATED']);
  });

  test('reads administrative units, authorities and viewer', async () => {
    const r = await t.gql(
      graphql(`
        query PublicReads {
          viewer {
            role
            label
            jurisdiction {
              code
            }
          }
          administrativeUnits(structure: THREE_TIER_2024, parentCode: "70") {
            code
          }
          authorities(validOn: "2025-01-15", level: PROVINCIAL_DEPARTMENT) {
            code
          }
        }
      `),
      {},
      null,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      viewer: { role: 'PUBLIC', label: null, jurisdiction: null },
      administrativeUnits: ['688', '689', '690', '691', '692', '693', '694', '695', '696', '697', '698'].map((code) => ({ code })),
      // The registry is Đồng Nai's (75): the departments of both provinces it was formed from.
      authorities: [{ code: '70-STTTT' }, { code: '70-SVHTTDL' }, { code: '75-2024-STTTT' }, { code: '75-2024-SVHTTDL' }],
    });
  });
});

describe('writes by role', () => {
  const gp = () => KINDS.GAME_SERVICE_POINT.build({ name: 'Điểm game Thử Quyền' });
  /** Each operation, sent with a secret. */
  const MUTATIONS: Record<string, (secret: string | null) => Promise<GraphQLResponse<unknown>>> = {
    registerGameServicePoint: (secret) => t.gql(registerMutation('GAME_SERVICE_POINT'), { input: gp() }, secret),
    updateEntity: (secret) =>
      t.gql(
        graphql(`
          mutation UpdateEntityByRole($input: UpdateEntityInput!) {
            updateEntity(input: $input) {
              entity {
                id
              }
            }
          }
        `),
        { input: { id: e.tienThanh.id, version: 1, notes: 'Ghi chú' } },
        secret,
      ),
    deregisterEntity: (secret) =>
      t.gql(
        graphql(`
          mutation DeregisterEntityByRole($input: DeregisterEntityInput!) {
            deregisterEntity(input: $input) {
              entity {
                id
              }
            }
          }
        `),
        { input: { id: e.tienThanh.id, version: 1, effectiveOn: todayInVietnam(), reason: 'Thử quyền' } },
        secret,
      ),
    createApiKey: (secret) =>
      t.gql(
        graphql(`
          mutation CreateApiKeyByRole($input: CreateApiKeyInput!) {
            createApiKey(input: $input) {
              secret
            }
          }
        `),
        { input: { label: 'Khóa thử', role: 'MINISTRY_SYSTEM' } },
        secret,
      ),
    revokeApiKey: (secret) => t.gql(REVOKE, { id: randomUUID() }, secret),
    apiKeys: (secret) =>
      t.gql(
        graphql(`
          query ApiKeyIds {
            apiKeys {
              id
            }
          }
        `),
        {},
        secret,
      ),
  };
  const ENTITY_WRITES = ['registerGameServicePoint', 'updateEntity', 'deregisterEntity'];
  const KEY_ADMIN = ['createApiKey', 'revokeApiKey', 'apiKeys'];

  const refused: [string, string, string][] = [];
  for (const op of Object.keys(MUTATIONS)) {
    refused.push(['PUBLIC', op, 'UNAUTHENTICATED']);
    for (const who of ['LOCAL_689', 'LOCAL_25210', 'MINISTRY_SYSTEM']) refused.push([who, op, 'FORBIDDEN']);
    if (ENTITY_WRITES.includes(op)) refused.push(['ADMIN', op, 'FORBIDDEN']);
    if (KEY_ADMIN.includes(op)) refused.push(['DEPARTMENT_OFFICER', op, 'FORBIDDEN']);
  }

  test.each(refused)('%s: %s is refused with %s and writes nothing', async (who, op, code) => {
    const count = async () =>
      (
        await t.sql(
          `SELECT (SELECT count(*) FROM regulated_entity) + (SELECT count(*) FROM api_key) + (SELECT count(*) FROM audit_log) AS n`,
        )
      )[0].n as string;
    const before = await count();
    const r = await MUTATIONS[op](keys[who]);
    expect(r.data).toBeNull();
    expect(codes(r)).toEqual([code]);
    expect(await count()).toBe(before);
    const [row] = await t.sql(`SELECT version, status FROM regulated_entity WHERE registry_code = $1`, [e.tienThanh.registryCode]);
    expect(row).toEqual({ version: 1, status: 'ACTIVE' });
  });

  test('the Department may write entities; ADMIN may manage keys', async () => {
    const reg = await t.gql(registerMutation('GAME_SERVICE_POINT'), { input: gp() }, keys.DEPARTMENT_OFFICER);
    expect(reg.errors).toBeUndefined();
    const keysList = await t.gql(
      graphql(`
        query ApiKeyRoles {
          apiKeys {
            role
            unitCode
          }
        }
      `),
      {},
      keys.ADMIN,
    );
    expect(keysList.errors).toBeUndefined();
    expect(keysList.data!.apiKeys).toEqual(
      expect.arrayContaining([
        { role: 'DEPARTMENT_OFFICER', unitCode: null },
        { role: 'LOCAL_OFFICER', unitCode: '689' },
        { role: 'LOCAL_OFFICER', unitCode: '25210' },
      ]),
    );
    // Clean up so the matrix above keeps its counts.
    await t.sql(`DELETE FROM regulated_entity WHERE name = 'Điểm game Thử Quyền'`);
  });
});

describe('API keys', () => {
  const CREATE = graphql(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
      createApiKey(input: $input) {
        secret
        apiKey {
          id
          label
          role
          unitCode
          secretPrefix
          expiresOn
          revokedAt
        }
      }
    }
  `);
  const VIEWER = graphql(`
    query AccessViewer {
      viewer {
        role
        label
        jurisdiction {
          code
          name
          fullName
          level
          structure
        }
      }
    }
  `);

  test('viewer tells each role and its jurisdiction', async () => {
    const v = async (who: string) => (await t.gql(VIEWER, {}, keys[who])).data!.viewer;
    expect(await v('DEPARTMENT_OFFICER')).toEqual({ role: 'DEPARTMENT_OFFICER', label: 'test DEPARTMENT_OFFICER', jurisdiction: null });
    expect(await v('MINISTRY_SYSTEM')).toEqual({ role: 'MINISTRY_SYSTEM', label: 'test MINISTRY_SYSTEM', jurisdiction: null });
    expect(await v('ADMIN')).toEqual({ role: 'ADMIN', label: 'test ADMIN', jurisdiction: null });
    expect(await v('LOCAL_689')).toEqual({
      role: 'LOCAL_OFFICER',
      label: 'test LOCAL_OFFICER 689',
      jurisdiction: { code: '689', name: 'Đồng Xoài', fullName: 'Thành phố Đồng Xoài', level: 'DISTRICT', structure: 'THREE_TIER_2024' },
    });
    expect(await v('LOCAL_25210')).toEqual({
      role: 'LOCAL_OFFICER',
      label: 'test LOCAL_OFFICER 25210',
      jurisdiction: { code: '25210', name: 'Đồng Xoài', fullName: 'Phường Đồng Xoài', level: 'WARD', structure: 'TWO_TIER_2025' },
    });
  });

  test('createApiKey shows a secret once; it works, is stored only as a hash, and revokeApiKey ends it', async () => {
    const expiresOn = addDays(todayInVietnam(), 30);
    const r = await t.gql(
      CREATE,
      { input: { label: 'Phòng Văn hóa - Xã hội phường Đồng Xoài', role: 'LOCAL_OFFICER', unitCode: '25210', expiresOn } },
      keys.ADMIN,
    );
    expect(r.errors).toBeUndefined();
    const { secret, apiKey } = r.data!.createApiKey;
    expect(secret).toMatch(/^ictr_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toEqual({
      id: expect.any(String),
      label: 'Phòng Văn hóa - Xã hội phường Đồng Xoài',
      role: 'LOCAL_OFFICER',
      unitCode: '25210',
      secretPrefix: secret.slice(0, 9),
      expiresOn,
      revokedAt: null,
    });

    const [row] = await t.sql(`SELECT to_jsonb(k)::text AS json, secret_hash FROM api_key k WHERE id = $1`, [apiKey.id]);
    expect(row.json).not.toContain(secret.slice(9));
    expect((row.secret_hash as Buffer).equals(createHash('sha256').update(secret).digest())).toBe(true);

    const v = await t.gql(VIEWER, {}, secret);
    expect(v.data!.viewer).toEqual({
      role: 'LOCAL_OFFICER',
      label: 'Phòng Văn hóa - Xã hội phường Đồng Xoài',
      jurisdiction: { code: '25210', name: 'Đồng Xoài', fullName: 'Phường Đồng Xoài', level: 'WARD', structure: 'TWO_TIER_2025' },
    });
    const list = await t.gql(ENTITY_COUNT, {}, secret);
    expect(list.data!.entities.totalCount).toBe(SEES.LOCAL_25210.length);

    const listed = await t.gql(
      graphql(`
        query ApiKeyPrefixes {
          apiKeys {
            id
            secretPrefix
            revokedAt
          }
        }
      `),
      {},
      keys.ADMIN,
    );
    expect(listed.data!.apiKeys).toContainEqual({ id: apiKey.id, secretPrefix: secret.slice(0, 9), revokedAt: null });
    // Invalid on purpose (ApiKey has no secret field), so a raw string.
    const noSecretField = await t.gql(`{ apiKeys { secret } }`, {}, keys.ADMIN);
    expect(codes(noSecretField)).toEqual(['GRAPHQL_VALIDATION_FAILED']);

    const revoke = await t.gql(
      graphql(`
        mutation RevokeApiKeyReadBack($id: ID!) {
          revokeApiKey(id: $id) {
            apiKey {
              id
              revokedAt
            }
          }
        }
      `),
      { id: apiKey.id },
      keys.ADMIN,
    );
    expect(revoke.errors).toBeUndefined();
    expect(revoke.data!.revokeApiKey.apiKey).toEqual({ id: apiKey.id, revokedAt: expect.any(String) });

    const after = await t.gql(VIEWER, {}, secret);
    expect(after.status).toBe(401);
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);

    const again = await t.gql(REVOKE, { id: apiKey.id }, keys.ADMIN);
    expect(codes(again)).toEqual(['CONFLICT']);
    const unknown = await t.gql(REVOKE, { id: randomUUID() }, keys.ADMIN);
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
  });

  test.each<[string, Omit<CreateApiKeyInput, 'label'> & { label?: string }, string[]]>([
    ['a LOCAL_OFFICER without a unit', { role: 'LOCAL_OFFICER' }, ['unitCode']],
    ['a LOCAL_OFFICER with a code that is no 2024 district', { role: 'LOCAL_OFFICER', unitCode: '999' }, ['unitCode']],
    ['a LOCAL_OFFICER with a code that is no 2025 commune', { role: 'LOCAL_OFFICER', unitCode: '25213' }, ['unitCode']],
    ['a unit for a role without one', { role: 'DEPARTMENT_OFFICER', unitCode: '689' }, ['unitCode']],
    ['a key for PUBLIC', { role: 'PUBLIC' }, ['role']],
    ['an expiry in the past', { role: 'MINISTRY_SYSTEM', expiresOn: addDays(todayInVietnam(), -1) }, ['expiresOn']],
    ['an empty label', { role: 'MINISTRY_SYSTEM', label: '' }, ['label']],
  ])('createApiKey refuses %s with BAD_USER_INPUT', async (_what, input, fields) => {
    const r = await t.gql(CREATE, { input: { label: 'Khóa', ...input } }, keys.ADMIN);
    expect(badFields(r)).toEqual(fields);
  });

  test('an unknown key, a malformed header, an expired key are UNAUTHENTICATED with HTTP 401; the last day of a key still works', async () => {
    for (const secret of ['ictr_' + 'A'.repeat(43), 'not-a-key']) {
      const r = await t.gql(VIEWER, {}, secret);
      expect({ status: r.status, codes: codes(r), data: r.data }).toEqual({ status: 401, codes: ['UNAUTHENTICATED'], data: undefined });
    }
    const basic = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', 'Basic dXNlcjpwYXNz')
      .send({ query: VIEWER });
    expect(basic.status).toBe(401);
    expect(basic.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const secret = await t.key(Role.MINISTRY_SYSTEM);
    const prefix = secret.slice(0, 9);
    await t.sql(`UPDATE api_key SET expires_on = $2::date WHERE secret_prefix = $1`, [prefix, todayInVietnam()]);
    expect((await t.gql(VIEWER, {}, secret)).data!.viewer.role).toBe('MINISTRY_SYSTEM');
    await t.sql(`UPDATE api_key SET expires_on = $2::date WHERE secret_prefix = $1`, [prefix, addDays(todayInVietnam(), -1)]);
    // A change made outside the app (here by hand in SQL) reaches its key cache by NOTIFY: the listening connection may
    // hear it a moment after the writer's commit returns (src/auth/api-key-cache.ts). Until then, at most a few requests.
    let expired = await t.gql(VIEWER, {}, secret);
    for (let i = 0; i < 100 && expired.status === 200; i++) {
      await new Promise((r) => setTimeout(r, 20));
      expired = await t.gql(VIEWER, {}, secret);
    }
    expect(expired.status).toBe(401);
    expect(codes(expired)).toEqual(['UNAUTHENTICATED']);
  });
});
