import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDemoEntities } from '../seeds/demo';
import { seedDemoLicenses } from '../seeds/demo-licenses';
import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import type { PublicListKind } from './gql/graphql';
import { startTestApp, TestApp } from './helpers/app';
import { launchBrowser, offlineContext } from './helpers/browser';

/**
 * The public page and the GraphQL IDE in headless Chromium, with no network beyond the app: every other host is
 * blocked (test/helpers/browser.ts) and the test fails when anything tried to reach one, or when the page logged an
 * error (a CSP violation is one).
 */
const LIST = graphql(`
  query BrowserPublicList($list: PublicListKind!, $unitCode: String, $first: Int, $after: String) {
    publicGameServicePoints(list: $list, unitCode: $unitCode, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          name
          certificateNumber
        }
      }
    }
  }
`);

// Chromium on a shared 2-core machine: a page with a multi-megabyte editor can take a minute to start.
jest.setTimeout(180_000);

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

async function list(vars: { list: PublicListKind; unitCode?: string; first?: number; after?: string }) {
  const r = await t.gql(LIST, { first: 20, ...vars });
  expect(r.errors).toBeUndefined();
  return r.data!.publicGameServicePoints;
}

/**
 * Every row of a list, following endCursor page by page, and how many pages: 5 a page, so that even the demo's short
 * revoked list takes several.
 */
async function wholeList(listKind: PublicListKind) {
  const rows: { name: string; certificateNumber: string }[] = [];
  let after: string | undefined;
  for (let pages = 1; pages <= 1000; pages++) {
    const page = await list({ list: listKind, first: 5, after });
    rows.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) {
      expect(rows.length).toBe(page.totalCount);
      return { rows, pages };
    }
    after = page.pageInfo.endCursor!;
  }
  throw new Error('more than 1000 pages');
}

const rowNames = (page: Page) => page.locator('tbody th[scope="row"]').allInnerTexts();
const rowNumbers = (page: Page) => page.locator('tbody tr td:nth-child(4)').allInnerTexts();
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

test('the public page: loads, searches without diacritics, filters by unit, pages, switches lists and downloads the CSV', async () => {
  const page = watch(await context.newPage());
  const res = await page.goto(`${base}/public/game-service-points`);
  expect(res!.status()).toBe(200);
  await expect(page.locator('h1').innerText()).resolves.toMatch(/^Điểm cung cấp dịch vụ trò chơi điện tử công cộng/);
  expect(await page.getAttribute('html', 'lang')).toBe('vi');
  const first = await list({ list: 'LICENSED' });
  expect(await rowNames(page)).toEqual(first.edges.map((e) => e.node.name));
  await expect(page.locator('.summary').innerText()).resolves.toContain(`${first.totalCount} điểm`);

  // Search by keyboard, typed without diacritics.
  const target = first.edges.map((e) => e.node.name).find((n) => fold(n) !== n)!;
  const words = fold(target).toLowerCase().split(' ').slice(-2).join(' ');
  await page.getByLabel('Tên điểm hoặc số giấy chứng nhận').focus();
  await page.keyboard.type(words);
  await Promise.all([page.waitForURL(/q=/), page.keyboard.press('Enter')]);
  const found = await rowNames(page);
  expect(found).toContain(target);
  // Every word occurs in each name found (or in its certificate number).
  const numbers = await rowNumbers(page);
  found.forEach((n, i) => {
    for (const w of words.split(' ')) expect(fold(`${n} ${numbers[i]}`).toLowerCase()).toContain(w);
  });

  // Filter by a 2025 commune.
  const [{ code }] = await t.sql<{ code: string }>(
    `SELECT e.commune_code_2025 AS code FROM license l JOIN regulated_entity e ON e.id = l.holder_id
      WHERE l.license_type = 'GAME_POINT_CERTIFICATE' AND l.status = 'ACTIVE' AND e.commune_code_2025 IS NOT NULL
      GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  await page.getByLabel('Tên điểm hoặc số giấy chứng nhận').fill('');
  await page.getByLabel('Địa bàn').selectOption(code);
  await Promise.all([page.waitForURL(new RegExp(`unit=${code}`)), page.getByRole('button', { name: 'Tìm' }).click()]);
  const inUnit = await list({ list: 'LICENSED', unitCode: code });
  expect(inUnit.totalCount).toBeGreaterThan(0);
  expect(await rowNames(page)).toEqual(inUnit.edges.map((e) => e.node.name));
  const [unit] = await t.sql<{ full_name: string }>(`SELECT full_name FROM administrative_unit WHERE version = 2025 AND code = $1`, [code]);
  await expect(page.locator('.summary').innerText()).resolves.toContain(`${inUnit.totalCount} điểm tại ${unit.full_name}`);

  // Pages: the whole list, 20 at a time, as GraphQL pages it.
  await page.goto(`${base}/public/game-service-points`);
  expect(first.pageInfo.hasNextPage).toBe(true);
  await page.getByRole('link', { name: 'Trang sau »' }).click();
  const second = await list({ list: 'LICENSED', after: first.pageInfo.endCursor! });
  expect(await rowNumbers(page)).toEqual(second.edges.map((e) => e.node.certificateNumber));
  await expect(page.getByRole('link', { name: '« Trang đầu' }).isVisible()).resolves.toBe(true);

  // The revoked list, and its CSV.
  await page.getByRole('link', { name: 'Bị thu hồi giấy chứng nhận' }).click();
  await expect(page.locator('h2#ket-qua-heading').innerText()).resolves.toBe(
    'Danh sách điểm bị thu hồi giấy chứng nhận đủ điều kiện hoạt động',
  );
  await expect(page.getByRole('link', { name: 'Bị thu hồi giấy chứng nhận' }).getAttribute('aria-current')).resolves.toBe('page');
  // The whole list as GraphQL pages it (more than one page: the CSV is not just the first).
  const { rows: revoked, pages } = await wholeList('REVOKED');
  expect(pages).toBeGreaterThan(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Tải toàn bộ danh sách/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^diem-tro-choi-dien-tu-bi-thu-hoi-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  expect(records.map((r) => [r['Tên điểm'], r['Số giấy chứng nhận']])).toEqual(revoked.map((p) => [p.name, p.certificateNumber]));

  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
});

test('the GraphQL IDE opens with no network beyond the app, takes an API key and shows the answer', async () => {
  const secret = await t.key(Role.DEPARTMENT_OFFICER);
  const page = watch(await context.newPage());
  const res = await page.goto(`${base}/graphql`);
  expect(res!.status()).toBe(200);
  expect(res!.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+'/);
  const query = page.locator('.graphiql-query-editor .monaco-editor').first();
  // The editor's bundle is a few megabytes of script: on a loaded machine it takes a while to start.
  await query.waitFor({ timeout: 60_000 }).catch((e: Error) => {
    throw new Error(`${e.message}\nconsole errors: ${JSON.stringify(errors)}\nblocked: ${JSON.stringify(blocked)}`);
  });
  await query.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('query Who { viewer { role label } }');
  await page.locator('.monaco-editor[data-uri$="headers.json"]').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(`{"Authorization": "Bearer ${secret}"}`);
  await page.keyboard.press('Control+Enter');
  const result = page.locator('.result-window');
  await result.getByText('"role": "DEPARTMENT_OFFICER"').waitFor({ timeout: 20_000 });
  // Monaco renders spaces as no-break spaces.
  expect(JSON.parse((await result.innerText()).replace(/\u00a0/g, ' '))).toEqual({
    data: { viewer: { role: 'DEPARTMENT_OFFICER', label: 'test DEPARTMENT_OFFICER' } },
  });
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
});
