import type { EntityManager } from 'typeorm';

/**
 * Licence types of domain.md §5 with their legal bases, the competence table of §3 and the revocation
 * grounds of §6, as data. Rows marked `unsure: true` are where the law or its dates were not verified
 * against the official text; correct them here (the seed upserts) — no code change is needed.
 */
interface TypeSeed {
  code: string;
  nameVi: string;
  kinds: string[];
  termKind: 'YEARS' | 'NONE' | 'SINGLE_USE';
  maxTermMonths: number | null;
  onPublicList: boolean;
  description: string;
  bases: {
    code: string;
    title: string;
    from: string;
    to: string | null;
    maxRenewals?: number;
    maxRenewalMonths?: number;
    unsure?: boolean;
    note?: string;
  }[];
  competence: { level: string; fn: string; from: string; to: string | null; unsure?: boolean; note?: string }[];
  grounds: { code: string; description: string; source?: string; barsMonths?: number }[];
}

const PRINTING_BASIS = [
  {
    code: 'ND60-2014',
    title: 'Nghị định 60/2014/NĐ-CP, sửa đổi bởi 25/2018/NĐ-CP và 72/2022/NĐ-CP (hoạt động in)',
    from: '2014-08-15',
    to: null,
  },
];
const PRINTING_COMPETENCE = [
  {
    level: 'PROVINCIAL_DEPARTMENT',
    fn: 'PRINTING',
    from: '2014-08-15',
    to: null,
    note: 'Sở TT&TT until 28 Feb 2025, Sở VH-TT-DL from 1 Mar 2025.',
  },
];
const PRINTING_GROUNDS = [
  { code: 'NOT_OPERATING_12_MONTHS', description: 'Không hoạt động in trong 12 tháng liên tục', source: 'Decree 60/2014 art. 17' },
  {
    code: 'EQUIPMENT_NOT_PROVEN_6_MONTHS',
    description: 'Không chứng minh được thiết bị in trong 6 tháng kể từ ngày được cấp phép',
    source: 'Decree 60/2014 art. 17',
  },
  { code: 'DISSOLUTION', description: 'Giải thể, phá sản hoặc chấm dứt hoạt động', source: 'Decree 60/2014 art. 17' },
  { code: 'FRAUD', description: 'Giả mạo, khai man hồ sơ', source: 'Decree 60/2014 art. 17', barsMonths: 12 },
];
const POSTAL_BASIS = [
  {
    code: 'LBC2010',
    title: 'Luật Bưu chính 2010; Nghị định 47/2011/NĐ-CP, sửa đổi bởi 25/2022/NĐ-CP',
    from: '2011-07-01',
    to: null,
    unsure: true,
    note: 'one basis across the 2022 amendment',
  },
];
const POSTAL_COMPETENCE = [
  {
    level: 'PROVINCIAL_DEPARTMENT',
    fn: 'POST',
    from: '2011-07-01',
    to: null,
    note: 'intra-provincial service; Sở TT&TT, then Sở KH&CN from 1 Mar 2025',
  },
  { level: 'MINISTRY', fn: 'POST', from: '2011-07-01', to: null, note: 'inter-provincial and international service' },
];
const POSTAL_GROUNDS = [
  { code: 'NATIONAL_SECURITY', description: 'Vi phạm quốc phòng, an ninh, trật tự an toàn xã hội', source: 'Law on Post art. 24' },
  { code: 'FRAUD', description: 'Giả mạo, khai báo không trung thực để được cấp giấy phép', source: 'Law on Post art. 24', barsMonths: 12 },
  { code: 'CONDITIONS_NOT_MET', description: 'Không còn đáp ứng điều kiện cấp giấy phép', source: 'Law on Post art. 24' },
  { code: 'SERIOUS_HARM', description: 'Gây thiệt hại nghiêm trọng cho người sử dụng dịch vụ', source: 'Law on Post art. 24' },
  {
    code: 'NO_SERVICE_1_YEAR',
    description: 'Không cung ứng dịch vụ trong 01 năm kể từ ngày được cấp giấy phép',
    source: 'Law on Post art. 24',
  },
  { code: 'LEASED_OR_TRANSFERRED', description: 'Cho thuê, cho mượn, chuyển nhượng giấy phép', source: 'Law on Post art. 24' },
];
const TELECOM_BASES = [
  { code: 'LVT2009', title: 'Luật Viễn thông 2009; Nghị định 25/2011/NĐ-CP', from: '2010-07-01', to: '2024-06-30' },
  {
    code: 'LVT2023',
    title: 'Luật Viễn thông 2023; Nghị định 163/2024/NĐ-CP; Nghị định 133/2025/NĐ-CP (phần cấp tỉnh)',
    from: '2024-07-01',
    to: null,
    unsure: true,
    note: 'Decree 163/2024 took effect later than the law (24 Dec 2024)',
  },
];
const TELECOM_GROUNDS = [
  { code: 'FRAUD', description: 'Gian lận, giả mạo hồ sơ', source: 'Telecom Law 2023 art. 41', barsMonths: 12 },
  { code: 'NOT_DEPLOYED', description: 'Không triển khai trên thực tế theo giấy phép', source: 'Telecom Law 2023 art. 41' },
  { code: 'SERIOUS_VIOLATION', description: 'Vi phạm nghiêm trọng quy định về viễn thông', source: 'Telecom Law 2023 art. 41' },
  { code: 'DISSOLUTION', description: 'Giải thể, phá sản', source: 'Telecom Law 2023 art. 41' },
];
const TELECOM_MINISTRY = [{ level: 'MINISTRY_DEPARTMENT', fn: 'TELECOM', from: '2010-07-01', to: null, note: 'Cục Viễn thông' }];
const RADIO_BASIS = [
  {
    code: 'LTS2009',
    title: 'Luật Tần số vô tuyến điện 2009, sửa đổi 2022; Nghị định 63/2023/NĐ-CP',
    from: '2010-07-01',
    to: null,
    unsure: true,
    note: 'one basis across the 2022 amendment',
  },
];
const RADIO_COMPETENCE = [{ level: 'MINISTRY_DEPARTMENT', fn: 'RADIO', from: '2010-07-01', to: null, note: 'Cục Tần số vô tuyến điện' }];
const RADIO_GROUNDS = [
  {
    code: 'NOT_DEPLOYED_2_YEARS',
    description: 'Không triển khai trong 02 năm kể từ ngày được cấp phép',
    source: 'Law on Radio Frequencies art. 23',
  },
  { code: 'UNPAID_FEES', description: 'Không nộp phí, lệ phí sử dụng tần số', source: 'Law on Radio Frequencies art. 23' },
  { code: 'HARMFUL_INTERFERENCE', description: 'Gây nhiễu có hại mà không khắc phục', source: 'Law on Radio Frequencies art. 23' },
  { code: 'FRAUD', description: 'Gian lận, giả mạo hồ sơ', source: 'Law on Radio Frequencies art. 23', barsMonths: 12 },
  {
    code: 'RELATED_LICENSE_REVOKED',
    description: 'Giấy phép viễn thông, báo chí liên quan bị thu hồi',
    source: 'Law on Radio Frequencies art. 23',
  },
];
const PUBLISHING_COMPETENCE = [
  {
    level: 'PROVINCIAL_DEPARTMENT',
    fn: 'PUBLISHING',
    from: '2013-07-01',
    to: null,
    note: 'Sở TT&TT until 28 Feb 2025, Sở VH-TT-DL from 1 Mar 2025',
  },
];
const PUBLISHING_GROUNDS = [
  { code: 'FRAUD', description: 'Giả mạo hồ sơ đề nghị cấp phép', source: 'Publishing Law 2012', barsMonths: 12 },
  { code: 'CONDITIONS_NOT_MET', description: 'Không còn đủ điều kiện hoạt động', source: 'Publishing Law 2012' },
  { code: 'SERIOUS_VIOLATION', description: 'Vi phạm nghiêm trọng quy định về xuất bản', source: 'Publishing Law 2012' },
];

export const LICENSE_TYPES: TypeSeed[] = [
  {
    code: 'GAME_POINT_CERTIFICATE',
    nameVi: 'Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    kinds: ['GAME_SERVICE_POINT'],
    termKind: 'YEARS',
    maxTermMonths: 36,
    onPublicList: true,
    description: 'Certificate of a public game service point; published lists of licensed and revoked points (Decree 72/2013 art. 35).',
    bases: [
      {
        code: 'ND72-2013',
        title: 'Nghị định 72/2013/NĐ-CP, sửa đổi bởi 27/2018/NĐ-CP',
        from: '2013-09-01',
        to: '2024-12-24',
        maxRenewals: 1,
        maxRenewalMonths: 6,
      },
      { code: 'ND147-2024', title: 'Nghị định 147/2024/NĐ-CP', from: '2024-12-25', to: null },
    ],
    competence: [
      { level: 'PROVINCIAL_DEPARTMENT', fn: 'GAMES', from: '2013-09-01', to: '2024-12-24', note: 'Sở TT&TT (Decree 72/2013 art. 35)' },
      {
        level: 'DISTRICT_PEOPLES_COMMITTEE',
        fn: 'GENERAL',
        from: '2013-09-01',
        to: '2024-12-24',
        unsure: true,
        note: 'only where the province delegated it under Decree 72/2013',
      },
      { level: 'DISTRICT_PEOPLES_COMMITTEE', fn: 'GENERAL', from: '2024-12-25', to: '2025-06-30', note: 'Decree 147/2024' },
      {
        level: 'COMMUNE_PEOPLES_COMMITTEE',
        fn: 'GENERAL',
        from: '2025-07-01',
        to: null,
        note: 'district tasks moved to communes (two-tier local government)',
      },
    ],
    grounds: [
      { code: 'FRAUD', description: 'Giả mạo hồ sơ, khai báo không trung thực', source: 'Decree 147/2024', barsMonths: 12 },
      { code: 'CONDITIONS_NOT_MET', description: 'Không còn đáp ứng đủ điều kiện hoạt động', source: 'Decree 147/2024' },
      { code: 'HOLDER_REQUEST', description: 'Theo đề nghị của chủ điểm', source: 'Decree 147/2024' },
    ],
  },
  {
    code: 'PRINTING_LICENSE',
    nameVi: 'Giấy phép hoạt động in',
    kinds: ['PRINTING_ESTABLISHMENT'],
    termKind: 'NONE',
    maxTermMonths: null,
    onPublicList: false,
    description: 'Licence to print press, state forms, anti-counterfeit stamps, valued papers.',
    bases: PRINTING_BASIS,
    competence: PRINTING_COMPETENCE,
    grounds: PRINTING_GROUNDS,
  },
  {
    code: 'PRINTING_REGISTRATION',
    nameVi: 'Xác nhận đăng ký hoạt động cơ sở in',
    kinds: ['PRINTING_ESTABLISHMENT'],
    termKind: 'NONE',
    maxTermMonths: null,
    onPublicList: false,
    description: 'Registration of a printing establishment not needing a licence.',
    bases: PRINTING_BASIS,
    competence: PRINTING_COMPETENCE,
    grounds: PRINTING_GROUNDS,
  },
  {
    code: 'COLOR_COPIER_REGISTRATION',
    nameVi: 'Đăng ký sử dụng máy photocopy màu',
    kinds: ['PRINTING_ESTABLISHMENT'],
    termKind: 'NONE',
    maxTermMonths: null,
    onPublicList: false,
    description: 'Registration of a colour photocopier.',
    bases: [{ code: 'ND60-2014', title: 'Nghị định 60/2014/NĐ-CP (hoạt động in), điều 25', from: '2014-08-15', to: null }],
    competence: PRINTING_COMPETENCE,
    grounds: PRINTING_GROUNDS,
  },
  {
    code: 'PUBLICATION_DISTRIBUTION_REGISTRATION',
    nameVi: 'Xác nhận đăng ký hoạt động phát hành xuất bản phẩm',
    kinds: ['PUBLISHER'],
    termKind: 'NONE',
    maxTermMonths: null,
    onPublicList: false,
    description: 'Registration of a publication distributor.',
    bases: [{ code: 'LXB2012-37', title: 'Luật Xuất bản 2012, điều 37; Nghị định 195/2013/NĐ-CP', from: '2013-07-01', to: null }],
    competence: PUBLISHING_COMPETENCE,
    grounds: PUBLISHING_GROUNDS,
  },
  {
    code: 'NON_BUSINESS_PUBLICATION_LICENSE',
    nameVi: 'Giấy phép xuất bản tài liệu không kinh doanh',
    kinds: ['PUBLISHER'],
    termKind: 'SINGLE_USE',
    maxTermMonths: null,
    onPublicList: false,
    description: 'Licence to publish one non-business document.',
    bases: [
      { code: 'LXB2012-25', title: 'Luật Xuất bản 2012, điều 25', from: '2013-07-01', to: '2025-06-30' },
      {
        code: 'LXB2012-25-ND138',
        title: 'Luật Xuất bản 2012, điều 25; Nghị định 138/2025/NĐ-CP',
        from: '2025-07-01',
        to: null,
        unsure: true,
      },
    ],
    competence: PUBLISHING_COMPETENCE,
    grounds: PUBLISHING_GROUNDS,
  },
  {
    code: 'PUBLICATION_IMPORT_LICENSE',
    nameVi: 'Giấy phép nhập khẩu xuất bản phẩm không kinh doanh',
    kinds: ['PUBLISHER'],
    termKind: 'SINGLE_USE',
    maxTermMonths: null,
    onPublicList: false,
    description: 'Licence to import one consignment of non-business publications.',
    bases: [{ code: 'LXB2012-41', title: 'Luật Xuất bản 2012, điều 41–42', from: '2013-07-01', to: null }],
    competence: PUBLISHING_COMPETENCE,
    grounds: PUBLISHING_GROUNDS,
  },
  {
    code: 'PUBLICATION_EXHIBITION_LICENSE',
    nameVi: 'Giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm',
    kinds: ['PUBLISHER'],
    termKind: 'SINGLE_USE',
    maxTermMonths: null,
    onPublicList: false,
    description: 'Licence for one publication exhibition or fair.',
    bases: [{ code: 'LXB2012-44', title: 'Luật Xuất bản 2012, điều 44', from: '2013-07-01', to: null }],
    competence: PUBLISHING_COMPETENCE,
    grounds: PUBLISHING_GROUNDS,
  },
  {
    code: 'POSTAL_LICENSE',
    nameVi: 'Giấy phép bưu chính',
    kinds: ['POSTAL_ENTERPRISE'],
    termKind: 'YEARS',
    maxTermMonths: 120,
    onPublicList: false,
    description: 'Postal licence (letters up to 2 kg).',
    bases: POSTAL_BASIS,
    competence: POSTAL_COMPETENCE,
    grounds: POSTAL_GROUNDS,
  },
  {
    code: 'POSTAL_NOTIFICATION_CONFIRMATION',
    nameVi: 'Văn bản xác nhận thông báo hoạt động bưu chính',
    kinds: ['POSTAL_ENTERPRISE'],
    termKind: 'NONE',
    maxTermMonths: null,
    onPublicList: false,
    description: 'Confirmation of a postal activity notification.',
    bases: POSTAL_BASIS,
    competence: POSTAL_COMPETENCE,
    grounds: POSTAL_GROUNDS,
  },
  {
    code: 'TELECOM_LICENSE_WITH_INFRASTRUCTURE',
    nameVi: 'Giấy phép cung cấp dịch vụ viễn thông có hạ tầng mạng',
    kinds: ['TELECOM_OPERATOR'],
    termKind: 'YEARS',
    maxTermMonths: 180,
    onPublicList: false,
    description: 'Telecom service licence with network infrastructure.',
    bases: TELECOM_BASES,
    competence: TELECOM_MINISTRY,
    grounds: TELECOM_GROUNDS,
  },
  {
    code: 'TELECOM_LICENSE_WITHOUT_INFRASTRUCTURE',
    nameVi: 'Giấy phép cung cấp dịch vụ viễn thông không có hạ tầng mạng',
    kinds: ['TELECOM_OPERATOR'],
    termKind: 'YEARS',
    maxTermMonths: 120,
    onPublicList: false,
    description: 'Telecom service licence without network infrastructure.',
    bases: TELECOM_BASES,
    competence: TELECOM_MINISTRY,
    grounds: TELECOM_GROUNDS,
  },
  {
    code: 'TELECOM_PRIVATE_NETWORK_LICENSE',
    nameVi: 'Giấy phép thiết lập mạng viễn thông dùng riêng',
    kinds: ['TELECOM_OPERATOR', 'RADIO_FREQUENCY_USER'],
    termKind: 'YEARS',
    maxTermMonths: 120,
    onPublicList: false,
    description: 'Licence to set up a private telecom network.',
    bases: TELECOM_BASES,
    competence: [
      ...TELECOM_MINISTRY,
      {
        level: 'PROVINCIAL_DEPARTMENT',
        fn: 'TELECOM',
        from: '2025-07-01',
        to: null,
        unsure: true,
        note: 'provincial part under Decree 133/2025',
      },
    ],
    grounds: TELECOM_GROUNDS,
  },
  {
    code: 'TELECOM_TRIAL_LICENSE',
    nameVi: 'Giấy phép thử nghiệm mạng và dịch vụ viễn thông',
    kinds: ['TELECOM_OPERATOR'],
    termKind: 'YEARS',
    maxTermMonths: 24,
    onPublicList: false,
    description: 'Trial licence for a telecom network or service.',
    bases: TELECOM_BASES,
    competence: TELECOM_MINISTRY,
    grounds: TELECOM_GROUNDS,
  },
  {
    code: 'TELECOM_SERVICE_REGISTRATION',
    nameVi: 'Giấy chứng nhận đăng ký cung cấp dịch vụ viễn thông',
    kinds: ['TELECOM_OPERATOR'],
    termKind: 'NONE',
    maxTermMonths: null,
    onPublicList: false,
    description: 'Registration certificate of a telecom service.',
    bases: [TELECOM_BASES[1]],
    competence: [
      ...TELECOM_MINISTRY,
      {
        level: 'PROVINCIAL_DEPARTMENT',
        fn: 'TELECOM',
        from: '2025-07-01',
        to: null,
        unsure: true,
        note: 'provincial part under Decree 133/2025',
      },
    ],
    grounds: TELECOM_GROUNDS,
  },
  {
    code: 'RADIO_EQUIPMENT_LICENSE',
    nameVi: 'Giấy phép sử dụng tần số và thiết bị vô tuyến điện',
    kinds: ['RADIO_FREQUENCY_USER'],
    termKind: 'YEARS',
    maxTermMonths: 120,
    onPublicList: false,
    description: 'Licence to use frequencies and radio equipment.',
    bases: RADIO_BASIS,
    competence: RADIO_COMPETENCE,
    grounds: RADIO_GROUNDS,
  },
  {
    code: 'RADIO_BAND_LICENSE',
    nameVi: 'Giấy phép sử dụng băng tần',
    kinds: ['RADIO_FREQUENCY_USER'],
    termKind: 'YEARS',
    maxTermMonths: 180,
    onPublicList: false,
    description: 'Licence to use a frequency band.',
    bases: RADIO_BASIS,
    competence: RADIO_COMPETENCE,
    grounds: RADIO_GROUNDS,
  },
  {
    code: 'RADIO_SATELLITE_ORBIT_LICENSE',
    nameVi: 'Giấy phép sử dụng tần số và quỹ đạo vệ tinh',
    kinds: ['RADIO_FREQUENCY_USER'],
    termKind: 'YEARS',
    maxTermMonths: 240,
    onPublicList: false,
    description: 'Licence to use frequencies and a satellite orbit.',
    bases: RADIO_BASIS,
    competence: RADIO_COMPETENCE,
    grounds: RADIO_GROUNDS,
  },
];

/** Upserts the licence types and their rows; competence rows of a type are replaced whole. */
export async function seedLicenseTypes(m: EntityManager): Promise<void> {
  for (const t of LICENSE_TYPES) {
    await m.query(
      `INSERT INTO license_type (code, name_vi, entity_kinds, term_kind, max_term_months, on_public_list, description)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, entity_kinds = EXCLUDED.entity_kinds, term_kind = EXCLUDED.term_kind,
         max_term_months = EXCLUDED.max_term_months, on_public_list = EXCLUDED.on_public_list, description = EXCLUDED.description`,
      [t.code, t.nameVi, t.kinds, t.termKind, t.maxTermMonths, t.onPublicList, t.description],
    );
    for (const b of t.bases) {
      await m.query(
        `INSERT INTO license_legal_basis (license_type, code, title, valid_from, valid_to, max_renewals, max_renewal_months, unsure, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (license_type, code) DO UPDATE SET title = EXCLUDED.title, valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to,
           max_renewals = EXCLUDED.max_renewals, max_renewal_months = EXCLUDED.max_renewal_months, unsure = EXCLUDED.unsure, note = EXCLUDED.note`,
        [t.code, b.code, b.title, b.from, b.to, b.maxRenewals ?? null, b.maxRenewalMonths ?? null, b.unsure ?? false, b.note ?? null],
      );
    }
    await m.query(`DELETE FROM license_type_competence WHERE license_type = $1`, [t.code]);
    for (const c of t.competence) {
      await m.query(
        `INSERT INTO license_type_competence (license_type, authority_level, authority_function, valid_from, valid_to, unsure, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [t.code, c.level, c.fn, c.from, c.to, c.unsure ?? false, c.note ?? null],
      );
    }
    for (const g of t.grounds) {
      await m.query(
        `INSERT INTO revocation_ground (license_type, code, description, legal_source, bars_reapplication_months)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (license_type, code) DO UPDATE SET description = EXCLUDED.description, legal_source = EXCLUDED.legal_source,
           bars_reapplication_months = EXCLUDED.bars_reapplication_months`,
        [t.code, g.code, g.description, g.source ?? null, g.barsMonths ?? null],
      );
    }
  }
}
