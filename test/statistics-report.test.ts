import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { seedDemoEntities } from '../seeds/demo';
import { seedDemoLicenses } from '../seeds/demo-licenses';
import { Role } from '../src/auth/roles';
import { startTestApp, TestApp } from './helpers/app';
import { today } from './helpers/licenses';
import { STATISTICS, STEPS } from './helpers/statistics';

/**
 * The ministry's periodic report (GET /statistics/report.csv|.xlsx): the CSV (UTF-8 with BOM, Vietnamese headers) and
 * the workbook open with the same tables and numbers, and those are the figures `statistics` answers for the period and
 * unit.
 */

let t: TestApp;
let dept: string;
let district: string;
const TODAY = today();
const FROM = `${Number(TODAY.slice(0, 4)) - 2}-01-01`;

const STEP_HEADERS: [string, string][] = [
  ['ISSUED', 'Cấp mới trong kỳ'],
  ['RENEWED', 'Gia hạn trong kỳ'],
  ['AMENDED', 'Sửa đổi, bổ sung trong kỳ'],
  ['REISSUED', 'Cấp lại trong kỳ'],
  ['SUSPENDED', 'Đình chỉ trong kỳ'],
  ['REINSTATED', 'Khôi phục trong kỳ'],
  ['REVOKED', 'Thu hồi trong kỳ'],
  ['SURRENDERED', 'Chấm dứt trong kỳ'],
  ['EXPIRED', 'Hết hạn trong kỳ'],
];

beforeAll(async () => {
  t = await startTestApp();
  await t.dataSource.transaction(async (m) => {
    await seedDemoEntities(m, { provinceCode: '75' });
    await seedDemoLicenses(m);
  });
  dept = await t.key(Role.DEPARTMENT_OFFICER);
  district = await t.key(Role.LOCAL_OFFICER, '689');
});
afterAll(() => t.close());

const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

async function download(format: 'csv' | 'xlsx', secret: string | null, query: Record<string, string>) {
  const req = t.http.get(`/statistics/report.${format}`).query(query).buffer(true).parse(binary);
  if (secret) void req.set('authorization', `Bearer ${secret}`);
  return req;
}

type Cell = string | number;
/** A table of the report: its name (the sheet's; the CSV's first table has none), header row and rows. */
interface Table {
  name: string | null;
  headers: string[];
  rows: Cell[][];
}
const asObjects = (t: Table) => t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i] ?? ''])));

/** The CSV's tables: the main one from the first line, then each after an empty line, under a line with its name. */
async function csvTables(secret: string, query: Record<string, string>): Promise<Table[]> {
  const res = await download('csv', secret, query);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="bao-cao-.*\.csv"$/);
  const body = res.body as Buffer;
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parse(body.toString('utf8'), {
    bom: true,
    relax_column_count: true,
    cast: (v) => (/^\d+$/.test(v) ? Number(v) : v),
  }) as Cell[][];
  // An empty line parses as one empty field; no row of the report is that.
  const sections: Cell[][][] = [[]];
  for (const r of records) {
    if (r.length === 1 && r[0] === '') sections.push([]);
    else sections[sections.length - 1].push(r);
  }
  return sections.map((rows, i) => {
    if (i === 0) return { name: null, headers: rows[0] as string[], rows: rows.slice(1) };
    const [name, headers, ...rest] = rows;
    expect(name).toHaveLength(1);
    return { name: name[0] as string, headers: headers as string[], rows: rest };
  });
}

/** The workbook's sheets, in the same shape. */
async function xlsxTables(secret: string, query: Record<string, string>): Promise<Table[]> {
  const res = await download('xlsx', secret, query);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.body as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Báo cáo', 'Cơ sở', 'Thu hồi theo căn cứ']);
  return wb.worksheets.map((w) => {
    const [headers, ...rows] = w
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    const width = headers.length;
    return {
      name: w.name,
      headers: headers as string[],
      rows: rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] ?? '') as Cell)),
    };
  });
}

async function statisticsOf(secret: string, unitCode: string | null, from: string, to: string) {
  const steps = await t.gql(
    STEPS,
    { filter: unitCode ? { unitCode } : null, from, to, interval: 'YEAR', groupBy: ['LICENSE_TYPE', 'STEP'] },
    secret,
  );
  expect(steps.errors).toBeUndefined();
  const counts = await t.gql(
    STATISTICS,
    {
      filter: unitCode ? { unitCode } : null,
      entityGroupBy: ['KIND', 'STATUS'],
      unitLevel: 'COMMUNE',
      entityStatuses: ['ACTIVE', 'DEREGISTERED'],
      asOf: to,
      licenseGroupBy: ['LICENSE_TYPE', 'STATUS'],
    },
    secret,
  );
  expect(counts.errors).toBeUndefined();
  return {
    steps: steps.data!.statistics.licenseSteps,
    counts: counts.data!.statistics.licenseCounts,
    entities: counts.data!.statistics.entityCounts,
  };
}

describe.each([
  ['the Department, whole province', () => dept, null],
  ['the Department, one district', () => dept, '689'],
  ['a district office, its own', () => district, null],
])('%s', (_name, secretOf, unitCode) => {
  test('the CSV and the workbook have the same tables, and they are the statistics figures of the period', async () => {
    const secret = secretOf();
    const query = { from: FROM, to: TODAY, ...(unitCode ? { unitCode } : {}) };
    const csvAll = await csvTables(secret, query);
    const xlsxAll = await xlsxTables(secret, query);
    const csv = asObjects(csvAll[0]);
    expect(asObjects(xlsxAll[0])).toEqual(csv);
    // The further tables (entities by kind and status, revocations by ground): the same in both, under the sheets' names.
    const pad = (t: Table) => ({ ...t, rows: t.rows.map((r) => Array.from({ length: t.headers.length }, (_, i) => r[i] ?? '')) });
    expect(csvAll.slice(1).map(pad)).toEqual(xlsxAll.slice(1));
    expect(csvAll.map((x) => x.name)).toEqual([null, 'Cơ sở', 'Thu hồi theo căn cứ']);
    const [, entities, revocations] = csvAll;

    const st = await statisticsOf(secret, unitCode, FROM, TODAY);
    const types = [...new Set([...st.steps.map((b) => b.licenseType!), ...st.counts.map((b) => b.licenseType!)])];
    const expected = types
      .map((type) => [
        type,
        ...STEP_HEADERS.map(([step]) => st.steps.filter((b) => b.licenseType === type && b.step === step).reduce((n, b) => n + b.count, 0)),
        st.counts.find((b) => b.licenseType === type && b.status === 'ACTIVE')?.count ?? 0,
        st.counts.find((b) => b.licenseType === type && b.status === 'SUSPENDED')?.count ?? 0,
      ])
      .filter((r) => r.slice(1).some((n) => n !== 0))
      .sort();
    const shown = csv
      .filter((r) => r['Mã loại giấy phép'] !== '')
      .map((r) => [r['Mã loại giấy phép'], ...STEP_HEADERS.map(([, h]) => r[h]), r['Còn hiệu lực cuối kỳ'], r['Đang đình chỉ cuối kỳ']])
      .sort();
    expect(shown).toEqual(expected);
    expect(shown.length).toBeGreaterThan(0);

    // The total row adds the columns up; every row names the period.
    const total = csv.find((r) => r['Loại giấy phép'] === 'Tổng cộng')!;
    expect(total['Cấp mới trong kỳ']).toBe(shown.reduce((n, r) => n + (r[1] as number), 0));
    const vn = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
    for (const r of csv) expect([r['Từ ngày'], r['Đến ngày']]).toEqual([vn(FROM), vn(TODAY)]);

    // Entities by kind and status, and revocations by ground, as statistics counts them.
    expect(entities.rows.length).toBe(st.entities.length);
    expect(revocations.rows.length).toBeGreaterThan(0);
    expect(entities.rows.reduce((n, r) => n + (r[2] as number), 0)).toBe(st.entities.reduce((n, b) => n + b.count, 0));
    expect(revocations.rows.reduce((n, r) => n + (r[3] as number), 0)).toBe(total['Thu hồi trong kỳ']);
  });
});

test('bad input and the wrong caller get clear errors, never a file', async () => {
  const error = async (format: 'csv' | 'xlsx', secret: string | null, query: Record<string, string>) => {
    const res = await download(format, secret, query);
    return {
      status: res.status,
      body: JSON.parse((res.body as Buffer).toString('utf8')) as {
        errors: { extensions: { code: string; fields?: { field: string }[] } }[];
      },
    };
  };
  let r = await error('csv', null, {});
  expect([r.status, r.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  r = await error('csv', 'ictr_not-a-key', {});
  expect([r.status, r.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  r = await error('xlsx', dept, { from: '2025-13-01' });
  expect([r.status, r.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  expect(r.body.errors[0].extensions.fields!.map((f) => f.field)).toEqual(['from']);
  r = await error('csv', dept, { from: '2025-06-01', to: '2025-01-01' });
  expect([r.status, r.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  r = await error('csv', dept, { from: '2010-01-01', to: '2025-01-01' });
  expect([r.status, r.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  // A unit outside a local office's jurisdiction, or unknown: NOT_FOUND, as for entities.
  r = await error('csv', district, { unitCode: '688' });
  expect([r.status, r.body.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
  r = await error('csv', dept, { unitCode: '99999' });
  expect([r.status, r.body.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
  expect(await download('csv', dept, {}).then((x) => x.status)).toBe(200);
  const pdf = await t.http.get('/statistics/report.pdf').set('authorization', `Bearer ${dept}`);
  expect(pdf.status).toBe(404);
});
