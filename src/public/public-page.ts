import escapeHtml from 'escape-html';
import { UnitStructure } from '../admin-units/admin-unit.enums';
import type { ConnectionValue } from '../graphql/connection';
import { LicenseStatus } from '../licenses/license.enums';
import { formatVietnameseDate } from './public-errors';
import { PublicGameServicePoint, PublicListKind } from './public-list.types';
import type { UnitOption } from './public-units';

/** The page's own URL, the CSV's and the stylesheet's (also in the README). */
export const PAGE_PATH = '/public/game-service-points';
export const CSV_PATH = '/public/game-service-points.csv';
export const STYLESHEET_PATH = '/public/assets/public.css';

export const STATUS_VI: Record<LicenseStatus, string> = {
  ACTIVE: 'Còn hiệu lực',
  SUSPENDED: 'Đang bị đình chỉ',
  REVOKED: 'Đã bị thu hồi',
  EXPIRED: 'Hết hạn',
  SURRENDERED: 'Đã chấm dứt',
};

export const LIST_VI: Record<PublicListKind, { tab: string; heading: string }> = {
  LICENSED: { tab: 'Được cấp giấy chứng nhận', heading: 'Danh sách điểm được cấp giấy chứng nhận đủ điều kiện hoạt động' },
  REVOKED: { tab: 'Bị thu hồi giấy chứng nhận', heading: 'Danh sách điểm bị thu hồi giấy chứng nhận đủ điều kiện hoạt động' },
};

const TITLE = 'Điểm cung cấp dịch vụ trò chơi điện tử công cộng';

/** The filters as the page's query string carries them (`list`, `q`, `unit`, `asOf`, `first`, `after`). */
export interface PageFilters {
  list: PublicListKind;
  q: string;
  unit: string;
  asOf: string;
  first: string;
}

/** Text for HTML: every interpolated value goes through here. */
const h = (v: string | number | null | undefined): string => escapeHtml(v == null ? '' : String(v));

export function pageHref(f: PageFilters, extra: Record<string, string> = {}, path = PAGE_PATH): string {
  const params = new URLSearchParams();
  params.set('list', f.list);
  if (f.q) params.set('q', f.q);
  if (f.unit) params.set('unit', f.unit);
  if (f.asOf) params.set('asOf', f.asOf);
  if (f.first) params.set('first', f.first);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return `${path}?${params.toString()}`;
}

function options(units: UnitOption[], selected: string): string {
  return units
    .map((u) => `<option value="${h(u.code)}"${u.code === selected ? ' selected' : ''}>${h(u.fullName)} (${h(u.code)})</option>`)
    .join('');
}

function addressCell(p: PublicGameServicePoint): string {
  const a = p.address;
  let now = '';
  if (a.currentCommune && a.structure === UnitStructure.THREE_TIER_2024)
    now = `Nay thuộc ${a.currentCommune}${a.currentProvince ? `, ${a.currentProvince}` : ''}`;
  else if (a.splitBetween.length) now = `Phường/xã cũ đã chia cho: ${a.splitBetween.join('; ')}`;
  return `${h(a.fullText)}${now ? `<br><span class="now">${h(now)}</span>` : ''}`;
}

function row(p: PublicGameServicePoint, list: PublicListKind): string {
  const cells = [
    `<th scope="row">${h(p.name)}</th>`,
    `<td>${p.ownerName ? h(p.ownerName) : '<span class="muted">Hộ kinh doanh / cá nhân</span>'}</td>`,
    `<td>${addressCell(p)}</td>`,
    `<td>${h(p.certificateNumber)}</td>`,
    `<td>${h(p.issuingAuthority)}</td>`,
    `<td>${h(formatVietnameseDate(p.issuedOn))}</td>`,
    `<td>${p.expiresOn ? h(formatVietnameseDate(p.expiresOn)) : ''}</td>`,
    `<td><span class="status status-${h(p.status.toLowerCase())}">${h(STATUS_VI[p.status])}</span></td>`,
  ];
  if (list === PublicListKind.REVOKED && p.revocation) {
    const r = p.revocation;
    cells.push(
      `<td>${h(r.decisionNumber)}<br>ngày ${h(formatVietnameseDate(r.decisionDate))}</td>`,
      `<td>${h(formatVietnameseDate(r.effectiveOn))}</td>`,
      `<td>${h(r.ground)}</td>`,
    );
  }
  return `<tr>${cells.join('')}</tr>`;
}

export interface PageModel {
  filters: PageFilters;
  /** Where this registry is, e.g. "Tỉnh Đồng Nai", for the heading. */
  provinceName: string | null;
  asOfShown: string;
  today: string;
  communes: UnitOption[];
  districts: UnitOption[];
  unitName: string | null;
  page: ConnectionValue<PublicGameServicePoint> | null;
  total: number | null;
  after: string;
  /** A problem with the request, in Vietnamese (the page is then answered with 400). */
  error: string | null;
}

/**
 * The public page, rendered on the server: a semantic table, labelled form controls, plain links for the list switch,
 * paging and the CSV; no script at all, so it works without JavaScript and under a CSP that allows none.
 */
export function renderPage(m: PageModel): string {
  const f = m.filters;
  const list = f.list;
  const tabs = (Object.keys(LIST_VI) as PublicListKind[])
    .map((k) => `<li><a href="${h(pageHref({ ...f, list: k }))}"${k === list ? ' aria-current="page"' : ''}>${h(LIST_VI[k].tab)}</a></li>`)
    .join('');
  const heads = [
    'Tên điểm',
    'Chủ sở hữu (tổ chức)',
    'Địa chỉ',
    'Số giấy chứng nhận',
    'Cơ quan cấp',
    'Ngày cấp',
    'Ngày hết hạn',
    'Tình trạng',
  ];
  if (list === PublicListKind.REVOKED) heads.push('Quyết định thu hồi', 'Ngày thu hồi có hiệu lực', 'Căn cứ thu hồi');
  const where = m.unitName ? ` tại ${m.unitName}` : '';
  const search = f.q ? `, tên hoặc số giấy chứng nhận có “${f.q}”` : '';
  const summary =
    m.total === null ? '' : `${m.total.toLocaleString('vi-VN')} điểm${where}${search}, tính đến ngày ${formatVietnameseDate(m.asOfShown)}.`;
  const edges = m.page?.edges ?? [];
  const table = m.page
    ? edges.length
      ? `<div class="table-wrap" tabindex="0" role="region" aria-labelledby="caption"><table>
<caption id="caption">${h(LIST_VI[list].heading)}${h(where)}, ngày ${h(formatVietnameseDate(m.asOfShown))}${m.after ? ' (trang tiếp theo)' : ''}</caption>
<thead><tr>${heads.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead>
<tbody>${edges.map((e) => row(e.node, list)).join('\n')}</tbody>
</table></div>`
      : `<p class="empty">Không có điểm nào phù hợp.</p>`
    : '';
  const nav: string[] = [];
  if (m.after) nav.push(`<a href="${h(pageHref(f))}">« Trang đầu</a>`);
  if (m.page?.pageInfo.hasNextPage && m.page.pageInfo.endCursor) {
    nav.push(`<a rel="next" href="${h(pageHref(f, { after: m.page.pageInfo.endCursor }))}">Trang sau »</a>`);
  }
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(LIST_VI[list].tab)} – ${h(TITLE)}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<a class="skip" href="#ket-qua">Bỏ qua, đến kết quả</a>
<header>
<h1>${h(TITLE)}${m.provinceName ? ` – ${h(m.provinceName)}` : ''}</h1>
<p>Danh sách công khai theo Nghị định 72/2013/NĐ-CP (sửa đổi) và Nghị định 147/2024/NĐ-CP. Không cần đăng nhập.</p>
</header>
<main>
<nav aria-label="Chọn danh sách"><ul class="tabs">${tabs}</ul></nav>
<form method="get" action="${PAGE_PATH}" role="search" aria-label="Tìm và lọc danh sách">
<input type="hidden" name="list" value="${h(list)}">
<div class="field">
<label for="q">Tên điểm hoặc số giấy chứng nhận</label>
<input id="q" name="q" type="search" value="${h(f.q)}" maxlength="100" aria-describedby="q-help">
<p id="q-help" class="help">Gõ có dấu hoặc không dấu đều được, ví dụ “hoang long”.</p>
</div>
<div class="field">
<label for="unit">Địa bàn</label>
<select id="unit" name="unit">
<option value="">Toàn tỉnh</option>
<optgroup label="Xã, phường (từ 01/7/2025)">${options(m.communes, f.unit)}</optgroup>
<optgroup label="Huyện, thị xã, thành phố (đến 30/6/2025)">${options(m.districts, f.unit)}</optgroup>
</select>
</div>
<div class="field">
<label for="asOf">Tại ngày</label>
<input id="asOf" name="asOf" type="date" value="${h(f.asOf)}" max="${h(m.today)}" aria-describedby="asOf-help">
<p id="asOf-help" class="help">Để trống để xem danh sách hôm nay.</p>
</div>
<div class="actions"><button type="submit">Tìm</button> <a href="${h(pageHref({ list, q: '', unit: '', asOf: '', first: '' }))}">Xóa bộ lọc</a></div>
</form>
${m.error ? `<div class="error" role="alert"><h2>Không thể hiển thị danh sách</h2><p>${h(m.error)}</p></div>` : ''}
<section id="ket-qua" aria-labelledby="ket-qua-heading">
<h2 id="ket-qua-heading">${h(LIST_VI[list].heading)}</h2>
${summary ? `<p class="summary" role="status">${h(summary)}</p>` : ''}
${m.page ? `<p><a class="csv" href="${h(pageHref(f, {}, CSV_PATH))}" download>Tải toàn bộ danh sách (tệp CSV, mở được bằng Excel)</a></p>` : ''}
${table}
${nav.length ? `<nav aria-label="Phân trang" class="pager">${nav.join(' ')}</nav>` : ''}
</section>
</main>
<footer><p>Dữ liệu lấy trực tiếp từ cơ sở dữ liệu quản lý của Sở. Trình bày theo ngày giờ Việt Nam. Dữ liệu máy đọc: <a href="/graphql">GraphQL</a> (truy vấn <code>publicGameServicePoints</code>), <a href="${h(pageHref(f, {}, CSV_PATH))}">CSV</a>.</p></footer>
</body>
</html>
`;
}

/** The page's stylesheet (served by the app: the page's CSP allows styles from the app only, none inline). */
export const STYLESHEET = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #555; --line: #c8c8c8; --accent: #0b4f8a; --bg-alt: #f3f6f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--fg); }
header, main, footer { padding: 0 1rem; max-width: 90rem; margin: 0 auto; }
header h1 { font-size: 1.5rem; margin: 1rem 0 0.25rem; }
a { color: var(--accent); }
a:focus, button:focus, input:focus, select:focus, .table-wrap:focus { outline: 3px solid #f0a500; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 0.5rem; background: #fff; padding: 0.25rem 0.5rem; z-index: 1; }
.tabs { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; margin: 1rem 0; }
.tabs a { display: inline-block; padding: 0.5rem 1rem; border: 1px solid var(--accent); border-radius: 4px; text-decoration: none; }
.tabs a[aria-current="page"] { background: var(--accent); color: #fff; font-weight: 600; }
form { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; background: var(--bg-alt); padding: 1rem; border-radius: 4px; }
.field { display: flex; flex-direction: column; min-width: 14rem; }
label { font-weight: 600; }
input, select, button { font: inherit; padding: 0.4rem; }
button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: 0.5rem 1.25rem; cursor: pointer; }
.help { margin: 0.25rem 0 0; font-size: 0.875rem; color: var(--muted); }
.error { border: 2px solid #b00020; background: #fdecee; padding: 0.5rem 1rem; margin: 1rem 0; }
.error h2 { font-size: 1.1rem; margin: 0.25rem 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--bg-alt); }
tbody th { font-weight: 600; }
.now, .muted { color: var(--muted); font-size: 0.875rem; }
.status-suspended { color: #8a4b00; font-weight: 600; }
.status-revoked { color: #b00020; font-weight: 600; }
.pager { display: flex; gap: 1rem; margin: 1rem 0 2rem; }
footer { color: var(--muted); font-size: 0.875rem; border-top: 1px solid var(--line); margin-top: 2rem; }
`;
