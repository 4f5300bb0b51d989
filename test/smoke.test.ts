import { Role } from '../src/auth/roles';
import { startTestApp, TestApp } from './helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

test('smoke: register a game point and read it back', async () => {
  const secret = await t.key(Role.DEPARTMENT_OFFICER);
  const r = await t.gql(
    `mutation($input: RegisterGameServicePointInput!) { registerGameServicePoint(input: $input) { entity { id registryCode name address { fullText } ... on GameServicePoint { details { machineCount } } } } }`,
    {
      input: {
        name: 'Điểm game Hoàng Long',
        legalForm: 'HOUSEHOLD_BUSINESS',
        address: { street: '12 Lê Duẩn', wardCode: '25210' },
        details: { machineCount: 20, floorAreaM2: 60.5, businessRegistrationNumber: '44A8001234' },
      },
    },
    secret,
  );
  console.log(JSON.stringify(r, null, 1));
  const l = await t.gql(`{ entities(filter: {search: "hoang long"}) { totalCount edges { node { name registryCode } } } }`, {}, secret);
  console.log(JSON.stringify(l, null, 1));
  expect(l.data?.entities.totalCount).toBe(1);
});
