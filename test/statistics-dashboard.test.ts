import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDemoEntities } from '../seeds/demo';
import { seedDemoLicenses } from '../seeds/demo-licenses';
import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import type { EntityKind } from './gql/graphql';
import { startTestApp, TestApp } from './helpers/app';
import { launchBrowser, offlineContext } from './helpers/browser';
import { today } from './helpers/licenses';

/**
 * The dashboard page (GET /dashboard) in headless Chromium with no network beyond the app (test/helpers/browser.ts):
 * it takes a key (kept in sessionStorage, never in the URL), draws its charts, shows the figures `statistics` answers,
 * and shows new figures when a filter changes. Any console error (a CSP violation is one) or request to another host
 * fails the test.
 */
const FIGURES = graphql(`
  query DashboardFigures($filter: StatisticsFilter, $asOf: LocalDate!) {
    statistics(filter: $filter) {
      unitName
      entityCounts(groupBy: [KIND, STATUS], statuses: [ACTIVE, DEREGISTERED]) {
        kind
        status
        count
      }
      licenseCounts(asOf: $asOf, groupBy: [STATUS]) {
        status
        count
      }
      expiringLicenseCounts(asOf: $asOf, withinDays: [30, 60, 90]) {
        withinDays
        count
      }
      expiringLicenses(asOf: $asOf, withinDays: 90, first: 10) {
        edges {
          node {
            license {
              number
            }
          }
        }
      }
    }
  }
`);

jest.setTimeout(180_000);

const TODAY = today();
const KIND_LABELS: Record<string, string> = {
  PRINTING_ESTABLISHMENT: 'Cơ sở in',
  GAME_SERVICE_POINT: 'Điểm trò chơi điện tử',
};

let t: TestApp;
let base: string;
let browser: Browser;
let context: BrowserContext;
let blocked: string[];
let errors: string[];

beforeAll(async () => {
  t = await startTestApp();
  await t.dataSource.transaction(async (m) => {
    await seedDemoEntities(m, { provinceCode: '75' });
    await seedDemoLicenses(m);
  });
  base = await t.listen();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t.close();
});
beforeEach(async () => {
  ({ context, blocked } = await offlineContext(browser, base));
  errors = [];
});
afterEach(async () => {
  await context.close();
});

function watch(page: Page): Page {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text().slice(0, 300));
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

async function figures(secret: string, filter: { kinds?: EntityKind[]; unitCode?: string } | null, asOf = TODAY) {
  const r = await t.gql(FIGURES, { filter, asOf }, secret);
  expect(r.errors).toBeUndefined();
  return r.data!.statistics;
}

type Figures = Awaited<ReturnType<typeof figures>>;
const vn = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
const sum = (rows: { count: number }[]) => rows.reduce((n, b) => n + b.count, 0);

/** The summary cards as the page shows them: label -> figure. */
async function cards(page: Page): Promise<Record<string, string>> {
  const labels = await page.locator('#summary dt').allInnerTexts();
  const values = await page.locator('#summary dd').allInnerTexts();
  return Object.fromEntries(labels.map((l, i) => [l, values[i]]));
}

function expectedCards(f: Figures): Record<string, string> {
  return {
    'Cơ sở đang hoạt động': vn(sum(f.entityCounts.filter((b) => b.status === 'ACTIVE'))),
    'Giấy phép còn hiệu lực': vn(sum(f.licenseCounts.filter((b) => b.status === 'ACTIVE'))),
    'Giấy phép đang đình chỉ': vn(sum(f.licenseCounts.filter((b) => b.status === 'SUSPENDED'))),
    ...Object.fromEntries(f.expiringLicenseCounts.map((b) => [`Hết hạn trong ${b.withinDays} ngày`, vn(b.count)])),
  };
}

/** The entity table's row of a kind: [active, deregistered] as shown. */
async function kindRow(page: Page, label: string): Promise<string[]> {
  const row = page.locator('#table-entities tbody tr', { has: page.locator(`td:text-is("${label}")`) });
  return (await row.locator('td').allInnerTexts()).slice(1);
}

async function waitForFigures(page: Page, previous?: string): Promise<string> {
  // The page counts the loads it has shown in <body data-loads>; the message line is empty once figures are shown.
  // (CSS selectors, not a predicate: the page's CSP forbids the eval a string predicate needs.)
  await page.locator(`body[data-loads]${previous ? `:not([data-loads="${previous}"])` : ''}`).waitFor({ state: 'attached' });
  await page.locator('#message:empty').waitFor({ state: 'attached' });
  return (await page.getAttribute('body', 'data-loads'))!;
}

const storedKey = (page: Page) =>
  page.evaluate(() =>
    (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem('ict-registry:api-key'),
  );

test('a Department officer: key once, charts drawn from the figures, a kind, a unit and a date filter show new figures', async () => {
  const secret = await t.key(Role.DEPARTMENT_OFFICER);
  const page = watch(await context.newPage());
  const res = await page.goto(`${base}/dashboard`);
  expect(res!.status()).toBe(200);
  const csp = res!.headers()['content-security-policy'];
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe');
  expect(await page.getAttribute('html', 'lang')).toBe('vi');
  await expect(page.locator('h1').innerText()).resolves.toBe('Bảng điều khiển thống kê');

  // The key, typed once by keyboard: kept in sessionStorage, never in the address.
  await page.getByLabel('Khóa API').focus();
  await page.keyboard.type(secret);
  await page.keyboard.press('Enter');
  let loads = await waitForFigures(page);
  expect(page.url()).toBe(`${base}/dashboard`);
  expect(await storedKey(page)).toBe(secret);
  await expect(page.getByLabel('Khóa API').isVisible()).resolves.toBe(false);

  // The charts are drawn (SVG with bars and lines) and the figures are the API's.
  for (const id of ['chart-entities', 'chart-units', 'chart-trend']) {
    await expect(page.locator(`#${id} svg path`).count()).resolves.toBeGreaterThan(5);
  }
  const all = await figures(secret, null);
  expect(await cards(page)).toEqual(expectedCards(all));
  const games = all.entityCounts.filter((b) => b.kind === 'GAME_SERVICE_POINT');
  expect(await kindRow(page, KIND_LABELS.GAME_SERVICE_POINT)).toEqual(
    ['ACTIVE', 'DEREGISTERED'].map((s) => vn(sum(games.filter((b) => b.status === s)))),
  );
  expect(await page.locator('#table-expiring tbody tr td:first-child').allInnerTexts()).toEqual(
    all.expiringLicenses.edges.map((e) => e.node.license.number),
  );
  await expect(page.locator('#scope').innerText()).resolves.toContain(all.unitName);

  // Filter by kind: the cards show the game points' figures only.
  await page.getByLabel('Loại hình', { exact: true }).selectOption('GAME_SERVICE_POINT');
  await page.getByRole('button', { name: 'Áp dụng' }).click();
  loads = await waitForFigures(page, loads);
  const gameFigures = await figures(secret, { kinds: ['GAME_SERVICE_POINT'] });
  expect(await cards(page)).toEqual(expectedCards(gameFigures));
  expect(await kindRow(page, KIND_LABELS.PRINTING_ESTABLISHMENT)).toEqual(['0', '0']);
  expect(sum(gameFigures.entityCounts)).toBeLessThan(sum(all.entityCounts));

  // Filter by a commune (and no kind): the figures of that unit.
  const [{ code }] = await t.sql<{ code: string }>(
    `SELECT commune_code_2025 AS code FROM regulated_entity WHERE status = 'ACTIVE' AND commune_code_2025 IS NOT NULL
      GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  await page.getByLabel('Loại hình', { exact: true }).selectOption('');
  await page.getByLabel('Đơn vị hành chính', { exact: true }).selectOption(code);
  await page.getByRole('button', { name: 'Áp dụng' }).click();
  loads = await waitForFigures(page, loads);
  const unitFigures = await figures(secret, { unitCode: code });
  expect(await cards(page)).toEqual(expectedCards(unitFigures));
  await expect(page.locator('#scope').innerText()).resolves.toContain(unitFigures.unitName);

  // A date a year back: the licence figures on that date.
  const yearAgo = `${Number(TODAY.slice(0, 4)) - 1}${TODAY.slice(4)}`;
  await page.getByLabel('Tính đến ngày', { exact: true }).fill(yearAgo);
  await page.getByRole('button', { name: 'Áp dụng' }).click();
  await waitForFigures(page, loads);
  const past = await figures(secret, { unitCode: code }, yearAgo);
  expect(await cards(page)).toEqual(expectedCards(past));

  // The charts were redrawn, not stacked up, and nothing went wrong or left the app.
  await expect(page.locator('#chart-trend svg').count()).resolves.toBe(1);
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
});

test('a local office sees its own unit only; a wrong key is refused and asked for again', async () => {
  const secret = await t.key(Role.LOCAL_OFFICER, '689');
  const page = watch(await context.newPage());
  await page.goto(`${base}/dashboard`);

  await page.getByLabel('Khóa API').fill('ictr_not-a-real-key');
  await page.getByRole('button', { name: 'Xem bảng điều khiển' }).click();
  await page.locator('#message', { hasText: 'Khóa API không hợp lệ' }).waitFor();
  await expect(page.getByLabel('Khóa API').isVisible()).resolves.toBe(true);
  expect(await storedKey(page)).toBeNull();
  // The refused key's 401 is the one console error the browser itself logs for a failed request.
  errors = errors.filter((e) => !/status of 401/.test(e));

  await page.getByLabel('Khóa API').fill(secret);
  await page.getByRole('button', { name: 'Xem bảng điều khiển' }).click();
  await waitForFigures(page);
  const own = await figures(secret, null);
  expect(await cards(page)).toEqual(expectedCards(own));
  await expect(page.getByLabel('Đơn vị hành chính', { exact: true }).isDisabled()).resolves.toBe(true);
  await expect(page.locator('#scope').innerText()).resolves.toContain(own.unitName);

  // A reload keeps the key for the tab; "forget" removes it.
  await page.reload();
  await waitForFigures(page);
  await page.getByRole('button', { name: 'Xóa khóa khỏi trình duyệt' }).click();
  expect(await storedKey(page)).toBeNull();
  await expect(page.getByLabel('Khóa API').isVisible()).resolves.toBe(true);

  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
});

test('the page and its assets come from the app with the strict CSP; an unknown asset is 404', async () => {
  for (const asset of ['dashboard.js', 'dashboard.css', 'echarts.min.js', 'echarts-vi.js']) {
    const r = await t.http.get(`/dashboard/assets/${asset}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
  }
  expect((await t.http.get('/dashboard/assets/..%2F..%2Fpackage.json')).status).toBe(404);
  expect((await t.http.get('/dashboard/assets/secret.js')).status).toBe(404);
});
