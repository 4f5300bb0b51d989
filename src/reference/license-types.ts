import { EntityManager, In } from 'typeorm';
import { AuthorityLevel } from '../authorities/authority.enums';
import { EntityKind } from '../entities/entity-kind';
import {
  LicenseLegalBasisRecord,
  LicenseTypeCompetenceRecord,
  LicenseTypeRecord,
  RevocationGroundRecord,
} from '../licenses/license.entity';
import { LicenseType, TermKind } from '../licenses/license.enums';

/**
 * Licence types of domain.md §5 with their legal bases, the competence table of §3 and the revocation
 * grounds of §6, as data, written with the properties of their entity classes (the compiler checks them). Rows marked
 * `unsure: true` are where the law or its dates were not verified against the official text; correct them here (the
 * seed upserts) — no code change is needed.
 */
type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
type BasisSeed = Optional<Omit<LicenseLegalBasisRecord, 'licenseType' | 'type'>, 'maxRenewals' | 'maxRenewalMonths' | 'unsure' | 'note'>;
type CompetenceSeed = Optional<
  Omit<LicenseTypeCompetenceRecord, 'id' | 'licenseType' | 'type'>,
  'unsure' | 'note' | 'holderDetail' | 'holderDetailValues'
>;
type GroundSeed = Optional<Omit<RevocationGroundRecord, 'licenseType' | 'type'>, 'legalSource' | 'barsReapplicationMonths'>;
interface TypeSeed extends Optional<LicenseTypeRecord, 'oneCurrentPerHolder'> {
  bases: BasisSeed[];
  competence: CompetenceSeed[];
  grounds: GroundSeed[];
}

const PRINTING_BASIS = [
  {
    code: 'ND60-2014',
    title: 'Nghị định 60/2014/NĐ-CP, sửa đổi bởi 25/2018/NĐ-CP và 72/2022/NĐ-CP (hoạt động in)',
    validFrom: '2014-08-15',
    validTo: null,
  },
];
const PRINTING_COMPETENCE: CompetenceSeed[] = [
  {
    authorityLevel: AuthorityLevel.PROVINCIAL_DEPARTMENT,
    authorityFunction: 'PRINTING',
    validFrom: '2014-08-15',
    validTo: null,
    note: 'Sở TT&TT until 28 Feb 2025, Sở VH-TT-DL from 1 Mar 2025.',
  },
];
const PRINTING_GROUNDS = [
  { code: 'NOT_OPERATING_12_MONTHS', description: 'Không hoạt động in trong 12 tháng liên tục', legalSource: 'Decree 60/2014 art. 17' },
  {
    code: 'EQUIPMENT_NOT_PROVEN_6_MONTHS',
    description: 'Không chứng minh được thiết bị in trong 6 tháng kể từ ngày được cấp phép',
    legalSource: 'Decree 60/2014 art. 17',
  },
  { code: 'DISSOLUTION', description: 'Giải thể, phá sản hoặc chấm dứt hoạt động', legalSource: 'Decree 60/2014 art. 17' },
  { code: 'FRAUD', description: 'Giả mạo, khai man hồ sơ', legalSource: 'Decree 60/2014 art. 17', barsReapplicationMonths: 12 },
];
const POSTAL_BASIS = [
  {
    code: 'LBC2010',
    title: 'Luật Bưu chính 2010; Nghị định 47/2011/NĐ-CP, sửa đổi bởi 25/2022/NĐ-CP',
    validFrom: '2011-07-01',
    validTo: null,
    unsure: true,
    note: 'one basis across the 2022 amendment',
  },
];
/**
 * Postal competence follows the holder's service scope (Law on Post 2010 art. 21; Decree 47/2011 art. 5–6 as amended by
 * 25/2022): the Sở licenses (and confirms notifications of) intra-provincial service, the ministry inter-provincial and
 * international service. The article numbers are unconfirmed against the official text; the split itself is the one the
 * schema's PostalScope states.
 */
const POSTAL_COMPETENCE: CompetenceSeed[] = [
  {
    authorityLevel: AuthorityLevel.PROVINCIAL_DEPARTMENT,
    authorityFunction: 'POST',
    validFrom: '2011-07-01',
    validTo: null,
    holderDetail: 'scope',
    holderDetailValues: ['INTRA_PROVINCIAL'],
    unsure: true,
    note: 'intra-provincial service only; Sở TT&TT, then Sở KH&CN from 1 Mar 2025 (Law on Post art. 21, Decree 47/2011: articles unconfirmed)',
  },
  {
    authorityLevel: AuthorityLevel.MINISTRY,
    authorityFunction: 'POST',
    validFrom: '2011-07-01',
    validTo: null,
    holderDetail: 'scope',
    holderDetailValues: ['INTER_PROVINCIAL', 'INTERNATIONAL'],
    unsure: true,
    note: 'inter-provincial and international service (Law on Post art. 21, Decree 47/2011: articles unconfirmed)',
  },
];
const POSTAL_GROUNDS = [
  { code: 'NATIONAL_SECURITY', description: 'Vi phạm quốc phòng, an ninh, trật tự an toàn xã hội', legalSource: 'Law on Post art. 24' },
  {
    code: 'FRAUD',
    description: 'Giả mạo, khai báo không trung thực để được cấp giấy phép',
    legalSource: 'Law on Post art. 24',
    barsReapplicationMonths: 12,
  },
  { code: 'CONDITIONS_NOT_MET', description: 'Không còn đáp ứng điều kiện cấp giấy phép', legalSource: 'Law on Post art. 24' },
  { code: 'SERIOUS_HARM', description: 'Gây thiệt hại nghiêm trọng cho người sử dụng dịch vụ', legalSource: 'Law on Post art. 24' },
  {
    code: 'NO_SERVICE_1_YEAR',
    description: 'Không cung ứng dịch vụ trong 01 năm kể từ ngày được cấp giấy phép',
    legalSource: 'Law on Post art. 24',
  },
  { code: 'LEASED_OR_TRANSFERRED', description: 'Cho thuê, cho mượn, chuyển nhượng giấy phép', legalSource: 'Law on Post art. 24' },
];
const TELECOM_BASES = [
  { code: 'LVT2009', title: 'Luật Viễn thông 2009; Nghị định 25/2011/NĐ-CP', validFrom: '2010-07-01', validTo: '2024-06-30' },
  {
    code: 'LVT2023',
    title: 'Luật Viễn thông 2023; Nghị định 163/2024/NĐ-CP; Nghị định 133/2025/NĐ-CP (phần cấp tỉnh)',
    validFrom: '2024-07-01',
    validTo: null,
    unsure: true,
    note: 'Decree 163/2024 took effect later than the law (24 Dec 2024)',
  },
];
const TELECOM_GROUNDS = [
  { code: 'FRAUD', description: 'Gian lận, giả mạo hồ sơ', legalSource: 'Telecom Law 2023 art. 41', barsReapplicationMonths: 12 },
  { code: 'NOT_DEPLOYED', description: 'Không triển khai trên thực tế theo giấy phép', legalSource: 'Telecom Law 2023 art. 41' },
  { code: 'SERIOUS_VIOLATION', description: 'Vi phạm nghiêm trọng quy định về viễn thông', legalSource: 'Telecom Law 2023 art. 41' },
  { code: 'DISSOLUTION', description: 'Giải thể, phá sản', legalSource: 'Telecom Law 2023 art. 41' },
];
const TELECOM_MINISTRY: CompetenceSeed[] = [
  {
    authorityLevel: AuthorityLevel.MINISTRY_DEPARTMENT,
    authorityFunction: 'TELECOM',
    validFrom: '2010-07-01',
    validTo: null,
    note: 'Cục Viễn thông',
  },
];
const RADIO_BASIS = [
  {
    code: 'LTS2009',
    title: 'Luật Tần số vô tuyến điện 2009, sửa đổi 2022; Nghị định 63/2023/NĐ-CP',
    validFrom: '2010-07-01',
    validTo: null,
    unsure: true,
    note: 'one basis across the 2022 amendment',
  },
];
const RADIO_COMPETENCE: CompetenceSeed[] = [
  {
    authorityLevel: AuthorityLevel.MINISTRY_DEPARTMENT,
    authorityFunction: 'RADIO',
    validFrom: '2010-07-01',
    validTo: null,
    note: 'Cục Tần số vô tuyến điện',
  },
];
const RADIO_GROUNDS = [
  {
    code: 'NOT_DEPLOYED_2_YEARS',
    description: 'Không triển khai trong 02 năm kể từ ngày được cấp phép',
    legalSource: 'Law on Radio Frequencies art. 23',
  },
  { code: 'UNPAID_FEES', description: 'Không nộp phí, lệ phí sử dụng tần số', legalSource: 'Law on Radio Frequencies art. 23' },
  { code: 'HARMFUL_INTERFERENCE', description: 'Gây nhiễu có hại mà không khắc phục', legalSource: 'Law on Radio Frequencies art. 23' },
  { code: 'FRAUD', description: 'Gian lận, giả mạo hồ sơ', legalSource: 'Law on Radio Frequencies art. 23', barsReapplicationMonths: 12 },
  {
    code: 'RELATED_LICENSE_REVOKED',
    description: 'Giấy phép viễn thông, báo chí liên quan bị thu hồi',
    legalSource: 'Law on Radio Frequencies art. 23',
  },
];
const PUBLISHING_COMPETENCE: CompetenceSeed[] = [
  {
    authorityLevel: AuthorityLevel.PROVINCIAL_DEPARTMENT,
    authorityFunction: 'PUBLISHING',
    validFrom: '2013-07-01',
    validTo: null,
    note: 'Sở TT&TT until 28 Feb 2025, Sở VH-TT-DL from 1 Mar 2025',
  },
];
const PUBLISHING_GROUNDS = [
  { code: 'FRAUD', description: 'Giả mạo hồ sơ đề nghị cấp phép', legalSource: 'Publishing Law 2012', barsReapplicationMonths: 12 },
  { code: 'CONDITIONS_NOT_MET', description: 'Không còn đủ điều kiện hoạt động', legalSource: 'Publishing Law 2012' },
  { code: 'SERIOUS_VIOLATION', description: 'Vi phạm nghiêm trọng quy định về xuất bản', legalSource: 'Publishing Law 2012' },
];

export const LICENSE_TYPES: TypeSeed[] = [
  {
    code: LicenseType.GAME_POINT_CERTIFICATE,
    nameVi: 'Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    entityKinds: [EntityKind.GAME_SERVICE_POINT],
    termKind: TermKind.YEARS,
    maxTermMonths: 36,
    onPublicList: true,
    // One certificate per point: it certifies the point's own conditions (machines, floor area, distance from schools),
    // Decree 72/2013 art. 35, Decree 147/2024; a new one is issued when the old one ends.
    oneCurrentPerHolder: true,
    description: 'Certificate of a public game service point; published lists of licensed and revoked points (Decree 72/2013 art. 35).',
    bases: [
      {
        code: 'ND72-2013',
        title: 'Nghị định 72/2013/NĐ-CP, sửa đổi bởi 27/2018/NĐ-CP',
        validFrom: '2013-09-01',
        validTo: '2024-12-24',
        maxRenewals: 1,
        maxRenewalMonths: 6,
      },
      { code: 'ND147-2024', title: 'Nghị định 147/2024/NĐ-CP', validFrom: '2024-12-25', validTo: null },
    ],
    competence: [
      {
        authorityLevel: AuthorityLevel.PROVINCIAL_DEPARTMENT,
        authorityFunction: 'GAMES',
        validFrom: '2013-09-01',
        validTo: '2024-12-24',
        note: 'Sở TT&TT (Decree 72/2013 art. 35)',
      },
      {
        authorityLevel: AuthorityLevel.DISTRICT_PEOPLES_COMMITTEE,
        authorityFunction: 'GENERAL',
        validFrom: '2013-09-01',
        validTo: '2024-12-24',
        unsure: true,
        note: 'only where the province delegated it under Decree 72/2013',
      },
      {
        authorityLevel: AuthorityLevel.DISTRICT_PEOPLES_COMMITTEE,
        authorityFunction: 'GENERAL',
        validFrom: '2024-12-25',
        validTo: '2025-06-30',
        note: 'Decree 147/2024',
      },
      {
        authorityLevel: AuthorityLevel.COMMUNE_PEOPLES_COMMITTEE,
        authorityFunction: 'GENERAL',
        validFrom: '2025-07-01',
        validTo: null,
        note: 'district tasks moved to communes (two-tier local government)',
      },
    ],
    grounds: [
      {
        code: 'FRAUD',
        description: 'Giả mạo hồ sơ, khai báo không trung thực',
        legalSource: 'Decree 147/2024',
        barsReapplicationMonths: 12,
      },
      { code: 'CONDITIONS_NOT_MET', description: 'Không còn đáp ứng đủ điều kiện hoạt động', legalSource: 'Decree 147/2024' },
      { code: 'HOLDER_REQUEST', description: 'Theo đề nghị của chủ điểm', legalSource: 'Decree 147/2024' },
    ],
  },
  {
    code: LicenseType.PRINTING_LICENSE,
    nameVi: 'Giấy phép hoạt động in',
    entityKinds: [EntityKind.PRINTING_ESTABLISHMENT],
    termKind: TermKind.NONE,
    maxTermMonths: null,
    onPublicList: false,
    // One licence per establishment (Decree 60/2014 art. 12: it is amended when products or equipment change).
    oneCurrentPerHolder: true,
    description: 'Licence to print press, state forms, anti-counterfeit stamps, valued papers.',
    bases: PRINTING_BASIS,
    competence: PRINTING_COMPETENCE,
    grounds: PRINTING_GROUNDS,
  },
  {
    code: LicenseType.PRINTING_REGISTRATION,
    nameVi: 'Xác nhận đăng ký hoạt động cơ sở in',
    entityKinds: [EntityKind.PRINTING_ESTABLISHMENT],
    termKind: TermKind.NONE,
    maxTermMonths: null,
    onPublicList: false,
    // One registration per establishment (Decree 60/2014 art. 14, amended by 25/2018: changes are re-declared on it).
    oneCurrentPerHolder: true,
    description: 'Registration of a printing establishment not needing a licence.',
    bases: PRINTING_BASIS,
    competence: PRINTING_COMPETENCE,
    grounds: PRINTING_GROUNDS,
  },
  {
    code: LicenseType.COLOR_COPIER_REGISTRATION,
    nameVi: 'Đăng ký sử dụng máy photocopy màu',
    entityKinds: [EntityKind.PRINTING_ESTABLISHMENT],
    termKind: TermKind.NONE,
    maxTermMonths: null,
    onPublicList: false,
    description: 'Registration of a colour photocopier.',
    bases: [{ code: 'ND60-2014', title: 'Nghị định 60/2014/NĐ-CP (hoạt động in), điều 25', validFrom: '2014-08-15', validTo: null }],
    competence: PRINTING_COMPETENCE,
    grounds: PRINTING_GROUNDS,
  },
  {
    code: LicenseType.PUBLICATION_DISTRIBUTION_REGISTRATION,
    nameVi: 'Xác nhận đăng ký hoạt động phát hành xuất bản phẩm',
    entityKinds: [EntityKind.PUBLISHER],
    termKind: TermKind.NONE,
    maxTermMonths: null,
    onPublicList: false,
    description: 'Registration of a publication distributor.',
    bases: [{ code: 'LXB2012-37', title: 'Luật Xuất bản 2012, điều 37; Nghị định 195/2013/NĐ-CP', validFrom: '2013-07-01', validTo: null }],
    competence: PUBLISHING_COMPETENCE,
    grounds: PUBLISHING_GROUNDS,
  },
  {
    code: LicenseType.NON_BUSINESS_PUBLICATION_LICENSE,
    nameVi: 'Giấy phép xuất bản tài liệu không kinh doanh',
    entityKinds: [EntityKind.PUBLISHER],
    termKind: TermKind.SINGLE_USE,
    maxTermMonths: null,
    onPublicList: false,
    description: 'Licence to publish one non-business document.',
    bases: [
      { code: 'LXB2012-25', title: 'Luật Xuất bản 2012, điều 25', validFrom: '2013-07-01', validTo: '2025-06-30' },
      {
        code: 'LXB2012-25-ND138',
        title: 'Luật Xuất bản 2012, điều 25; Nghị định 138/2025/NĐ-CP',
        validFrom: '2025-07-01',
        validTo: null,
        unsure: true,
      },
    ],
    competence: PUBLISHING_COMPETENCE,
    grounds: PUBLISHING_GROUNDS,
  },
  {
    code: LicenseType.PUBLICATION_IMPORT_LICENSE,
    nameVi: 'Giấy phép nhập khẩu xuất bản phẩm không kinh doanh',
    entityKinds: [EntityKind.PUBLISHER],
    termKind: TermKind.SINGLE_USE,
    maxTermMonths: null,
    onPublicList: false,
    description: 'Licence to import one consignment of non-business publications.',
    bases: [{ code: 'LXB2012-41', title: 'Luật Xuất bản 2012, điều 41–42', validFrom: '2013-07-01', validTo: null }],
    competence: PUBLISHING_COMPETENCE,
    grounds: PUBLISHING_GROUNDS,
  },
  {
    code: LicenseType.PUBLICATION_EXHIBITION_LICENSE,
    nameVi: 'Giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm',
    entityKinds: [EntityKind.PUBLISHER],
    termKind: TermKind.SINGLE_USE,
    maxTermMonths: null,
    onPublicList: false,
    description: 'Licence for one publication exhibition or fair.',
    bases: [{ code: 'LXB2012-44', title: 'Luật Xuất bản 2012, điều 44', validFrom: '2013-07-01', validTo: null }],
    competence: PUBLISHING_COMPETENCE,
    grounds: PUBLISHING_GROUNDS,
  },
  {
    code: LicenseType.POSTAL_LICENSE,
    nameVi: 'Giấy phép bưu chính',
    entityKinds: [EntityKind.POSTAL_ENTERPRISE],
    termKind: TermKind.YEARS,
    maxTermMonths: 120,
    onPublicList: false,
    // One postal licence per enterprise (Law on Post art. 21–22: changes of scope or service are amendments of it).
    oneCurrentPerHolder: true,
    description: 'Postal licence (letters up to 2 kg).',
    bases: POSTAL_BASIS,
    competence: POSTAL_COMPETENCE,
    grounds: POSTAL_GROUNDS,
  },
  {
    code: LicenseType.POSTAL_NOTIFICATION_CONFIRMATION,
    nameVi: 'Văn bản xác nhận thông báo hoạt động bưu chính',
    entityKinds: [EntityKind.POSTAL_ENTERPRISE],
    termKind: TermKind.NONE,
    maxTermMonths: null,
    onPublicList: false,
    description: 'Confirmation of a postal activity notification.',
    bases: POSTAL_BASIS,
    competence: POSTAL_COMPETENCE,
    grounds: POSTAL_GROUNDS,
  },
  {
    code: LicenseType.TELECOM_LICENSE_WITH_INFRASTRUCTURE,
    nameVi: 'Giấy phép cung cấp dịch vụ viễn thông có hạ tầng mạng',
    entityKinds: [EntityKind.TELECOM_OPERATOR],
    termKind: TermKind.YEARS,
    maxTermMonths: 180,
    onPublicList: false,
    description: 'Telecom service licence with network infrastructure.',
    bases: TELECOM_BASES,
    competence: TELECOM_MINISTRY,
    grounds: TELECOM_GROUNDS,
  },
  {
    code: LicenseType.TELECOM_LICENSE_WITHOUT_INFRASTRUCTURE,
    nameVi: 'Giấy phép cung cấp dịch vụ viễn thông không có hạ tầng mạng',
    entityKinds: [EntityKind.TELECOM_OPERATOR],
    termKind: TermKind.YEARS,
    maxTermMonths: 120,
    onPublicList: false,
    description: 'Telecom service licence without network infrastructure.',
    bases: TELECOM_BASES,
    competence: TELECOM_MINISTRY,
    grounds: TELECOM_GROUNDS,
  },
  {
    code: LicenseType.TELECOM_PRIVATE_NETWORK_LICENSE,
    nameVi: 'Giấy phép thiết lập mạng viễn thông dùng riêng',
    entityKinds: [EntityKind.TELECOM_OPERATOR, EntityKind.RADIO_FREQUENCY_USER],
    termKind: TermKind.YEARS,
    maxTermMonths: 120,
    onPublicList: false,
    description: 'Licence to set up a private telecom network.',
    bases: TELECOM_BASES,
    competence: [
      ...TELECOM_MINISTRY,
      {
        authorityLevel: AuthorityLevel.PROVINCIAL_DEPARTMENT,
        authorityFunction: 'TELECOM',
        validFrom: '2025-07-01',
        validTo: null,
        unsure: true,
        note: 'provincial part under Decree 133/2025',
      },
    ],
    grounds: TELECOM_GROUNDS,
  },
  {
    code: LicenseType.TELECOM_TRIAL_LICENSE,
    nameVi: 'Giấy phép thử nghiệm mạng và dịch vụ viễn thông',
    entityKinds: [EntityKind.TELECOM_OPERATOR],
    termKind: TermKind.YEARS,
    maxTermMonths: 24,
    onPublicList: false,
    description: 'Trial licence for a telecom network or service.',
    bases: TELECOM_BASES,
    competence: TELECOM_MINISTRY,
    grounds: TELECOM_GROUNDS,
  },
  {
    code: LicenseType.TELECOM_SERVICE_REGISTRATION,
    nameVi: 'Giấy chứng nhận đăng ký cung cấp dịch vụ viễn thông',
    entityKinds: [EntityKind.TELECOM_OPERATOR],
    termKind: TermKind.NONE,
    maxTermMonths: null,
    onPublicList: false,
    description: 'Registration certificate of a telecom service.',
    bases: [TELECOM_BASES[1]],
    competence: [
      ...TELECOM_MINISTRY,
      {
        authorityLevel: AuthorityLevel.PROVINCIAL_DEPARTMENT,
        authorityFunction: 'TELECOM',
        validFrom: '2025-07-01',
        validTo: null,
        unsure: true,
        note: 'provincial part under Decree 133/2025',
      },
    ],
    grounds: TELECOM_GROUNDS,
  },
  {
    code: LicenseType.RADIO_EQUIPMENT_LICENSE,
    nameVi: 'Giấy phép sử dụng tần số và thiết bị vô tuyến điện',
    entityKinds: [EntityKind.RADIO_FREQUENCY_USER],
    termKind: TermKind.YEARS,
    maxTermMonths: 120,
    onPublicList: false,
    description: 'Licence to use frequencies and radio equipment.',
    bases: RADIO_BASIS,
    competence: RADIO_COMPETENCE,
    grounds: RADIO_GROUNDS,
  },
  {
    code: LicenseType.RADIO_BAND_LICENSE,
    nameVi: 'Giấy phép sử dụng băng tần',
    entityKinds: [EntityKind.RADIO_FREQUENCY_USER],
    termKind: TermKind.YEARS,
    maxTermMonths: 180,
    onPublicList: false,
    description: 'Licence to use a frequency band.',
    bases: RADIO_BASIS,
    competence: RADIO_COMPETENCE,
    grounds: RADIO_GROUNDS,
  },
  {
    code: LicenseType.RADIO_SATELLITE_ORBIT_LICENSE,
    nameVi: 'Giấy phép sử dụng tần số và quỹ đạo vệ tinh',
    entityKinds: [EntityKind.RADIO_FREQUENCY_USER],
    termKind: TermKind.YEARS,
    maxTermMonths: 240,
    onPublicList: false,
    description: 'Licence to use frequencies and a satellite orbit.',
    bases: RADIO_BASIS,
    competence: RADIO_COMPETENCE,
    grounds: RADIO_GROUNDS,
  },
  {
    code: LicenseType.GENERAL_WEBSITE_LICENSE,
    nameVi: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp',
    entityKinds: [EntityKind.INFORMATION_PROVIDER],
    termKind: TermKind.YEARS,
    // Decree 72/2013 art. 23: the term asked for, at most 10 years; kept under Decree 147/2024 (unconfirmed there).
    maxTermMonths: 120,
    onPublicList: false,
    // One licence per website, and a provider may run several: no limit per holder.
    description:
      'Licence to set up a general website (aggregating news from press agencies); the Sở licenses local organisations, the ministry central ones.',
    bases: [
      {
        code: 'ND72-2013-TTDT',
        title: 'Nghị định 72/2013/NĐ-CP, sửa đổi bởi 27/2018/NĐ-CP (trang thông tin điện tử tổng hợp)',
        validFrom: '2013-09-01',
        validTo: '2024-12-24',
      },
      {
        code: 'ND147-2024-TTDT',
        title: 'Nghị định 147/2024/NĐ-CP (trang thông tin điện tử tổng hợp)',
        validFrom: '2024-12-25',
        validTo: null,
        unsure: true,
        note: 'maximum term of 10 years carried over from Decree 72/2013 (unconfirmed in Decree 147/2024)',
      },
    ],
    competence: [
      {
        authorityLevel: AuthorityLevel.PROVINCIAL_DEPARTMENT,
        authorityFunction: 'PRESS',
        validFrom: '2013-09-01',
        validTo: null,
        unsure: true,
        note: 'local organisations and enterprises (not press agencies or central bodies); Sở TT&TT until 28 Feb 2025, Sở VH-TT-DL from 1 Mar 2025',
      },
      {
        authorityLevel: AuthorityLevel.MINISTRY_DEPARTMENT,
        authorityFunction: 'PRESS',
        validFrom: '2013-09-01',
        validTo: null,
        unsure: true,
        note: 'Cục Phát thanh, truyền hình và thông tin điện tử: press agencies, central bodies, diplomatic and religious organisations',
      },
    ],
    grounds: [
      {
        code: 'FRAUD',
        description: 'Giả mạo hồ sơ, khai báo không trung thực để được cấp giấy phép',
        legalSource: 'Decree 147/2024 (article unconfirmed)',
      },
      {
        code: 'SERIOUS_VIOLATION',
        description: 'Vi phạm nghiêm trọng quy định về quản lý thông tin trên mạng',
        legalSource: 'Decree 147/2024 (article unconfirmed)',
      },
      {
        code: 'CONDITIONS_NOT_MET',
        description: 'Không còn đáp ứng điều kiện về tổ chức, nhân sự, kỹ thuật, tên miền',
        legalSource: 'Decree 147/2024 (article unconfirmed)',
      },
      {
        code: 'HOLDER_REQUEST',
        description: 'Theo đề nghị của tổ chức được cấp phép',
        legalSource: 'Decree 147/2024 (article unconfirmed)',
      },
    ],
  },
  {
    code: LicenseType.NEWSLETTER_LICENSE,
    nameVi: 'Giấy phép xuất bản bản tin',
    entityKinds: [EntityKind.INFORMATION_PROVIDER],
    // No term recorded: the licence lasts until revoked or ended (unconfirmed against Circular 41/2020).
    termKind: TermKind.NONE,
    maxTermMonths: null,
    onPublicList: false,
    // One licence per newsletter, and an organisation may publish several: no limit per holder.
    description: 'Licence to publish a newsletter (bản tin) of an agency or organisation; the Sở licenses local ones.',
    bases: [
      {
        code: 'LBCHI2016-37',
        title: 'Luật Báo chí 2016, điều 37; Thông tư 41/2020/TT-BTTTT (trước đó Thông tư 48/2016/TT-BTTTT)',
        validFrom: '2017-01-01',
        validTo: null,
        unsure: true,
        note: 'one basis across the change of circular (the date Circular 41/2020 replaced 48/2016 is unconfirmed)',
      },
    ],
    competence: [
      {
        authorityLevel: AuthorityLevel.PROVINCIAL_DEPARTMENT,
        authorityFunction: 'PRESS',
        validFrom: '2017-01-01',
        validTo: null,
        unsure: true,
        note: 'local agencies and organisations; Sở TT&TT until 28 Feb 2025, Sở VH-TT-DL from 1 Mar 2025',
      },
      {
        authorityLevel: AuthorityLevel.MINISTRY_DEPARTMENT,
        authorityFunction: 'PRESS',
        validFrom: '2017-01-01',
        validTo: null,
        unsure: true,
        note: 'Cục Báo chí: central agencies, foreign organisations',
      },
    ],
    grounds: [
      {
        code: 'FRAUD',
        description: 'Giả mạo hồ sơ đề nghị cấp phép',
        legalSource: 'Press Law 2016; Circular 41/2020 (article unconfirmed)',
      },
      {
        code: 'SERIOUS_VIOLATION',
        description: 'Vi phạm nghiêm trọng quy định về báo chí, xuất bản bản tin',
        legalSource: 'Press Law 2016 (article unconfirmed)',
      },
      {
        code: 'NOT_PUBLISHED',
        description: 'Không xuất bản bản tin theo giấy phép',
        legalSource: 'Circular 41/2020 (article unconfirmed)',
      },
      { code: 'HOLDER_REQUEST', description: 'Theo đề nghị của cơ quan, tổ chức được cấp phép', legalSource: 'Press Law 2016' },
    ],
  },
];

/*
 * Not modelled: the G1 approved-game list and the G2–G4 provider list that the Sở re-publishes on its website
 * (Decree 147/2024). Both are national registers kept by the ministry: it licenses G1 games and certifies G2–G4
 * providers, mostly enterprises of other provinces. The Department decides nothing in them (no licence, no step of one,
 * no authority of its own), so no row of this registry's model fits them: they would be a copy of another body's data
 * that goes stale when the ministry updates its list, with nothing for an officer to record. A link to the ministry's
 * lists keeps them right. (Who certifies G2–G4 providers under Decree 147/2024 is unconfirmed against its text.)
 */

/** Upserts the licence types and their rows; competence rows of a type are replaced whole. */
export async function seedLicenseTypes(m: EntityManager): Promise<void> {
  const types = LICENSE_TYPES.map(({ bases: _b, competence: _c, grounds: _g, ...type }) => ({ oneCurrentPerHolder: false, ...type }));
  await m.upsert(LicenseTypeRecord, types, ['code']);
  const rows = <T>(each: (t: TypeSeed) => T[]) => LICENSE_TYPES.flatMap(each);
  await m.upsert(
    LicenseLegalBasisRecord,
    rows((t) => t.bases.map((b) => ({ maxRenewals: null, maxRenewalMonths: null, unsure: false, note: null, ...b, licenseType: t.code }))),
    ['licenseType', 'code'],
  );
  await m.delete(LicenseTypeCompetenceRecord, { licenseType: In(types.map((t) => t.code)) });
  await m.insert(
    LicenseTypeCompetenceRecord,
    rows((t) =>
      t.competence.map((c) => ({ unsure: false, note: null, holderDetail: null, holderDetailValues: null, ...c, licenseType: t.code })),
    ),
  );
  await m.upsert(
    RevocationGroundRecord,
    rows((t) => t.grounds.map((g) => ({ legalSource: null, barsReapplicationMonths: null, ...g, licenseType: t.code }))),
    ['licenseType', 'code'],
  );
}
