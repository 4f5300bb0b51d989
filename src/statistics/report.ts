import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { EntityKind, EntityStatus } from '../entities/entity-kind';
import type { RequestContext } from '../graphql/context';
import { LicenseStatus, LicenseType } from '../licenses/license.enums';
import {
  EntityCountDimension,
  LicenseCountDimension,
  LicenseStep,
  LicenseStepDimension,
  StatisticsInterval,
  StatisticsUnitLevel,
} from './statistics.enums';
import { scopeUnit, StatisticsScope } from './statistics.scope';
import { checkPeriod, entityCounts, licenseCounts, licenseSteps } from './statistics.service';

/**
 * The ministry's periodic report for a period and a unit: per licence type, the steps that took effect in the period
 * and the licences in force and suspended on its last day, then entities by kind and status and revocations by ground —
 * the same figures as `statistics`, as tables with Vietnamese headers, in CSV (UTF-8 with BOM, so spreadsheet programs
 * read the diacritics; the tables one after another) and in .xlsx (one sheet each).
 */

/** The steps, in the order of the report's columns, with their Vietnamese headers. */
const STEP_COLUMNS: [LicenseStep, string][] = [
  [LicenseStep.ISSUED, 'Cấp mới'],
  [LicenseStep.RENEWED, 'Gia hạn'],
  [LicenseStep.AMENDED, 'Sửa đổi, bổ sung'],
  [LicenseStep.REISSUED, 'Cấp lại'],
  [LicenseStep.SUSPENDED, 'Đình chỉ'],
  [LicenseStep.REINSTATED, 'Khôi phục'],
  [LicenseStep.REVOKED, 'Thu hồi'],
  [LicenseStep.SURRENDERED, 'Chấm dứt'],
  [LicenseStep.EXPIRED, 'Hết hạn'],
];
const HEADERS = [
  'Từ ngày',
  'Đến ngày',
  'Địa bàn',
  'Mã loại giấy phép',
  'Loại giấy phép',
  ...STEP_COLUMNS.map(([, h]) => `${h} trong kỳ`),
  'Còn hiệu lực cuối kỳ',
  'Đang đình chỉ cuối kỳ',
];

/** Every kind (a new kind fails the typecheck here until it has its Vietnamese name). */
const KIND_NAMES: Record<EntityKind, string> = {
  PRINTING_ESTABLISHMENT: 'Cơ sở in',
  PUBLISHER: 'Nhà xuất bản, cơ sở phát hành xuất bản phẩm',
  POSTAL_ENTERPRISE: 'Doanh nghiệp bưu chính',
  TELECOM_OPERATOR: 'Doanh nghiệp viễn thông',
  GAME_SERVICE_POINT: 'Điểm cung cấp dịch vụ trò chơi điện tử công cộng',
  INTERNET_ACCESS_POINT: 'Điểm truy nhập Internet công cộng',
  IT_ENTERPRISE: 'Doanh nghiệp công nghệ thông tin',
  RADIO_FREQUENCY_USER: 'Tổ chức, cá nhân sử dụng tần số vô tuyến điện',
  INFORMATION_PROVIDER: 'Tổ chức thiết lập trang thông tin điện tử tổng hợp, xuất bản bản tin',
};

export interface PeriodicReport {
  from: string;
  to: string;
  unitName: string;
  headers: string[];
  /** One row per licence type with any figure, then the total ("Tổng cộng"). */
  rows: (string | number)[][];
  /** Entities by kind and registry status now (the workbook's second sheet, the CSV's second table). */
  entities: (string | number)[][];
  /** Revocations in the period by type and ground (the third sheet and table). */
  revocations: (string | number)[][];
}

const vnDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

export async function periodicReport(ctx: RequestContext, scope: StatisticsScope, from: string, to: string): Promise<PeriodicReport> {
  checkPeriod(from, to);
  const [steps, counts, entities, revoked, types, grounds] = await Promise.all([
    licenseSteps(ctx, scope, {
      from,
      to,
      interval: StatisticsInterval.YEAR,
      groupBy: [LicenseStepDimension.LICENSE_TYPE, LicenseStepDimension.STEP],
      unitLevel: null,
      steps: null,
    }),
    licenseCounts(ctx, scope, {
      asOf: to,
      groupBy: [LicenseCountDimension.LICENSE_TYPE, LicenseCountDimension.STATUS],
      unitLevel: null,
      statuses: [LicenseStatus.ACTIVE, LicenseStatus.SUSPENDED],
    }),
    entityCounts(ctx, scope, {
      groupBy: [EntityCountDimension.KIND, EntityCountDimension.STATUS],
      unitLevel: StatisticsUnitLevel.COMMUNE,
      statuses: [EntityStatus.ACTIVE, EntityStatus.DEREGISTERED],
    }),
    licenseSteps(ctx, scope, {
      from,
      to,
      interval: StatisticsInterval.YEAR,
      groupBy: [LicenseStepDimension.LICENSE_TYPE, LicenseStepDimension.GROUND],
      unitLevel: null,
      steps: [LicenseStep.REVOKED],
    }),
    ctx.manager.query(`SELECT code, name_vi AS name FROM license_type ORDER BY code`) as Promise<{ code: LicenseType; name: string }[]>,
    ctx.manager.query(`SELECT license_type AS type, code, description FROM revocation_ground`) as Promise<
      { type: string; code: string; description: string }[]
    >,
  ]);
  const unitName = scopeUnit(scope).name;
  const lead = [vnDate(from), vnDate(to), unitName];
  const total = new Array<number>(STEP_COLUMNS.length + 2).fill(0);
  const rows: (string | number)[][] = [];
  for (const type of types) {
    const figures = [
      ...STEP_COLUMNS.map(([step]) => steps.filter((b) => b.licenseType === type.code && b.step === step).reduce((n, b) => n + b.count, 0)),
      counts.find((b) => b.licenseType === type.code && b.status === LicenseStatus.ACTIVE)?.count ?? 0,
      counts.find((b) => b.licenseType === type.code && b.status === LicenseStatus.SUSPENDED)?.count ?? 0,
    ];
    if (figures.every((n) => n === 0)) continue;
    figures.forEach((n, i) => (total[i] += n));
    rows.push([...lead, type.code, type.name, ...figures]);
  }
  rows.push([...lead, '', 'Tổng cộng', ...total]);

  const revocations = new Map<string, number>();
  for (const b of revoked) {
    if (!b.count) continue;
    const k = `${b.licenseType}\u0000${b.groundCode ?? ''}`;
    revocations.set(k, (revocations.get(k) ?? 0) + b.count);
  }
  return {
    from,
    to,
    unitName,
    headers: HEADERS,
    rows,
    entities: entities.map((b) => [
      KIND_NAMES[b.kind!] ?? b.kind!,
      b.status === EntityStatus.ACTIVE ? 'Đang hoạt động' : 'Đã xóa đăng ký',
      b.count,
    ]),
    revocations: [...revocations].map(([k, n]) => {
      const [type, ground] = k.split('\u0000');
      return [
        types.find((t) => (t.code as string) === type)?.name ?? type,
        ground,
        grounds.find((g) => g.type === type && g.code === ground)?.description ?? '',
        n,
      ];
    }),
  };
}

/** One table of the report: a sheet of the workbook, a section of the CSV. */
interface ReportTable {
  name: string;
  headers: string[];
  rows: (string | number)[][];
  widths: number[];
}

/** The report's tables, in order: the main table, entities by kind and status, revocations by ground. */
function reportTables(r: PeriodicReport): ReportTable[] {
  return [
    { name: 'Báo cáo', headers: r.headers, rows: r.rows, widths: [12, 12, 24, 30, 60] },
    { name: 'Cơ sở', headers: ['Loại hình', 'Trạng thái', 'Số cơ sở'], rows: r.entities, widths: [50, 18, 12] },
    {
      name: 'Thu hồi theo căn cứ',
      headers: ['Loại giấy phép', 'Mã căn cứ', 'Căn cứ thu hồi', 'Số giấy phép bị thu hồi'],
      rows: r.revocations,
      widths: [60, 24, 60, 14],
    },
  ];
}

/**
 * CSV: UTF-8 with a byte-order mark, comma-separated (RFC 4180). The main table comes first, from its header row to
 * the first empty line (a program that wants only it stops there); each further table follows after an empty line,
 * as a line with its name (the workbook's sheet name), its header row and its rows.
 */
export function reportCsv(r: PeriodicReport): Buffer {
  const [main, ...more] = reportTables(r);
  const records = [main.headers, ...main.rows, ...more.flatMap((t) => [[], [t.name], t.headers, ...t.rows])];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(stringify(records), 'utf8')]);
}

/** The workbook: one sheet per table, the same tables as the CSV. */
export async function reportXlsx(r: PeriodicReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ict-registry';
  wb.created = new Date();
  for (const t of reportTables(r)) {
    const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(t.headers).font = { bold: true };
    for (const row of t.rows) ws.addRow(row);
    ws.columns.forEach((c, i) => (c.width = t.widths[i] ?? 14));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
