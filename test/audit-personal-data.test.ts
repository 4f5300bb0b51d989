import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import { startTestApp, TestApp } from './helpers/app';
import { codes, register } from './helpers/factories';

/** The audit log as every role reads it: personal data only for the roles that see it everywhere else. */

let t: TestApp;
let keys: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  keys = {
    DEPARTMENT_OFFICER: await t.key(Role.DEPARTMENT_OFFICER),
    LOCAL_OFFICER: await t.key(Role.LOCAL_OFFICER, '689'),
    MINISTRY_SYSTEM: await t.key(Role.MINISTRY_SYSTEM),
    ADMIN: await t.key(Role.ADMIN),
  };
  const e = await register(t, 'GAME_SERVICE_POINT', {}, keys.DEPARTMENT_OFFICER);
  const r = await t.gql(
    `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { version } } }`,
    {
      input: {
        id: e.id,
        version: e.version,
        representative: { name: 'Lê Thị Hoa', idNumber: '070190009999', phone: '0987654321', residenceAddress: '9 Hùng Vương, Đồng Xoài' },
      },
    },
    keys.DEPARTMENT_OFFICER,
  );
  expect(r.errors).toBeUndefined();
});
afterAll(() => t.close());

const LOG = graphql(`
  query EntityAuditLog {
    auditLog(filter: { recordType: "RegulatedEntity" }) {
      edges {
        node {
          operation
          before
          after
        }
      }
    }
  }
`);
/** An audit record's before/after: the entity row as stored (column names). */
type AuditedRow = Record<string, unknown> | null;
const nodesOf = (data: { auditLog: { edges: { node: { operation: string; before?: unknown; after?: unknown } }[] } }) =>
  data.auditLog.edges.map((e) => ({ ...e.node, before: e.node.before as AuditedRow, after: e.node.after as AuditedRow }));
const PERSONAL = ['representative_id_number', 'representative_phone', 'representative_address'] as const;

test('the Department reads the whole record, personal data included', async () => {
  const r = await t.gql(LOG, {}, keys.DEPARTMENT_OFFICER);
  const [update, registration] = nodesOf(r.data!);
  expect(update.operation).toBe('updateEntity');
  expect(update.before).toMatchObject({ representative_id_number: '070085001234', representative_phone: '0912345678' });
  expect(update.after).toMatchObject({
    representative_id_number: '070190009999',
    representative_phone: '0987654321',
    representative_address: '9 Hùng Vương, Đồng Xoài',
  });
  expect(registration.after!.representative_address).toBe('45 Phú Riềng Đỏ, Phường Tân Phú, Thành phố Đồng Xoài');
});

test('ADMIN reads every entry with the personal fields null, and nothing else withheld', async () => {
  const full = nodesOf((await t.gql(LOG, {}, keys.DEPARTMENT_OFFICER)).data!);
  const r = await t.gql(LOG, {}, keys.ADMIN);
  const masked = nodesOf(r.data!);
  expect(masked).toHaveLength(2);
  const blank = (o: AuditedRow) => o && { ...o, ...Object.fromEntries(PERSONAL.map((k) => [k, null])) };
  expect(masked).toEqual(full.map((n) => ({ ...n, before: blank(n.before), after: blank(n.after) })));
  const text = JSON.stringify(r.data);
  for (const secret of ['070085001234', '070190009999', '0912345678', '0987654321', 'Phú Riềng Đỏ', 'Hùng Vương'])
    expect(text).not.toContain(secret);
});

test('the other roles may not read the log at all', async () => {
  expect(codes(await t.gql(LOG, {}, null))).toEqual(['UNAUTHENTICATED']);
  expect(codes(await t.gql(LOG, {}, keys.LOCAL_OFFICER))).toEqual(['FORBIDDEN']);
  expect(codes(await t.gql(LOG, {}, keys.MINISTRY_SYSTEM))).toEqual(['FORBIDDEN']);
});
