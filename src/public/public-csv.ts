import { Transform } from 'node:stream';
import { stringify, type Stringifier } from 'csv-stringify';
import { STATUS_VI } from './public-page';
import { type PublicRow, toPublicGameServicePoint } from './public-list.service';
import { PublicGameServicePoint, PublicListKind } from './public-list.types';

/** One column of the CSV: its Vietnamese header and how a point fills it. */
interface Column {
  header: string;
  value(p: PublicGameServicePoint): string;
}

const COMMON: Column[] = [
  { header: 'Tên điểm', value: (p) => p.name },
  { header: 'Chủ sở hữu (tổ chức)', value: (p) => p.ownerName ?? '' },
  { header: 'Địa chỉ', value: (p) => p.address.fullText },
  { header: 'Số nhà, đường', value: (p) => p.address.street },
  { header: 'Mã xã, phường (như đăng ký)', value: (p) => p.address.wardCode },
  { header: 'Xã, phường (như đăng ký)', value: (p) => p.address.ward },
  { header: 'Huyện (như đăng ký, trước 01/7/2025)', value: (p) => p.address.district ?? '' },
  { header: 'Tỉnh (như đăng ký)', value: (p) => p.address.province },
  { header: 'Mã xã, phường hiện nay', value: (p) => p.address.currentCommuneCode ?? '' },
  {
    header: 'Xã, phường hiện nay (từ 01/7/2025)',
    value: (p) => p.address.currentCommune ?? (p.address.splitBetween.length ? `Một trong: ${p.address.splitBetween.join('; ')}` : ''),
  },
  { header: 'Tỉnh hiện nay', value: (p) => p.address.currentProvince ?? '' },
  { header: 'Số giấy chứng nhận', value: (p) => p.certificateNumber },
  { header: 'Cơ quan cấp', value: (p) => p.issuingAuthority },
  { header: 'Ngày cấp', value: (p) => p.issuedOn },
  { header: 'Ngày hết hạn', value: (p) => p.expiresOn ?? '' },
  { header: 'Tình trạng', value: (p) => STATUS_VI[p.status] },
];

const REVOCATION: Column[] = [
  { header: 'Số quyết định thu hồi', value: (p) => p.revocation?.decisionNumber ?? '' },
  { header: 'Ngày quyết định thu hồi', value: (p) => p.revocation?.decisionDate ?? '' },
  { header: 'Ngày thu hồi có hiệu lực', value: (p) => p.revocation?.effectiveOn ?? '' },
  { header: 'Căn cứ thu hồi', value: (p) => p.revocation?.ground ?? '' },
];

export const csvColumns = (list: PublicListKind): Column[] => (list === PublicListKind.REVOKED ? [...COMMON, ...REVOCATION] : COMMON);

/**
 * Rows of the database cursor -> CSV text: UTF-8 with a byte-order mark (so that spreadsheet programs read the
 * Vietnamese right), Vietnamese headers, CRLF line ends as RFC 4180 says, dates as YYYY-MM-DD.
 */
export function csvWriter(list: PublicListKind): { rows: Transform; csv: Stringifier } {
  const columns = csvColumns(list);
  const rows = new Transform({
    objectMode: true,
    transform(row: PublicRow, _enc, done) {
      const p = toPublicGameServicePoint(row);
      done(
        null,
        columns.map((c) => c.value(p)),
      );
    },
  });
  const csv = stringify({ bom: true, header: true, columns: columns.map((c) => c.header), record_delimiter: 'windows' });
  return { rows, csv };
}
