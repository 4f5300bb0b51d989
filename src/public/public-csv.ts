import { Transform, type TransformCallback } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { Utf8Chunks } from '../http/utf8-chunks';
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

/** Lines a batch of the cursor's rows becomes at once: one call of the CSV writer and one append to the chunk. */
const BATCH = 50;

/**
 * Rows of the database cursor -> CSV text: UTF-8 with a byte-order mark (so that spreadsheet programs read the
 * Vietnamese right), Vietnamese headers, CRLF line ends as RFC 4180 says, dates as YYYY-MM-DD. Written by csv-stringify
 * a batch of rows at a time into large UTF-8 chunks (src/http/utf8-chunks.ts): one stream step and one socket write
 * per 128 KiB instead of per line.
 */
export class CsvLines extends Transform {
  private readonly columns: Column[];
  private readonly out = new Utf8Chunks((chunk) => this.push(chunk));
  private batch: string[][] = [];
  private first = true;

  constructor(list: PublicListKind) {
    super({ writableObjectMode: true, writableHighWaterMark: BATCH });
    this.columns = csvColumns(list);
  }

  private write_(): void {
    if (!this.first && this.batch.length === 0) return;
    const text = stringify(this.batch, {
      bom: this.first,
      header: this.first,
      columns: this.first ? this.columns.map((c) => c.header) : undefined,
      record_delimiter: 'windows',
    });
    this.first = false;
    this.batch = [];
    this.out.add(text);
  }

  override _transform(row: PublicRow, _encoding: BufferEncoding, done: TransformCallback): void {
    const p = toPublicGameServicePoint(row);
    this.batch.push(this.columns.map((c) => c.value(p)));
    if (this.batch.length >= BATCH) this.write_();
    done();
  }

  override _flush(done: TransformCallback): void {
    this.write_();
    this.out.flush();
    done();
  }
}
