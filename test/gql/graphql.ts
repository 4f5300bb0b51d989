/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An address: street text plus an official commune code of a stated structure. */
export type AddressInput = {
  /** House number and street, hamlet or group. */
  street: string;
  /** The structure `wardCode` belongs to; the current two-tier (2025) one by default. */
  structure?: AdministrativeStructure;
  /** Official 5-digit commune/ward code in `structure`. */
  wardCode: string;
};

/** Which official list of administrative units a code belongs to; the same code can mean different units in each. */
export type AdministrativeStructure =
  /** Province–district–commune, valid until 30 Jun 2025 (63 provinces, 696 districts, 10,035 communes). */
  | 'THREE_TIER_2024'
  /** Province–commune, from 1 Jul 2025 (Decision 19/2025/QĐ-TTg: 34 provinces, 3,321 communes). */
  | 'TWO_TIER_2025';

/** Tier of an administrative unit (cấp hành chính). */
export type AdministrativeUnitLevel =
  /** District, town or provincial city (cấp huyện); abolished 1 Jul 2025. */
  | 'DISTRICT'
  /** Province or centrally-run city (cấp tỉnh). */
  | 'PROVINCE'
  /** Commune-level unit: ward, commune, township or special zone (cấp xã). */
  | 'WARD';

/** Amendment (sửa đổi, bổ sung): new scope and/or conditions; the term is unchanged. */
export type AmendLicenseInput = {
  /** New conditions (replaced whole). */
  conditions?: Record<string, unknown> | null | undefined;
  /** The decision. */
  decision: DecisionInput;
  /** Date the step takes effect: not before the licence’s last event, not later than a year from today. */
  effectiveOn: string;
  /** The licence. */
  licenseId: string | number;
  /** Reason given in the decision. */
  reason?: string | null | undefined;
  /** New scope. */
  scope?: string | null | undefined;
  /** The licence version you read; a stale one is refused with CONFLICT (two clerks cannot both record a step). */
  version: number;
};

/** Which audit entries to list. */
export type AuditFilter = {
  /** Only entries of callers of this role (MINISTRY_SYSTEM: the data-sharing reads). */
  actorRole?: Role | null | undefined;
  /** Only entries of calls made with this API key (its `id`, as `apiKeys` lists it). */
  apiKeyId?: string | number | null | undefined;
  /** At or after this instant. */
  from?: string | null | undefined;
  /** Only this operation. */
  operation?: string | null | undefined;
  /** Only this record (database id). */
  recordId?: string | null | undefined;
  /** Only this record type. */
  recordType?: string | null | undefined;
  /** Before this instant. */
  to?: string | null | undefined;
};

/** The tier of a body that signs licence decisions. */
export type AuthorityLevel =
  /** Commune People’s Committee (UBND xã), which took district tasks from 1 Jul 2025. */
  | 'COMMUNE_PEOPLES_COMMITTEE'
  /** District People’s Committee (UBND huyện), until 30 Jun 2025. */
  | 'DISTRICT_PEOPLES_COMMITTEE'
  /** A ministry (Bộ). */
  | 'MINISTRY'
  /** A department of a ministry (Cục). */
  | 'MINISTRY_DEPARTMENT'
  /** A provincial department (Sở). */
  | 'PROVINCIAL_DEPARTMENT'
  /** Provincial People’s Committee (UBND tỉnh). */
  | 'PROVINCIAL_PEOPLES_COMMITTEE';

/** What happened to an object of the registry (one entry of the change feed). */
export type ChangeKind =
  /** An entity was taken off the registry. */
  | 'ENTITY_DEREGISTERED'
  /** An entity was registered (đăng ký); also every entity that existed when the feed began. */
  | 'ENTITY_REGISTERED'
  /** An entity’s registration data changed. */
  | 'ENTITY_UPDATED'
  /** A licence was amended (sửa đổi, bổ sung). */
  | 'LICENSE_AMENDED'
  /** A licence was issued (cấp). */
  | 'LICENSE_ISSUED'
  /** A suspended licence was reinstated (khôi phục). */
  | 'LICENSE_REINSTATED'
  /** A licence was reissued (cấp lại). */
  | 'LICENSE_REISSUED'
  /** A licence was renewed (gia hạn). */
  | 'LICENSE_RENEWED'
  /** A licence was revoked (thu hồi). */
  | 'LICENSE_REVOKED'
  /** A licence ended at the holder’s request or on return (chấm dứt / nộp lại). */
  | 'LICENSE_SURRENDERED'
  /** A licence was suspended (đình chỉ). */
  | 'LICENSE_SUSPENDED';

/** Business contact of the holder. */
export type ContactInput = {
  /** Business e-mail address. */
  email?: string | null | undefined;
  /** Business phone (Vietnamese number). */
  phone?: string | null | undefined;
  /** Website (http or https). */
  website?: string | null | undefined;
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** Last day the key works. */
  expiresOn?: string | null | undefined;
  /** Who or what the key is for, e.g. "Phòng VH-TT Đồng Xoài". */
  label: string;
  /** Role to grant (not PUBLIC). */
  role: Role;
  /** For a LOCAL_OFFICER: the district (3 digits, 2024 structure) or the commune (5 digits, 2025 structure). */
  unitCode?: string | null | undefined;
};

/** An inclusive range of dates; either end may be open. */
export type DateRange = {
  /** From this date (inclusive). */
  from?: string | null | undefined;
  /** To this date (inclusive). */
  to?: string | null | undefined;
};

/** The decision behind a licence or a step: number, date, signer and the authority that signed. */
export type DecisionInput = {
  /** Code of the signing authority (see `authorities`); it must exist on the decision date and be competent for the type then. */
  authorityCode: string;
  /** Date signed (not in the future). */
  date: string;
  /** For a decision dated before 1 Jul 2025 on a holder recorded with a 2025 commune formed from wards of several 2024 districts or provinces: the holder’s 2024 ward (5 digits) or district (3 digits) as the decision names it. It must be one its commune was formed from; the step records it. */
  holderUnit2024?: string | null | undefined;
  /** Decision number as printed, e.g. 123/QĐ-UBND. */
  number: string;
  /** Name of the signer. */
  signer: string;
  /** Title of the signer. */
  signerTitle: string;
};

/** Taking an entity off the registry; the record is kept. */
export type DeregisterEntityInput = {
  /** Date from which it is off the registry (not in the future). */
  effectiveOn: string;
  /** The entity. */
  id: string | number;
  /** Why, e.g. "Ngừng hoạt động theo đề nghị của chủ cơ sở". */
  reason: string;
  /** The version you read; a stale version is refused with CONFLICT. */
  version: number;
};

/** A key entity counts can be grouped by; any combination, each at most once. */
export type EntityCountDimension =
  /** The entity kind. */
  | 'KIND'
  /** The registry status (ACTIVE, DEREGISTERED). */
  | 'STATUS'
  /** The administrative unit of the address, at the level of `unitLevel`. */
  | 'UNIT';

/** Which entities to list; all conditions must hold. */
export type EntityFilter = {
  /** Only addresses in this 2024 district (3 digits). */
  districtCode?: string | null | undefined;
  /** Every record of one enterprise, of any kind: entities whose enterprise/tax code is this one or one of its branches (a 10-digit code, or a 13-digit branch code whose first 10 digits are used). */
  enterpriseCode?: string | null | undefined;
  /** Only these kinds. */
  kinds?: Array<EntityKind> | null | undefined;
  /** Only holders of a licence in one of these statuses today (of `licenseType`, when given). */
  licenseStatuses?: Array<LicenseStatus> | null | undefined;
  /** Only holders of a licence of this type (with `licenseStatuses`: in those statuses today). */
  licenseType?: LicenseType | null | undefined;
  /** Only addresses in this province: a 2024 code (e.g. 70) or a 2025 code (e.g. 75, which includes the former Bình Phước). */
  provinceCode?: string | null | undefined;
  /** Words to find in the name, registry code, tax code or street, ignoring case and diacritics ("hoang long" finds "Hoàng Long", "phu rieng do" finds "65 Đường Phú Riềng Đỏ"). */
  search?: string | null | undefined;
  /** Only these registry statuses; ACTIVE only by default (deregistered entities are hidden unless asked for). */
  statuses?: Array<EntityStatus> | null | undefined;
  /** Only entities changed at or after this instant. */
  updatedSince?: string | null | undefined;
  /** Only addresses in this commune: a 2024 ward code matches records in that ward; a 2025 commune code also matches 2024 records whose ward went whole into it. */
  wardCode?: string | null | undefined;
};

/** The kinds of regulated entities the Department licenses or supervises. */
export type EntityKind =
  /** Public electronic game service point (điểm cung cấp dịch vụ trò chơi điện tử công cộng). */
  | 'GAME_SERVICE_POINT'
  /** Organisation that sets up a general website or publishes a newsletter (tổ chức thiết lập trang thông tin điện tử tổng hợp; cơ quan, tổ chức xuất bản bản tin). */
  | 'INFORMATION_PROVIDER'
  /** Public Internet access point or Internet agent (điểm truy nhập Internet công cộng / đại lý Internet). */
  | 'INTERNET_ACCESS_POINT'
  /** IT / digital-technology enterprise (doanh nghiệp công nghệ thông tin / công nghệ số). */
  | 'IT_ENTERPRISE'
  /** Postal enterprise (doanh nghiệp bưu chính). */
  | 'POSTAL_ENTERPRISE'
  /** Printing establishment (cơ sở in). */
  | 'PRINTING_ESTABLISHMENT'
  /** Publisher or publication distributor (nhà xuất bản / cơ sở phát hành xuất bản phẩm). */
  | 'PUBLISHER'
  /** Radio-frequency user (tổ chức, cá nhân sử dụng tần số vô tuyến điện). */
  | 'RADIO_FREQUENCY_USER'
  /** Telecommunications operator (doanh nghiệp viễn thông). */
  | 'TELECOM_OPERATOR';

/** Sort order of an entity list. */
export type EntityOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Sort key. */
  field?: EntityOrderField;
};

/** What to sort entities by (ties broken by id, so pages are stable). */
export type EntityOrderField =
  /** When registered in this system. */
  | 'CREATED_AT'
  /** Name, ignoring case and diacritics. */
  | 'NAME'
  /** Registry code. */
  | 'REGISTRY_CODE'
  /** When last changed. */
  | 'UPDATED_AT';

/** Whether the entity is on the registry (its licences have their own status). */
export type EntityStatus =
  /** Registered and supervised. */
  | 'ACTIVE'
  /** Taken off the registry (ceased, dissolved, moved away); kept for history and hidden from lists by default. */
  | 'DEREGISTERED';

/** A bulk export file; its rows and the `records` of a change have the same shape. */
export type ExportFile =
  /** `/export/entities.ndjson`: one regulated entity per line (table regulated_entity). */
  | 'ENTITIES'
  /** `/export/licenses.ndjson`: one licence per line (table license). */
  | 'LICENSES'
  /** `/export/license-events.ndjson`: one step of a licence’s life per line (table license_event). */
  | 'LICENSE_EVENTS';

/** One assigned frequency or band, with its station. Give `frequencyMHz` or both band edges. */
export type FrequencyAssignmentInput = {
  /** Lower edge of an assigned band in MHz. */
  bandFromMHz?: number | null | undefined;
  /** Upper edge of an assigned band in MHz. */
  bandToMHz?: number | null | undefined;
  /** ITU emission designator, e.g. 16K0F3E. */
  emission?: string | null | undefined;
  /** Assigned frequency in MHz. */
  frequencyMHz?: number | null | undefined;
  /** Transmitter power in watts. */
  powerW: number;
  /** What the frequency is used for, e.g. "Phát thanh FM", "Liên lạc nội bộ". */
  purpose: string;
  /** Where the station stands. */
  stationLocation: string;
};

/** The public lists of game service points (Decree 72/2013 Art 35 as amended): what PUBLIC may count. */
export type GamePointList =
  /** Game-point certificates in force (ACTIVE or SUSPENDED) on the date. */
  | 'LICENSED'
  /** Game-point certificates revoked on or before the date. */
  | 'REVOKED';

/** Attributes of a public game service point (Decree 147/2024 art. 36–37). */
export type GameServicePointDetailsInput = {
  /** Date of the business registration. */
  businessRegistrationDate?: string | null | undefined;
  /** Business registration number (số giấy chứng nhận đăng ký kinh doanh / hộ kinh doanh). */
  businessRegistrationNumber: string;
  /** Name of the person directly managing the point (người quản lý trực tiếp). */
  directManagerName?: string | null | undefined;
  /** Floor area of the machine room in m² (diện tích phòng máy). */
  floorAreaM2: number;
  /** ISP agent contract, when the point also sells Internet access. */
  ispAgentContract?: IspAgentContractInput | null | undefined;
  /** Number of game machines (computers) at the point. */
  machineCount: number;
  /** Opening hours, e.g. "08:00–22:00" (no service from 22:00 to 08:00). */
  openingHours?: string | null | undefined;
};

/** A general website (trang thông tin điện tử tổng hợp) the provider runs. */
export type GeneralWebsiteInput = {
  /** Sources and subjects it aggregates, as the licence describes them. */
  contentScope?: string | null | undefined;
  /** Domain names, e.g. tintuc.example.vn. */
  domains: Array<string>;
  /** Name of the website as licensed. */
  name: string;
  /** Where its servers are (the law requires a server in Việt Nam). */
  serverLocation?: string | null | undefined;
};

/** A WGS 84 point. */
export type GeoPointInput = {
  /** Latitude in degrees. */
  latitude: number;
  /** Longitude in degrees. */
  longitude: number;
};

/** Attributes of an organisation running a general website or a newsletter (at least one of either). */
export type InformationProviderDetailsInput = {
  /** Person responsible for the content (người chịu trách nhiệm quản lý nội dung), when not the representative. */
  contentManagerName?: string | null | undefined;
  /** Newsletters it publishes. */
  newsletters: Array<NewsletterInput>;
  /** General websites it runs. */
  websites: Array<GeneralWebsiteInput>;
};

/** Attributes of a public Internet access point. */
export type InternetAccessPointDetailsInput = {
  /** Kind of access point. */
  accessPointType: InternetAccessPointType;
  /** Date the agent contract was signed. */
  agentContractDate?: string | null | undefined;
  /** Number of the agent contract with the ISP. */
  agentContractNumber?: string | null | undefined;
  /** The Internet service provider. */
  ispName: string;
  /** Number of machines for customers. */
  machineCount: number;
};

/** Kind of public Internet access point (Decree 72/2013 art. 8, Decree 147/2024). */
export type InternetAccessPointType =
  /** Internet agent under contract with an ISP (đại lý Internet). */
  | 'INTERNET_AGENT'
  /** Access point run by the ISP itself (điểm truy nhập của doanh nghiệp). */
  | 'ISP_POINT'
  /** Charged access in a public venue (có thu cước). */
  | 'PUBLIC_VENUE_CHARGED'
  /** Free access in a hotel, restaurant, airport, station… (không thu cước). */
  | 'PUBLIC_VENUE_FREE';

/** Internet agent contract with an ISP (hợp đồng đại lý Internet). */
export type IspAgentContractInput = {
  /** The Internet service provider, e.g. VNPT Bình Phước. */
  ispName: string;
  /** Contract number. */
  number: string;
  /** Date the contract was signed. */
  signedOn: string;
};

/** A new licence for a registered entity. */
export type IssueLicenseInput = {
  /** Conditions certified, e.g. { "floorAreaM2": 60 }. */
  conditions?: Record<string, unknown> | null | undefined;
  /** The issuing decision. */
  decision: DecisionInput;
  /** First day in force; the issue date by default. */
  effectiveFrom?: string | null | undefined;
  /** Last day in force: required for types with a term, within the maximum term. */
  expiresOn?: string | null | undefined;
  /** The holder (a RegulatedEntity id). */
  holderId: string | number;
  /** Date of issue; the decision date by default. */
  issuedOn?: string | null | undefined;
  /** Legal basis code; by default the type’s basis in force on the issue date. */
  legalBasisCode?: string | null | undefined;
  /** Number as printed, unique per authority and type. */
  number: string;
  /** Scope as written on the licence. */
  scope?: string | null | undefined;
  /** The licence type; it must apply to the holder’s kind. */
  type: LicenseType;
};

/** Attributes of an IT / digital-technology enterprise. */
export type ItEnterpriseDetailsInput = {
  /** Number of employees. */
  employees: number;
  /** Fields of activity. */
  fields: Array<ItField>;
  /** Date the enterprise was founded. */
  foundedOn: string;
  /** Revenue band, when declared. */
  revenueBand?: RevenueBand | null | undefined;
};

/** Field of IT / digital-technology industry (Law on Digital Technology Industry 2025). */
export type ItField =
  /** Artificial intelligence (trí tuệ nhân tạo). */
  | 'AI'
  /** Cybersecurity (an toàn thông tin mạng). */
  | 'CYBERSECURITY'
  /** Digital content (nội dung số). */
  | 'DIGITAL_CONTENT'
  /** Digital platforms (nền tảng số). */
  | 'DIGITAL_PLATFORM'
  /** Hardware and electronics (phần cứng, điện tử). */
  | 'HARDWARE'
  /** IT services (dịch vụ công nghệ thông tin). */
  | 'IT_SERVICES'
  /** Other digital-technology fields. */
  | 'OTHER'
  /** Semiconductors (bán dẫn). */
  | 'SEMICONDUCTOR'
  /** Software (phần mềm). */
  | 'SOFTWARE';

/** Legal form of the registered holder. */
export type LegalForm =
  /** Branch or dependent unit of an enterprise (chi nhánh). */
  | 'BRANCH'
  /** Cooperative (hợp tác xã). */
  | 'COOPERATIVE'
  /** Enterprise (doanh nghiệp). */
  | 'ENTERPRISE'
  /** Household business (hộ kinh doanh). */
  | 'HOUSEHOLD_BUSINESS'
  /** Individual (cá nhân). */
  | 'INDIVIDUAL'
  /** Other organisation (tổ chức khác). */
  | 'OTHER_ORGANISATION'
  /** Public service unit or state agency (đơn vị sự nghiệp công lập, cơ quan nhà nước). */
  | 'PUBLIC_UNIT';

/** A key licence counts can be grouped by; any combination, each at most once. */
export type LicenseCountDimension =
  /** The kind of the holder. */
  | 'KIND'
  /** The licence type. */
  | 'LICENSE_TYPE'
  /** The licence status on the date (EXPIRED derived from the date). */
  | 'STATUS'
  /** The administrative unit of the holder’s address, at the level of `unitLevel`: any level for the whole province; the level of the unit asked for (or of a local office) otherwise. */
  | 'UNIT';

/** A step in the legal life of a licence, each backed by a decision. */
export type LicenseEventType =
  /** Amended or supplemented (sửa đổi, bổ sung). */
  | 'AMENDED'
  /** Issued (cấp). */
  | 'ISSUED'
  /** Reinstated after a suspension (khôi phục). */
  | 'REINSTATED'
  /** Reissued after loss or damage (cấp lại). */
  | 'REISSUED'
  /** Renewed: term extended (gia hạn). */
  | 'RENEWED'
  /** Revoked (thu hồi). */
  | 'REVOKED'
  /** Ended or returned (chấm dứt / nộp lại). */
  | 'SURRENDERED'
  /** Suspended (đình chỉ). */
  | 'SUSPENDED';

/** Which licences to list; all conditions must hold. */
export type LicenseFilter = {
  /** Only holders in this 2024 district. */
  districtCode?: string | null | undefined;
  /** Only licences whose expiry date is before this date. */
  expiresBefore?: string | null | undefined;
  /** Only licences of this holder. */
  holderId?: string | number | null | undefined;
  /** Only holders of these kinds. */
  holderKinds?: Array<EntityKind> | null | undefined;
  /** Only licences issued in this range. */
  issuedBetween?: DateRange | null | undefined;
  /** Only licences revoked with effect in this range. */
  revokedBetween?: DateRange | null | undefined;
  /** Licence number contains this text (case and diacritics ignored). */
  search?: string | null | undefined;
  /** Judge `statuses` on this date instead of today. */
  statusOn?: string | null | undefined;
  /** Only these statuses (today, or on `statusOn`). */
  statuses?: Array<LicenseStatus> | null | undefined;
  /** Only these types. */
  types?: Array<LicenseType> | null | undefined;
  /** Only holders in this commune (2024 ward, or 2025 commune incl. wards that went whole into it). */
  wardCode?: string | null | undefined;
};

/** Legal status of a licence on a date, derived from its events and its expiry date. */
export type LicenseStatus =
  /** In force (còn hiệu lực). */
  | 'ACTIVE'
  /** Past its expiry date without renewal (hết hạn); not an event, derived from the date. */
  | 'EXPIRED'
  /** Revoked (thu hồi); terminal. */
  | 'REVOKED'
  /** Ended at the holder’s request or returned (chấm dứt / nộp lại); terminal. */
  | 'SURRENDERED'
  /** Suspended (đình chỉ). */
  | 'SUSPENDED';

/** A step of a licence’s life counted by the series: each event type, and expiry. */
export type LicenseStep =
  /** Amended (sửa đổi, bổ sung), on its effective date. */
  | 'AMENDED'
  /** Expired (hết hạn): the day after the expiry date, unless renewed, revoked or surrendered before. */
  | 'EXPIRED'
  /** Issued (cấp), counted on the issue date (as `licenses(filter: {issuedBetween})`). */
  | 'ISSUED'
  /** Reinstated (khôi phục), on its effective date. */
  | 'REINSTATED'
  /** Reissued (cấp lại), on its effective date. */
  | 'REISSUED'
  /** Renewed (gia hạn), on its effective date. */
  | 'RENEWED'
  /** Revoked (thu hồi), on its effective date (as `licenses(filter: {revokedBetween})`), with its ground. */
  | 'REVOKED'
  /** Surrendered (chấm dứt / nộp lại), on its effective date. */
  | 'SURRENDERED'
  /** Suspended (đình chỉ), on its effective date. */
  | 'SUSPENDED';

/** A key the series of licence steps can be grouped by, besides the period; any combination, each at most once. */
export type LicenseStepDimension =
  /** The revocation ground (REVOKED steps; empty for the others). */
  | 'GROUND'
  /** The kind of the holder. */
  | 'KIND'
  /** The licence type. */
  | 'LICENSE_TYPE'
  /** The step (issued, renewed, suspended, …, expired). */
  | 'STEP'
  /** The administrative unit of the holder’s address, at the level of `unitLevel` (as for licence counts). */
  | 'UNIT';

/** A step on an existing licence. */
export type LicenseStepInput = {
  /** The decision. */
  decision: DecisionInput;
  /** Date the step takes effect: not before the licence’s last event, not later than a year from today. */
  effectiveOn: string;
  /** The licence. */
  licenseId: string | number;
  /** Reason given in the decision. */
  reason?: string | null | undefined;
  /** The licence version you read; a stale one is refused with CONFLICT (two clerks cannot both record a step). */
  version: number;
};

/** How long a licence of a type lasts. */
export type LicenseTermKind =
  /** No term: valid until revoked or surrendered; no `expiresOn`. */
  | 'NONE'
  /** For one publication, consignment or event; `expiresOn` optional. */
  | 'SINGLE_USE'
  /** A term up to `maxTermMonths`; `expiresOn` is required. */
  | 'YEARS';

/** Licences and certificates the registry records (domain.md §5); their rules are data, see `licenseTypes`. */
export type LicenseType =
  /** Đăng ký sử dụng máy photocopy màu. */
  | 'COLOR_COPIER_REGISTRATION'
  /** Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng. */
  | 'GAME_POINT_CERTIFICATE'
  /** Giấy phép thiết lập trang thông tin điện tử tổng hợp. */
  | 'GENERAL_WEBSITE_LICENSE'
  /** Giấy phép xuất bản bản tin. */
  | 'NEWSLETTER_LICENSE'
  /** Giấy phép xuất bản tài liệu không kinh doanh. */
  | 'NON_BUSINESS_PUBLICATION_LICENSE'
  /** Giấy phép bưu chính. */
  | 'POSTAL_LICENSE'
  /** Văn bản xác nhận thông báo hoạt động bưu chính. */
  | 'POSTAL_NOTIFICATION_CONFIRMATION'
  /** Giấy phép hoạt động in. */
  | 'PRINTING_LICENSE'
  /** Xác nhận đăng ký hoạt động cơ sở in. */
  | 'PRINTING_REGISTRATION'
  /** Xác nhận đăng ký hoạt động phát hành xuất bản phẩm. */
  | 'PUBLICATION_DISTRIBUTION_REGISTRATION'
  /** Giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm. */
  | 'PUBLICATION_EXHIBITION_LICENSE'
  /** Giấy phép nhập khẩu xuất bản phẩm không kinh doanh. */
  | 'PUBLICATION_IMPORT_LICENSE'
  /** Giấy phép sử dụng băng tần. */
  | 'RADIO_BAND_LICENSE'
  /** Giấy phép sử dụng tần số và thiết bị vô tuyến điện. */
  | 'RADIO_EQUIPMENT_LICENSE'
  /** Giấy phép sử dụng tần số và quỹ đạo vệ tinh. */
  | 'RADIO_SATELLITE_ORBIT_LICENSE'
  /** Giấy phép cung cấp dịch vụ viễn thông không có hạ tầng mạng. */
  | 'TELECOM_LICENSE_WITHOUT_INFRASTRUCTURE'
  /** Giấy phép cung cấp dịch vụ viễn thông có hạ tầng mạng. */
  | 'TELECOM_LICENSE_WITH_INFRASTRUCTURE'
  /** Giấy phép thiết lập mạng viễn thông dùng riêng. */
  | 'TELECOM_PRIVATE_NETWORK_LICENSE'
  /** Giấy chứng nhận đăng ký cung cấp dịch vụ viễn thông. */
  | 'TELECOM_SERVICE_REGISTRATION'
  /** Giấy phép thử nghiệm mạng và dịch vụ viễn thông. */
  | 'TELECOM_TRIAL_LICENSE';

/** How a newsletter is published (Press Law 2016; Circular 41/2020/TT-BTTTT). */
export type NewsletterFormat =
  /** Electronic newsletter (bản tin điện tử). */
  | 'ELECTRONIC'
  /** Printed newsletter (bản tin in). */
  | 'PRINT';

/** A newsletter (bản tin) the provider publishes. */
export type NewsletterInput = {
  /** Printed or electronic. */
  format: NewsletterFormat;
  /** Title of the newsletter. */
  name: string;
  /** How often it appears, e.g. "01 kỳ/tháng". */
  periodicity?: string | null | undefined;
};

/** Sort direction. */
export type OrderDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** Attributes of a postal enterprise. */
export type PostalEnterpriseDetailsInput = {
  /** Scope of the service. */
  scope: PostalScope;
  /** Services offered. */
  serviceTypes: Array<PostalServiceType>;
};

/** Where the postal service is provided. */
export type PostalScope =
  /** International (quốc tế): licensed by the ministry. */
  | 'INTERNATIONAL'
  /** Between provinces (liên tỉnh): licensed by the ministry. */
  | 'INTER_PROVINCIAL'
  /** Within one province (nội tỉnh): licensed by the province. */
  | 'INTRA_PROVINCIAL';

/** Postal services offered (Law on Post 2010). */
export type PostalServiceType =
  /** Express delivery (chuyển phát nhanh). */
  | 'EXPRESS'
  /** Agent of a foreign postal firm (đại lý cho doanh nghiệp nước ngoài). */
  | 'FOREIGN_AGENT'
  /** Postal franchise (nhượng quyền thương mại). */
  | 'FRANCHISE'
  /** Letters up to 2 kg (thư có khối lượng đơn chiếc đến 2 kg): needs a postal licence. */
  | 'LETTERS_UP_TO_2KG'
  /** Parcels (gói, kiện hàng hóa). */
  | 'PARCELS';

/** A printing machine or colour copier of the establishment. */
export type PrintingEquipmentInput = {
  /** A colour photocopier (registered separately, Decree 60/2014 art. 25). */
  isColorCopier: boolean;
  /** Make and model. */
  model?: string | null | undefined;
  /** Kind of machine, e.g. "Máy in offset 4 màu". */
  name: string;
  /** How many. */
  quantity: number;
};

/** Attributes of a printing establishment. */
export type PrintingEstablishmentDetailsInput = {
  /** Equipment list. */
  equipment: Array<PrintingEquipmentInput>;
  /** Head of the establishment (người đứng đầu cơ sở in). */
  headOfEstablishment: string;
  /** Products printed. */
  products: Array<PrintingProduct>;
  /** Stages carried out. */
  stages: Array<PrintingStage>;
};

/** What a printing establishment prints (Decree 60/2014 art. 11–12). */
export type PrintingProduct =
  /** Anti-counterfeit stamps (tem chống giả). */
  | 'ANTI_COUNTERFEIT_STAMPS'
  /** Invoices and valued papers (hóa đơn, giấy tờ có giá). */
  | 'INVOICES_VALUED_PAPERS'
  /** Labels (nhãn hàng hóa). */
  | 'LABELS'
  /** Other products. */
  | 'OTHER'
  /** Packaging (bao bì). */
  | 'PACKAGING'
  /** Newspapers, magazines and publications (báo, tạp chí, xuất bản phẩm). */
  | 'PRESS'
  /** Forms and papers of state agencies (mẫu biểu, giấy tờ của cơ quan nhà nước). */
  | 'STATE_FORMS';

/** Stage of printing carried out. */
export type PrintingStage =
  /** Post-press finishing (gia công sau in). */
  | 'POSTPRESS'
  /** Prepress (chế bản). */
  | 'PREPRESS'
  /** Printing (in). */
  | 'PRESS';

/** Which legally required public list (Decree 72/2013 art. 35 as amended; continued under Decree 147/2024). */
export type PublicListKind =
  /** Points whose certificate was in force on the date (ACTIVE or SUSPENDED, shown as it is): danh sách điểm được cấp giấy chứng nhận. */
  | 'LICENSED'
  /** Points whose certificate was revoked on or before the date: danh sách điểm bị thu hồi giấy chứng nhận. */
  | 'REVOKED';

/** A branch or outlet in the province. */
export type PublisherBranchInput = {
  /** Its address, as text. */
  address: string;
  /** Name of the branch or outlet. */
  name: string;
};

/** Attributes of a publisher or publication distributor. */
export type PublisherDetailsInput = {
  /** Branches or outlets in the province. */
  branches: Array<PublisherBranchInput>;
  /** Role in publishing. */
  role: PublisherRole;
};

/** Role in publishing (Publishing Law 2012). */
export type PublisherRole =
  /** Publication distributor (cơ sở phát hành xuất bản phẩm). */
  | 'DISTRIBUTOR'
  /** Agency or organisation publishing non-business documents (xuất bản tài liệu không kinh doanh). */
  | 'NON_BUSINESS_PUBLISHER'
  /** Publishing house or its branch (nhà xuất bản). */
  | 'PUBLISHING_HOUSE';

/** Attributes of a radio-frequency user. */
export type RadioFrequencyUserDetailsInput = {
  /** Frequency assignments. */
  assignments: Array<FrequencyAssignmentInput>;
};

/** Registration of a GameServicePoint. */
export type RegisterGameServicePointInput = {
  /** Address of the establishment, in the registry’s province. */
  address: AddressInput;
  /** Business contact. */
  contact?: ContactInput | null | undefined;
  /** The kind’s own attributes. */
  details: GameServicePointDetailsInput;
  /** Legal form of the holder. */
  legalForm: LegalForm;
  /** Location on the map. */
  location?: GeoPointInput | null | undefined;
  /** Name as registered, with diacritics. */
  name: string;
  /** Internal notes (never published). */
  notes?: string | null | undefined;
  /** Legal representative, owner or head. */
  representative?: RepresentativeInput | null | undefined;
  /** Enterprise/tax code: 10 digits, or 13 (10-3) for a branch. */
  taxCode?: string | null | undefined;
};

/** Registration of a InformationProvider. */
export type RegisterInformationProviderInput = {
  /** Address of the establishment, in the registry’s province. */
  address: AddressInput;
  /** Business contact. */
  contact?: ContactInput | null | undefined;
  /** The kind’s own attributes. */
  details: InformationProviderDetailsInput;
  /** Legal form of the holder. */
  legalForm: LegalForm;
  /** Location on the map. */
  location?: GeoPointInput | null | undefined;
  /** Name as registered, with diacritics. */
  name: string;
  /** Internal notes (never published). */
  notes?: string | null | undefined;
  /** Legal representative, owner or head. */
  representative?: RepresentativeInput | null | undefined;
  /** Enterprise/tax code: 10 digits, or 13 (10-3) for a branch. */
  taxCode?: string | null | undefined;
};

/** Registration of a InternetAccessPoint. */
export type RegisterInternetAccessPointInput = {
  /** Address of the establishment, in the registry’s province. */
  address: AddressInput;
  /** Business contact. */
  contact?: ContactInput | null | undefined;
  /** The kind’s own attributes. */
  details: InternetAccessPointDetailsInput;
  /** Legal form of the holder. */
  legalForm: LegalForm;
  /** Location on the map. */
  location?: GeoPointInput | null | undefined;
  /** Name as registered, with diacritics. */
  name: string;
  /** Internal notes (never published). */
  notes?: string | null | undefined;
  /** Legal representative, owner or head. */
  representative?: RepresentativeInput | null | undefined;
  /** Enterprise/tax code: 10 digits, or 13 (10-3) for a branch. */
  taxCode?: string | null | undefined;
};

/** Registration of a ItEnterprise. */
export type RegisterItEnterpriseInput = {
  /** Address of the establishment, in the registry’s province. */
  address: AddressInput;
  /** Business contact. */
  contact?: ContactInput | null | undefined;
  /** The kind’s own attributes. */
  details: ItEnterpriseDetailsInput;
  /** Legal form of the holder. */
  legalForm: LegalForm;
  /** Location on the map. */
  location?: GeoPointInput | null | undefined;
  /** Name as registered, with diacritics. */
  name: string;
  /** Internal notes (never published). */
  notes?: string | null | undefined;
  /** Legal representative, owner or head. */
  representative?: RepresentativeInput | null | undefined;
  /** Enterprise/tax code: 10 digits, or 13 (10-3) for a branch. */
  taxCode?: string | null | undefined;
};

/** Registration of a PostalEnterprise. */
export type RegisterPostalEnterpriseInput = {
  /** Address of the establishment, in the registry’s province. */
  address: AddressInput;
  /** Business contact. */
  contact?: ContactInput | null | undefined;
  /** The kind’s own attributes. */
  details: PostalEnterpriseDetailsInput;
  /** Legal form of the holder. */
  legalForm: LegalForm;
  /** Location on the map. */
  location?: GeoPointInput | null | undefined;
  /** Name as registered, with diacritics. */
  name: string;
  /** Internal notes (never published). */
  notes?: string | null | undefined;
  /** Legal representative, owner or head. */
  representative?: RepresentativeInput | null | undefined;
  /** Enterprise/tax code: 10 digits, or 13 (10-3) for a branch. */
  taxCode?: string | null | undefined;
};

/** Registration of a PrintingEstablishment. */
export type RegisterPrintingEstablishmentInput = {
  /** Address of the establishment, in the registry’s province. */
  address: AddressInput;
  /** Business contact. */
  contact?: ContactInput | null | undefined;
  /** The kind’s own attributes. */
  details: PrintingEstablishmentDetailsInput;
  /** Legal form of the holder. */
  legalForm: LegalForm;
  /** Location on the map. */
  location?: GeoPointInput | null | undefined;
  /** Name as registered, with diacritics. */
  name: string;
  /** Internal notes (never published). */
  notes?: string | null | undefined;
  /** Legal representative, owner or head. */
  representative?: RepresentativeInput | null | undefined;
  /** Enterprise/tax code: 10 digits, or 13 (10-3) for a branch. */
  taxCode?: string | null | undefined;
};

/** Registration of a Publisher. */
export type RegisterPublisherInput = {
  /** Address of the establishment, in the registry’s province. */
  address: AddressInput;
  /** Business contact. */
  contact?: ContactInput | null | undefined;
  /** The kind’s own attributes. */
  details: PublisherDetailsInput;
  /** Legal form of the holder. */
  legalForm: LegalForm;
  /** Location on the map. */
  location?: GeoPointInput | null | undefined;
  /** Name as registered, with diacritics. */
  name: string;
  /** Internal notes (never published). */
  notes?: string | null | undefined;
  /** Legal representative, owner or head. */
  representative?: RepresentativeInput | null | undefined;
  /** Enterprise/tax code: 10 digits, or 13 (10-3) for a branch. */
  taxCode?: string | null | undefined;
};

/** Registration of a RadioFrequencyUser. */
export type RegisterRadioFrequencyUserInput = {
  /** Address of the establishment, in the registry’s province. */
  address: AddressInput;
  /** Business contact. */
  contact?: ContactInput | null | undefined;
  /** The kind’s own attributes. */
  details: RadioFrequencyUserDetailsInput;
  /** Legal form of the holder. */
  legalForm: LegalForm;
  /** Location on the map. */
  location?: GeoPointInput | null | undefined;
  /** Name as registered, with diacritics. */
  name: string;
  /** Internal notes (never published). */
  notes?: string | null | undefined;
  /** Legal representative, owner or head. */
  representative?: RepresentativeInput | null | undefined;
  /** Enterprise/tax code: 10 digits, or 13 (10-3) for a branch. */
  taxCode?: string | null | undefined;
};

/** Registration of a TelecomOperator. */
export type RegisterTelecomOperatorInput = {
  /** Address of the establishment, in the registry’s province. */
  address: AddressInput;
  /** Business contact. */
  contact?: ContactInput | null | undefined;
  /** The kind’s own attributes. */
  details: TelecomOperatorDetailsInput;
  /** Legal form of the holder. */
  legalForm: LegalForm;
  /** Location on the map. */
  location?: GeoPointInput | null | undefined;
  /** Name as registered, with diacritics. */
  name: string;
  /** Internal notes (never published). */
  notes?: string | null | undefined;
  /** Legal representative, owner or head. */
  representative?: RepresentativeInput | null | undefined;
  /** Enterprise/tax code: 10 digits, or 13 (10-3) for a branch. */
  taxCode?: string | null | undefined;
};

/** Reissue (cấp lại) after loss or damage: same licence, same term. */
export type ReissueLicenseInput = {
  /** The decision. */
  decision: DecisionInput;
  /** Date the step takes effect: not before the licence’s last event, not later than a year from today. */
  effectiveOn: string;
  /** The licence. */
  licenseId: string | number;
  /** New document number, if one was given. */
  newNumber?: string | null | undefined;
  /** Reason given in the decision. */
  reason?: string | null | undefined;
  /** The licence version you read; a stale one is refused with CONFLICT (two clerks cannot both record a step). */
  version: number;
};

/** Renewal (gia hạn): decided on or before the current expiry. */
export type RenewLicenseInput = {
  /** The decision. */
  decision: DecisionInput;
  /** Date the step takes effect: not before the licence’s last event, not later than a year from today. */
  effectiveOn: string;
  /** The licence. */
  licenseId: string | number;
  /** New last day in force: after the current one, within the type’s rules. */
  newExpiresOn: string;
  /** Reason given in the decision. */
  reason?: string | null | undefined;
  /** The licence version you read; a stale one is refused with CONFLICT (two clerks cannot both record a step). */
  version: number;
};

/** The legal representative, owner or head. */
export type RepresentativeInput = {
  /** Personal data: citizen ID (12 digits) or old ID card (9 digits). */
  idNumber?: string | null | undefined;
  /** Full name, with diacritics. */
  name: string;
  /** Personal data: personal phone number. */
  phone?: string | null | undefined;
  /** Personal data: home address of an individual. */
  residenceAddress?: string | null | undefined;
  /** Title, e.g. Giám đốc. */
  title?: string | null | undefined;
};

/** Enterprise size by yearly revenue (Decree 80/2021, trade and services thresholds). */
export type RevenueBand =
  /** Above 300 billion VND. */
  | 'LARGE'
  /** Up to 300 billion VND. */
  | 'MEDIUM'
  /** Up to 10 billion VND. */
  | 'MICRO'
  /** Up to 100 billion VND. */
  | 'SMALL';

/** Revocation (thu hồi), on a ground of the type’s list. */
export type RevokeLicenseInput = {
  /** The decision. */
  decision: DecisionInput;
  /** Date the step takes effect: not before the licence’s last event, not later than a year from today. */
  effectiveOn: string;
  /** Ground code from `licenseTypes { revocationGrounds }`. */
  groundCode: string;
  /** Details of the ground. */
  groundText?: string | null | undefined;
  /** The licence. */
  licenseId: string | number;
  /** Reason given in the decision. */
  reason?: string | null | undefined;
  /** The licence version you read; a stale one is refused with CONFLICT (two clerks cannot both record a step). */
  version: number;
};

/** What a caller may do. Sent as an API key (Authorization: Bearer); no key is the PUBLIC role. */
export type Role =
  /** Manages API keys. */
  | 'ADMIN'
  /** Department staff (Sở): reads and writes the whole provincial registry. */
  | 'DEPARTMENT_OFFICER'
  /** A local culture office: the district office (Phòng Văn hóa và Thông tin) until 30 Jun 2025, the commune culture–social division from 1 Jul 2025. Reads its own unit only; a commune office also records the steps of the game-point certificates its own commune People’s Committee decides (from 1 Jul 2025), and nothing else. */
  | 'LOCAL_OFFICER'
  /** A ministry or national system: reads everything, writes nothing (data sharing, sync, export). */
  | 'MINISTRY_SYSTEM'
  /** Anyone without a key: the published lists and reference data only. */
  | 'PUBLIC';

/** What every figure of `statistics` covers. */
export type StatisticsFilter = {
  /** Only entities (and holders of licences) of these kinds. */
  kinds?: Array<EntityKind> | null | undefined;
  /** Only licences of these types (licence figures). */
  licenseTypes?: Array<LicenseType> | null | undefined;
  /** One unit of the registry: the province (2 digits), a 2024 district (3 digits) or a 2025 commune (5 digits). A local office may name only its own unit; any other, or an unknown code, is NOT_FOUND. */
  unitCode?: string | null | undefined;
};

/** The period of a time series; the first and last periods are clipped to the dates asked for. */
export type StatisticsInterval =
  /** Calendar month. */
  | 'MONTH'
  /** ISO week, Monday to Sunday. */
  | 'WEEK'
  /** Calendar year. */
  | 'YEAR';

/** The administrative tier figures are grouped by. */
export type StatisticsUnitLevel =
  /** The commune of the current (2025) structure (cấp xã): the recorded one, or the one a 2024 ward went into whole (official ward mapping). */
  | 'COMMUNE'
  /** The district of the 2024 three-tier structure (cấp huyện; abolished 1 Jul 2025). */
  | 'DISTRICT'
  /** The province of the current (2025) structure. */
  | 'PROVINCE';

/** Suspension (đình chỉ). */
export type SuspendLicenseInput = {
  /** The decision. */
  decision: DecisionInput;
  /** Date the step takes effect: not before the licence’s last event, not later than a year from today. */
  effectiveOn: string;
  /** The licence. */
  licenseId: string | number;
  /** Reason given in the decision. */
  reason?: string | null | undefined;
  /** Last day of the suspension, when the decision sets one. */
  suspendedUntil?: string | null | undefined;
  /** The licence version you read; a stale one is refused with CONFLICT (two clerks cannot both record a step). */
  version: number;
};

/** Where the operator’s network or service reaches. */
export type TelecomNetworkScope =
  /** International. */
  | 'INTERNATIONAL'
  /** Nationwide. */
  | 'NATIONAL'
  /** Within one province. */
  | 'PROVINCIAL'
  /** Several provinces. */
  | 'REGIONAL';

/** Attributes of a telecommunications operator (Telecom Law 2023). */
export type TelecomOperatorDetailsInput = {
  /** Scope of the network or service. */
  networkScope: TelecomNetworkScope;
  /** Services provided, e.g. "Internet cố định", "Truyền hình trả tiền". */
  services: Array<string>;
  /** Uses telecom numbering resources (kho số). */
  usesNumbering: boolean;
  /** Uses radio spectrum. */
  usesSpectrum: boolean;
  /** Whether the operator has its own network infrastructure (có hạ tầng mạng). */
  withInfrastructure: boolean;
};

/** How an old (2024) unit went into a new (2025) one. */
export type UnitMappingKind =
  /** The whole old unit became part of the new unit. */
  | 'FULL'
  /** Only part of the old unit went to the new unit; an address there cannot be placed without more detail. */
  | 'PARTIAL';

/** Why a bucket grouped by unit has no unit: entities that cannot be placed at that level, counted here, never dropped. */
export type UnmappedUnit =
  /** Recorded with 2025 codes, after districts were abolished: no 2024 district. */
  | 'RECORDED_IN_2025'
  /** Recorded with a 2024 ward that was split between several 2025 communes: not mappable to one commune. */
  | 'SPLIT_2024_WARD';

/** Changes to an entity. Omitted fields stay as they are; null clears an optional field. Give the kind’s own attributes in the field named after the kind (replaced whole). */
export type UpdateEntityInput = {
  /** New address (replaced whole). */
  address?: AddressInput | null | undefined;
  /** New contact (replaced whole). */
  contact?: ContactInput | null | undefined;
  /** New attributes of a game service point. */
  gameServicePoint?: GameServicePointDetailsInput | null | undefined;
  /** The entity. */
  id: string | number;
  /** New attributes of an information provider. */
  informationProvider?: InformationProviderDetailsInput | null | undefined;
  /** New attributes of an Internet access point. */
  internetAccessPoint?: InternetAccessPointDetailsInput | null | undefined;
  /** New attributes of an IT enterprise. */
  itEnterprise?: ItEnterpriseDetailsInput | null | undefined;
  /** New legal form. */
  legalForm?: LegalForm | null | undefined;
  /** New location. */
  location?: GeoPointInput | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New notes. */
  notes?: string | null | undefined;
  /** New attributes of a postal enterprise. */
  postalEnterprise?: PostalEnterpriseDetailsInput | null | undefined;
  /** New attributes of a printing establishment. */
  printingEstablishment?: PrintingEstablishmentDetailsInput | null | undefined;
  /** New attributes of a publisher. */
  publisher?: PublisherDetailsInput | null | undefined;
  /** New attributes of a radio-frequency user. */
  radioFrequencyUser?: RadioFrequencyUserDetailsInput | null | undefined;
  /** New representative (replaced whole). */
  representative?: RepresentativeInput | null | undefined;
  /** New enterprise/tax code. */
  taxCode?: string | null | undefined;
  /** New attributes of a telecom operator. */
  telecomOperator?: TelecomOperatorDetailsInput | null | undefined;
  /** The version you read; a stale version is refused with CONFLICT. */
  version: number;
};

export type JurisdictionListQueryVariables = Exact<{ [key: string]: never; }>;


export type JurisdictionListQuery = { entities: { totalCount: number, edges: Array<{ node:
        | { id: string, name: string, address: { ward: { code: string }, district: { code: string } | null, currentCommune: { code: string } | null, province: { code: string } }, representative: { name: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
        | { id: string, name: string, address: { ward: { code: string }, district: { code: string } | null, currentCommune: { code: string } | null, province: { code: string } }, representative: { name: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
        | { id: string, name: string, address: { ward: { code: string }, district: { code: string } | null, currentCommune: { code: string } | null, province: { code: string } }, representative: { name: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
        | { id: string, name: string, address: { ward: { code: string }, district: { code: string } | null, currentCommune: { code: string } | null, province: { code: string } }, representative: { name: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
        | { id: string, name: string, address: { ward: { code: string }, district: { code: string } | null, currentCommune: { code: string } | null, province: { code: string } }, representative: { name: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
        | { id: string, name: string, address: { ward: { code: string }, district: { code: string } | null, currentCommune: { code: string } | null, province: { code: string } }, representative: { name: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
        | { id: string, name: string, address: { ward: { code: string }, district: { code: string } | null, currentCommune: { code: string } | null, province: { code: string } }, representative: { name: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
        | { id: string, name: string, address: { ward: { code: string }, district: { code: string } | null, currentCommune: { code: string } | null, province: { code: string } }, representative: { name: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
        | { id: string, name: string, address: { ward: { code: string }, district: { code: string } | null, currentCommune: { code: string } | null, province: { code: string } }, representative: { name: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
       }> } };

export type JurisdictionNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type JurisdictionNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { name: string, registryCode: string, id: string }
    | { name: string, registryCode: string, id: string }
    | { name: string, registryCode: string, id: string }
    | { name: string, registryCode: string, id: string }
    | { id: string }
    | { name: string, registryCode: string, id: string }
    | { name: string, registryCode: string, id: string }
    | { name: string, registryCode: string, id: string }
    | { name: string, registryCode: string, id: string }
    | { name: string, registryCode: string, id: string }
   | null };

export type JurisdictionNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type JurisdictionNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { name: string, id: string }
    | { name: string, id: string }
    | { name: string, id: string }
    | { id: string }
    | { name: string, id: string }
    | { name: string, id: string }
    | { name: string, id: string }
    | { name: string, id: string }
    | { name: string, id: string }
   | null> };

export type AccessEntityCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessEntityCountQuery = { entities: { totalCount: number } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string } } };

export type JurisdictionFilteredListQueryVariables = Exact<{
  f?: EntityFilter | null | undefined;
}>;


export type JurisdictionFilteredListQuery = { entities: { totalCount: number, edges: Array<{ node:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       }> } };

export type RepresentativeByRoleQueryVariables = Exact<{
  id: string | number;
}>;


export type RepresentativeByRoleQuery = { node:
    | { representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
    | { representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
    | { representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
    | { representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
    | { representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
    | { representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
    | { representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
    | { representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
    | { representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null }
    | Record<PropertyKey, never>
   | null };

export type PublicReadsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicReadsQuery = { viewer: { role: Role, label: string | null, jurisdiction: { code: string } | null }, administrativeUnits: Array<{ code: string }>, authorities: Array<{ code: string }> };

export type UpdateEntityByRoleMutationVariables = Exact<{
  input: UpdateEntityInput;
}>;


export type UpdateEntityByRoleMutation = { updateEntity: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type DeregisterEntityByRoleMutationVariables = Exact<{
  input: DeregisterEntityInput;
}>;


export type DeregisterEntityByRoleMutation = { deregisterEntity: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type CreateApiKeyByRoleMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyByRoleMutation = { createApiKey: { secret: string } };

export type ApiKeyIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyIdsQuery = { apiKeys: Array<{ id: string }> };

export type ApiKeyRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyRolesQuery = { apiKeys: Array<{ role: Role, unitCode: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, label: string, role: Role, unitCode: string | null, secretPrefix: string, expiresOn: string | null, revokedAt: string | null } } };

export type AccessViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewerQuery = { viewer: { role: Role, label: string | null, jurisdiction: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } };

export type ApiKeyPrefixesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyPrefixesQuery = { apiKeys: Array<{ id: string, secretPrefix: string, revokedAt: string | null }> };

export type RevokeApiKeyReadBackMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyReadBackMutation = { revokeApiKey: { apiKey: { id: string, revokedAt: string | null } } };

export type UnitsOfLevelQueryVariables = Exact<{
  s: AdministrativeStructure;
  l?: AdministrativeUnitLevel | null | undefined;
}>;


export type UnitsOfLevelQuery = { administrativeUnits: Array<{ code: string }> };

export type CurrentProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentProvincesQuery = { administrativeUnits: Array<{ code: string, structure: AdministrativeStructure, level: AdministrativeUnitLevel }> };

export type BinhPhuocDistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type BinhPhuocDistrictsQuery = { administrativeUnits: Array<{ code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure, parent: { code: string, fullName: string } | null, children: Array<{ code: string, level: AdministrativeUnitLevel, parent: { code: string } | null }> }> };

export type WardAndSuccessorQueryVariables = Exact<{
  id: string | number;
}>;


export type WardAndSuccessorQuery = { node:
    | { code: string, name: string, fullName: string, nameEn: string, type: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure, id: string, parent: { code: string, fullName: string, parent: { code: string, fullName: string, successors: Array<{ kind: UnitMappingKind, unit: { code: string, fullName: string, structure: AdministrativeStructure } }> } | null } | null, province: { code: string }, successors: Array<{ kind: UnitMappingKind, unit: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure, province: { code: string, fullName: string } } }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type UnitSuccessorsQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitSuccessorsQuery = { node:
    | { successors: Array<{ kind: UnitMappingKind, unit: { code: string } }> }
    | Record<PropertyKey, never>
   | null };

export type DistrictAndCommuneQueryVariables = Exact<{
  district: string | number;
  commune: string | number;
}>;


export type DistrictAndCommuneQuery = { district:
    | { successors: Array<{ kind: UnitMappingKind }> }
    | Record<PropertyKey, never>
   | null, commune:
    | { structure: AdministrativeStructure, successors: Array<{ kind: UnitMappingKind }>, children: Array<{ code: string }>, parent: { code: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null }
    | Record<PropertyKey, never>
   | null, dongNai: Array<{ code: string }> };

export type DongXoaiWardsQueryVariables = Exact<{ [key: string]: never; }>;


export type DongXoaiWardsQuery = { administrativeUnits: Array<{ id: string, code: string, fullName: string }> };

export type UnitNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type UnitNodesQuery = { nodes: Array<
    | { code: string, structure: AdministrativeStructure, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type UnitNodeIdQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitNodeIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AuthoritiesFeb2025QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthoritiesFeb2025Query = { authorities: Array<{ code: string, level: AuthorityLevel }> };

export type AuthoritiesMar2025QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthoritiesMar2025Query = { authorities: Array<{ code: string }>, ministries: Array<{ code: string }> };

export type AuthoritiesAug2025QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthoritiesAug2025Query = { authorities: Array<{ code: string, name: string, level: AuthorityLevel, validFrom: string, validTo: string | null }> };

export type AllAuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AllAuthoritiesQuery = { authorities: Array<{ code: string }> };

export type AuthorityAndSuccessorsQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorityAndSuccessorsQuery = { node:
    | { id: string }
    | { code: string, name: string, level: AuthorityLevel, validFrom: string, validTo: string | null, id: string, unit: { code: string, fullName: string, structure: AdministrativeStructure } | null, successor: { code: string, name: string, validFrom: string, validTo: string | null, successor: { code: string, name: string, validFrom: string, validTo: string | null, successor: { code: string } | null } | null } | null }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type MinistrySuccessorQueryVariables = Exact<{
  id: string | number;
}>;


export type MinistrySuccessorQuery = { node:
    | { validTo: string | null, successor: { code: string, name: string } | null }
    | Record<PropertyKey, never>
   | null };

export type DistrictCommitteeQueryVariables = Exact<{
  id: string | number;
}>;


export type DistrictCommitteeQuery = { node:
    | { name: string, level: AuthorityLevel, validTo: string | null, unit: { code: string } | null }
    | Record<PropertyKey, never>
   | null };

export type AuthoritiesOnQueryVariables = Exact<{
  d?: string | null | undefined;
}>;


export type AuthoritiesOnQuery = { authorities: Array<{ code: string }> };

export type CliKeyViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CliKeyViewerQuery = { viewer: { role: Role, label: string | null, jurisdiction: { code: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } };

export type CliKeyEntityCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CliKeyEntityCountQuery = { entities: { totalCount: number } };

export type EntityAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityAuditLogQuery = { auditLog: { edges: Array<{ node: { operation: string, before: unknown, after: unknown } }> } };

export type DemoLicenceCountQueryVariables = Exact<{
  s?: Array<LicenseStatus> | LicenseStatus | null | undefined;
}>;


export type DemoLicenceCountQuery = { licenses: { totalCount: number } };

export type DemoEntityCountQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
}>;


export type DemoEntityCountQuery = { entities: { totalCount: number } };

export type DemoNewestStructuresQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoNewestStructuresQuery = { entities: { edges: Array<{ node:
        | { address: { structure: AdministrativeStructure } }
        | { address: { structure: AdministrativeStructure } }
        | { address: { structure: AdministrativeStructure } }
        | { address: { structure: AdministrativeStructure } }
        | { address: { structure: AdministrativeStructure } }
        | { address: { structure: AdministrativeStructure } }
        | { address: { structure: AdministrativeStructure } }
        | { address: { structure: AdministrativeStructure } }
        | { address: { structure: AdministrativeStructure } }
       }> } };

export type DemoRegisterPrintingEstablishmentMutationVariables = Exact<{
  input: RegisterPrintingEstablishmentInput;
}>;


export type DemoRegisterPrintingEstablishmentMutation = { registered: { entity:
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
     } };

export type DemoRegisterPublisherMutationVariables = Exact<{
  input: RegisterPublisherInput;
}>;


export type DemoRegisterPublisherMutation = { registered: { entity:
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
     } };

export type DemoRegisterPostalEnterpriseMutationVariables = Exact<{
  input: RegisterPostalEnterpriseInput;
}>;


export type DemoRegisterPostalEnterpriseMutation = { registered: { entity:
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
     } };

export type DemoRegisterTelecomOperatorMutationVariables = Exact<{
  input: RegisterTelecomOperatorInput;
}>;


export type DemoRegisterTelecomOperatorMutation = { registered: { entity:
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
     } };

export type DemoRegisterGameServicePointMutationVariables = Exact<{
  input: RegisterGameServicePointInput;
}>;


export type DemoRegisterGameServicePointMutation = { registered: { entity:
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
     } };

export type DemoRegisterInternetAccessPointMutationVariables = Exact<{
  input: RegisterInternetAccessPointInput;
}>;


export type DemoRegisterInternetAccessPointMutation = { registered: { entity:
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
     } };

export type DemoRegisterItEnterpriseMutationVariables = Exact<{
  input: RegisterItEnterpriseInput;
}>;


export type DemoRegisterItEnterpriseMutation = { registered: { entity:
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
     } };

export type DemoRegisterRadioFrequencyUserMutationVariables = Exact<{
  input: RegisterRadioFrequencyUserInput;
}>;


export type DemoRegisterRadioFrequencyUserMutation = { registered: { entity:
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
     } };

export type DemoRegisterInformationProviderMutationVariables = Exact<{
  input: RegisterInformationProviderInput;
}>;


export type DemoRegisterInformationProviderMutation = { registered: { entity:
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
     } };

export type EntityNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityNodeQuery = { node:
    | { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | Record<PropertyKey, never>
   | null };

export type UpdateEntityMutationVariables = Exact<{
  input: UpdateEntityInput;
}>;


export type UpdateEntityMutation = { updateEntity: { entity:
      | { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
     } };

export type DeregisterEntityMutationVariables = Exact<{
  input: DeregisterEntityInput;
}>;


export type DeregisterEntityMutation = { deregisterEntity: { entity:
      | { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
     } };

export type EntityListQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
}>;


export type EntityListQuery = { entities: { totalCount: number, edges: Array<{ node:
        | { id: string, registryCode: string, name: string, status: EntityStatus }
        | { id: string, registryCode: string, name: string, status: EntityStatus }
        | { id: string, registryCode: string, name: string, status: EntityStatus }
        | { id: string, registryCode: string, name: string, status: EntityStatus }
        | { id: string, registryCode: string, name: string, status: EntityStatus }
        | { id: string, registryCode: string, name: string, status: EntityStatus }
        | { id: string, registryCode: string, name: string, status: EntityStatus }
        | { id: string, registryCode: string, name: string, status: EntityStatus }
        | { id: string, registryCode: string, name: string, status: EntityStatus }
       }> } };

export type RegisterPostalEnterpriseForAuditMutationVariables = Exact<{
  input: RegisterPostalEnterpriseInput;
}>;


export type RegisterPostalEnterpriseForAuditMutation = { registerPostalEnterprise: { entity:
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
     } };

export type EntityNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type EntityNodesQuery = { nodes: Array<
    | { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
    | Record<PropertyKey, never>
   | null> };

export type FederationRegisterGamePointMutationVariables = Exact<{
  input: RegisterGameServicePointInput;
}>;


export type FederationRegisterGamePointMutation = { registerGameServicePoint: { entity:
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
      | { registryCode: string }
     } };

export type FederationGamePointTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type FederationGamePointTotalQuery = { entities: { totalCount: number } };

type EntityFields_GameServicePoint_Fragment = { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } };

type EntityFields_InformationProvider_Fragment = { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } };

type EntityFields_InternetAccessPoint_Fragment = { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } };

type EntityFields_ItEnterprise_Fragment = { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } };

type EntityFields_PostalEnterprise_Fragment = { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } };

type EntityFields_PrintingEstablishment_Fragment = { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } };

type EntityFields_Publisher_Fragment = { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } };

type EntityFields_RadioFrequencyUser_Fragment = { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } };

type EntityFields_TelecomOperator_Fragment = { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } };

export type EntityFieldsFragment =
  | EntityFields_GameServicePoint_Fragment
  | EntityFields_InformationProvider_Fragment
  | EntityFields_InternetAccessPoint_Fragment
  | EntityFields_ItEnterprise_Fragment
  | EntityFields_PostalEnterprise_Fragment
  | EntityFields_PrintingEstablishment_Fragment
  | EntityFields_Publisher_Fragment
  | EntityFields_RadioFrequencyUser_Fragment
  | EntityFields_TelecomOperator_Fragment
;

export type RegisterPrintingEstablishmentMutationVariables = Exact<{
  input: RegisterPrintingEstablishmentInput;
}>;


export type RegisterPrintingEstablishmentMutation = { registerPrintingEstablishment: { entity:
      | { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
     } };

export type RegisterPublisherMutationVariables = Exact<{
  input: RegisterPublisherInput;
}>;


export type RegisterPublisherMutation = { registerPublisher: { entity:
      | { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
     } };

export type RegisterPostalEnterpriseMutationVariables = Exact<{
  input: RegisterPostalEnterpriseInput;
}>;


export type RegisterPostalEnterpriseMutation = { registerPostalEnterprise: { entity:
      | { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
     } };

export type RegisterTelecomOperatorMutationVariables = Exact<{
  input: RegisterTelecomOperatorInput;
}>;


export type RegisterTelecomOperatorMutation = { registerTelecomOperator: { entity:
      | { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
     } };

export type RegisterGameServicePointMutationVariables = Exact<{
  input: RegisterGameServicePointInput;
}>;


export type RegisterGameServicePointMutation = { registerGameServicePoint: { entity:
      | { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
     } };

export type RegisterInternetAccessPointMutationVariables = Exact<{
  input: RegisterInternetAccessPointInput;
}>;


export type RegisterInternetAccessPointMutation = { registerInternetAccessPoint: { entity:
      | { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
     } };

export type RegisterItEnterpriseMutationVariables = Exact<{
  input: RegisterItEnterpriseInput;
}>;


export type RegisterItEnterpriseMutation = { registerItEnterprise: { entity:
      | { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
     } };

export type RegisterRadioFrequencyUserMutationVariables = Exact<{
  input: RegisterRadioFrequencyUserInput;
}>;


export type RegisterRadioFrequencyUserMutation = { registerRadioFrequencyUser: { entity:
      | { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
     } };

export type RegisterInformationProviderMutationVariables = Exact<{
  input: RegisterInformationProviderInput;
}>;


export type RegisterInformationProviderMutation = { registerInformationProvider: { entity:
      | { __typename: 'GameServicePoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { machineCount: number, floorAreaM2: number, openingHours: string | null, directManagerName: string | null, businessRegistrationNumber: string, businessRegistrationDate: string | null, ispAgentContract: { ispName: string, number: string, signedOn: string } | null }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InformationProvider', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { contentManagerName: string | null, websites: Array<{ name: string, domains: Array<string>, contentScope: string | null, serverLocation: string | null }>, newsletters: Array<{ name: string, format: NewsletterFormat, periodicity: string | null }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'InternetAccessPoint', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { accessPointType: InternetAccessPointType, ispName: string, agentContractNumber: string | null, agentContractDate: string | null, machineCount: number }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'ItEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { fields: Array<ItField>, employees: number, revenueBand: RevenueBand | null, foundedOn: string }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PostalEnterprise', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { serviceTypes: Array<PostalServiceType>, scope: PostalScope }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'PrintingEstablishment', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { products: Array<PrintingProduct>, stages: Array<PrintingStage>, headOfEstablishment: string, equipment: Array<{ name: string, model: string | null, quantity: number, isColorCopier: boolean }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'Publisher', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { role: PublisherRole, branches: Array<{ name: string, address: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'RadioFrequencyUser', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { assignments: Array<{ frequencyMHz: number | null, bandFromMHz: number | null, bandToMHz: number | null, emission: string | null, powerW: number, stationLocation: string, purpose: string }> }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
      | { __typename: 'TelecomOperator', id: string, kind: EntityKind, registryCode: string, name: string, legalForm: LegalForm, taxCode: string | null, status: EntityStatus, deregisteredOn: string | null, deregistrationReason: string | null, createdAt: string, updatedAt: string, version: number, notes: string | null, details: { services: Array<string>, withInfrastructure: boolean, networkScope: TelecomNetworkScope, usesNumbering: boolean, usesSpectrum: boolean }, representative: { name: string | null, title: string | null, idNumber: string | null, phone: string | null, residenceAddress: string | null } | null, contact: { phone: string | null, email: string | null, website: string | null }, location: { latitude: number, longitude: number } | null, address: { street: string, structure: AdministrativeStructure, fullText: string, ward: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, district: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null, province: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }, currentCommune: { code: string, name: string, fullName: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure } | null } }
     } };

export type LicenseFieldsFragment = { id: string, number: string, status: LicenseStatus, version: number, expiresOn: string | null, effectiveFrom: string, suspendedUntil: string | null, reapplyNotBefore: string | null, scope: string | null };

export type EventFieldsFragment = { type: LicenseEventType, sequence: number, effectiveOn: string, resultingStatus: LicenseStatus, suspendedUntil: string | null, reapplyNotBefore: string | null, changes: Record<string, unknown> | null, groundText: string | null, ground: { code: string, description: string } | null };

export type AmendLicenseMutationVariables = Exact<{
  i: AmendLicenseInput;
}>;


export type AmendLicenseMutation = { amendLicense: { license: { id: string, number: string, status: LicenseStatus, version: number, expiresOn: string | null, effectiveFrom: string, suspendedUntil: string | null, reapplyNotBefore: string | null, scope: string | null }, event: { type: LicenseEventType, sequence: number, effectiveOn: string, resultingStatus: LicenseStatus, suspendedUntil: string | null, reapplyNotBefore: string | null, changes: Record<string, unknown> | null, groundText: string | null, ground: { code: string, description: string } | null } } };

export type RenewLicenseMutationVariables = Exact<{
  i: RenewLicenseInput;
}>;


export type RenewLicenseMutation = { renewLicense: { license: { id: string, number: string, status: LicenseStatus, version: number, expiresOn: string | null, effectiveFrom: string, suspendedUntil: string | null, reapplyNotBefore: string | null, scope: string | null }, event: { type: LicenseEventType, sequence: number, effectiveOn: string, resultingStatus: LicenseStatus, suspendedUntil: string | null, reapplyNotBefore: string | null, changes: Record<string, unknown> | null, groundText: string | null, ground: { code: string, description: string } | null } } };

export type ReissueLicenseMutationVariables = Exact<{
  i: ReissueLicenseInput;
}>;


export type ReissueLicenseMutation = { reissueLicense: { license: { id: string, number: string, status: LicenseStatus, version: number, expiresOn: string | null, effectiveFrom: string, suspendedUntil: string | null, reapplyNotBefore: string | null, scope: string | null }, event: { type: LicenseEventType, sequence: number, effectiveOn: string, resultingStatus: LicenseStatus, suspendedUntil: string | null, reapplyNotBefore: string | null, changes: Record<string, unknown> | null, groundText: string | null, ground: { code: string, description: string } | null } } };

export type SuspendLicenseMutationVariables = Exact<{
  i: SuspendLicenseInput;
}>;


export type SuspendLicenseMutation = { suspendLicense: { license: { id: string, number: string, status: LicenseStatus, version: number, expiresOn: string | null, effectiveFrom: string, suspendedUntil: string | null, reapplyNotBefore: string | null, scope: string | null }, event: { type: LicenseEventType, sequence: number, effectiveOn: string, resultingStatus: LicenseStatus, suspendedUntil: string | null, reapplyNotBefore: string | null, changes: Record<string, unknown> | null, groundText: string | null, ground: { code: string, description: string } | null } } };

export type ReinstateLicenseMutationVariables = Exact<{
  i: LicenseStepInput;
}>;


export type ReinstateLicenseMutation = { reinstateLicense: { license: { id: string, number: string, status: LicenseStatus, version: number, expiresOn: string | null, effectiveFrom: string, suspendedUntil: string | null, reapplyNotBefore: string | null, scope: string | null }, event: { type: LicenseEventType, sequence: number, effectiveOn: string, resultingStatus: LicenseStatus, suspendedUntil: string | null, reapplyNotBefore: string | null, changes: Record<string, unknown> | null, groundText: string | null, ground: { code: string, description: string } | null } } };

export type RevokeLicenseMutationVariables = Exact<{
  i: RevokeLicenseInput;
}>;


export type RevokeLicenseMutation = { revokeLicense: { license: { id: string, number: string, status: LicenseStatus, version: number, expiresOn: string | null, effectiveFrom: string, suspendedUntil: string | null, reapplyNotBefore: string | null, scope: string | null }, event: { type: LicenseEventType, sequence: number, effectiveOn: string, resultingStatus: LicenseStatus, suspendedUntil: string | null, reapplyNotBefore: string | null, changes: Record<string, unknown> | null, groundText: string | null, ground: { code: string, description: string } | null } } };

export type SurrenderLicenseMutationVariables = Exact<{
  i: LicenseStepInput;
}>;


export type SurrenderLicenseMutation = { surrenderLicense: { license: { id: string, number: string, status: LicenseStatus, version: number, expiresOn: string | null, effectiveFrom: string, suspendedUntil: string | null, reapplyNotBefore: string | null, scope: string | null }, event: { type: LicenseEventType, sequence: number, effectiveOn: string, resultingStatus: LicenseStatus, suspendedUntil: string | null, reapplyNotBefore: string | null, changes: Record<string, unknown> | null, groundText: string | null, ground: { code: string, description: string } | null } } };

export type IssueLicenseMutationVariables = Exact<{
  i: IssueLicenseInput;
}>;


export type IssueLicenseMutation = { issueLicense: { license: { id: string, number: string, status: LicenseStatus, version: number, expiresOn: string | null, effectiveFrom: string, suspendedUntil: string | null, reapplyNotBefore: string | null, scope: string | null }, event: { type: LicenseEventType, sequence: number, effectiveOn: string, resultingStatus: LicenseStatus, suspendedUntil: string | null, reapplyNotBefore: string | null, changes: Record<string, unknown> | null, groundText: string | null, ground: { code: string, description: string } | null } } };

export type RegisterLicenceHolderMutationVariables = Exact<{
  input: RegisterGameServicePointInput;
}>;


export type RegisterLicenceHolderMutation = { registerGameServicePoint: { entity:
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
     } };

export type StatisticsAllQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
  entityGroupBy: Array<EntityCountDimension> | EntityCountDimension;
  unitLevel: StatisticsUnitLevel;
  entityStatuses?: Array<EntityStatus> | EntityStatus | null | undefined;
  asOf?: string | null | undefined;
  licenseGroupBy: Array<LicenseCountDimension> | LicenseCountDimension;
  licenseUnitLevel?: StatisticsUnitLevel | null | undefined;
}>;


export type StatisticsAllQuery = { statistics: { unitLevel: StatisticsUnitLevel, unitCode: string, unitName: string, entityCounts: Array<{ kind: EntityKind | null, status: EntityStatus | null, unitCode: string | null, unitName: string | null, unmapped: UnmappedUnit | null, count: number }>, licenseCounts: Array<{ kind: EntityKind | null, licenseType: LicenseType | null, status: LicenseStatus | null, unitCode: string | null, unmapped: UnmappedUnit | null, count: number }> } };

export type StatisticsStepsQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
  from: string;
  to: string;
  interval: StatisticsInterval;
  groupBy: Array<LicenseStepDimension> | LicenseStepDimension;
  unitLevel?: StatisticsUnitLevel | null | undefined;
}>;


export type StatisticsStepsQuery = { statistics: { licenseSteps: Array<{ period: string, periodStart: string, periodEnd: string, step: LicenseStep | null, groundCode: string | null, kind: EntityKind | null, licenseType: LicenseType | null, unitCode: string | null, unmapped: UnmappedUnit | null, count: number }> } };

export type StatisticsExpiringQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
  asOf?: string | null | undefined;
  withinDays: Array<number> | number;
  groupBy: Array<LicenseCountDimension> | LicenseCountDimension;
  unitLevel?: StatisticsUnitLevel | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  days: number;
}>;


export type StatisticsExpiringQuery = { statistics: { expiringLicenseCounts: Array<{ withinDays: number, until: string, kind: EntityKind | null, licenseType: LicenseType | null, unitCode: string | null, unmapped: UnmappedUnit | null, count: number }>, expiringLicenses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { expiresOn: string, daysLeft: number, status: LicenseStatus, license: { id: string, number: string, holder:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } } }> } } };

export type StatisticsGamePointListsQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
  asOf?: string | null | undefined;
  groupByUnit: boolean;
  unitLevel: StatisticsUnitLevel;
}>;


export type StatisticsGamePointListsQuery = { statistics: { unitCode: string, gamePointLists: Array<{ list: GamePointList, unitCode: string | null, unitName: string | null, unmapped: UnmappedUnit | null, count: number }> } };

export type FeedPageQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type FeedPageQuery = { changes: { checkpoint: string, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { objectId: string, kind: ChangeKind, committedAt: string, records: Array<{ file: ExportFile, record: Record<string, unknown> }>, licenseEvent: { id: string, type: LicenseEventType } | null } }> } };

export type NodeIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type LawCloserEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type LawCloserEventsQuery = { node:
    | { status: LicenseStatus, events: Array<{ type: LicenseEventType, holderUnit2024: string | null, authority: { code: string } }> }
    | Record<PropertyKey, never>
   | null };

export type LawCloserSearchQueryVariables = Exact<{
  filter: EntityFilter;
}>;


export type LawCloserSearchQuery = { entities: { totalCount: number, edges: Array<{ node:
        | { registryCode: string, kind: EntityKind, taxCode: string | null }
        | { registryCode: string, kind: EntityKind, taxCode: string | null }
        | { registryCode: string, kind: EntityKind, taxCode: string | null }
        | { registryCode: string, kind: EntityKind, taxCode: string | null }
        | { registryCode: string, kind: EntityKind, taxCode: string | null }
        | { registryCode: string, kind: EntityKind, taxCode: string | null }
        | { registryCode: string, kind: EntityKind, taxCode: string | null }
        | { registryCode: string, kind: EntityKind, taxCode: string | null }
        | { registryCode: string, kind: EntityKind, taxCode: string | null }
       }> } };

export type LawCloserUpdateEntityMutationVariables = Exact<{
  input: UpdateEntityInput;
}>;


export type LawCloserUpdateEntityMutation = { updateEntity: { entity:
      | { registryCode: string, taxCode: string | null, version: number }
      | { registryCode: string, taxCode: string | null, version: number }
      | { registryCode: string, taxCode: string | null, version: number }
      | { registryCode: string, taxCode: string | null, version: number }
      | { registryCode: string, taxCode: string | null, version: number }
      | { registryCode: string, taxCode: string | null, version: number }
      | { registryCode: string, taxCode: string | null, version: number }
      | { registryCode: string, taxCode: string | null, version: number }
      | { registryCode: string, taxCode: string | null, version: number }
     } };

export type RegisterPrinterMutationVariables = Exact<{
  input: RegisterPrintingEstablishmentInput;
}>;


export type RegisterPrinterMutation = { registerPrintingEstablishment: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type AuthorityFunctionsFeb2025QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorityFunctionsFeb2025Query = { authorities: Array<{ code: string, functions: Array<{ function: string, validFrom: string, validTo: string | null }> }> };

export type DeregisterHolderMutationVariables = Exact<{
  i: DeregisterEntityInput;
}>;


export type DeregisterHolderMutation = { deregisterEntity: { entity:
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
     } };

export type AuditOfRecordQueryVariables = Exact<{
  f?: AuditFilter | null | undefined;
}>;


export type AuditOfRecordQuery = { auditLog: { totalCount: number, edges: Array<{ node: { operation: string, recordType: string, recordId: string, actorRole: Role, before: unknown, after: unknown } }> } };

export type NestedPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NestedPageQuery = { entities: { edges: Array<{ node:
        | { name: string, address: { fullText: string, ward: { name: string } }, licenses: { totalCount: number, edges: Array<{ node: { number: string, status: LicenseStatus, statusOn: LicenseStatus, issuingAuthority: { name: string }, events: Array<{ type: LicenseEventType, authority: { name: string }, ground: { code: string } | null }> } }> }, currentLicense: { number: string } | null }
        | { name: string, address: { fullText: string, ward: { name: string } }, licenses: { totalCount: number, edges: Array<{ node: { number: string, status: LicenseStatus, statusOn: LicenseStatus, issuingAuthority: { name: string }, events: Array<{ type: LicenseEventType, authority: { name: string }, ground: { code: string } | null }> } }> }, currentLicense: { number: string } | null }
        | { name: string, address: { fullText: string, ward: { name: string } }, licenses: { totalCount: number, edges: Array<{ node: { number: string, status: LicenseStatus, statusOn: LicenseStatus, issuingAuthority: { name: string }, events: Array<{ type: LicenseEventType, authority: { name: string }, ground: { code: string } | null }> } }> }, currentLicense: { number: string } | null }
        | { name: string, address: { fullText: string, ward: { name: string } }, licenses: { totalCount: number, edges: Array<{ node: { number: string, status: LicenseStatus, statusOn: LicenseStatus, issuingAuthority: { name: string }, events: Array<{ type: LicenseEventType, authority: { name: string }, ground: { code: string } | null }> } }> }, currentLicense: { number: string } | null }
        | { name: string, address: { fullText: string, ward: { name: string } }, licenses: { totalCount: number, edges: Array<{ node: { number: string, status: LicenseStatus, statusOn: LicenseStatus, issuingAuthority: { name: string }, events: Array<{ type: LicenseEventType, authority: { name: string }, ground: { code: string } | null }> } }> }, currentLicense: { number: string } | null }
        | { name: string, address: { fullText: string, ward: { name: string } }, licenses: { totalCount: number, edges: Array<{ node: { number: string, status: LicenseStatus, statusOn: LicenseStatus, issuingAuthority: { name: string }, events: Array<{ type: LicenseEventType, authority: { name: string }, ground: { code: string } | null }> } }> }, currentLicense: { number: string } | null }
        | { name: string, address: { fullText: string, ward: { name: string } }, licenses: { totalCount: number, edges: Array<{ node: { number: string, status: LicenseStatus, statusOn: LicenseStatus, issuingAuthority: { name: string }, events: Array<{ type: LicenseEventType, authority: { name: string }, ground: { code: string } | null }> } }> }, currentLicense: { number: string } | null }
        | { name: string, address: { fullText: string, ward: { name: string } }, licenses: { totalCount: number, edges: Array<{ node: { number: string, status: LicenseStatus, statusOn: LicenseStatus, issuingAuthority: { name: string }, events: Array<{ type: LicenseEventType, authority: { name: string }, ground: { code: string } | null }> } }> }, currentLicense: { number: string } | null }
        | { name: string, address: { fullText: string, ward: { name: string } }, licenses: { totalCount: number, edges: Array<{ node: { number: string, status: LicenseStatus, statusOn: LicenseStatus, issuingAuthority: { name: string }, events: Array<{ type: LicenseEventType, authority: { name: string }, ground: { code: string } | null }> } }> }, currentLicense: { number: string } | null }
       }> } };

export type LicenceStatusOnQueryVariables = Exact<{
  id: string | number;
  date: string;
}>;


export type LicenceStatusOnQuery = { node:
    | { statusOn: LicenseStatus }
    | Record<PropertyKey, never>
   | null };

export type LicenceHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type LicenceHistoryQuery = { node:
    | { status: LicenseStatus, events: Array<{ type: LicenseEventType, effectiveOn: string }> }
    | Record<PropertyKey, never>
   | null };

export type LicenceCountQueryVariables = Exact<{
  f?: LicenseFilter | null | undefined;
}>;


export type LicenceCountQuery = { licenses: { totalCount: number } };

export type LicenceStatusAroundExpiryQueryVariables = Exact<{
  id: string | number;
  a: string;
  b: string;
  c: string;
}>;


export type LicenceStatusAroundExpiryQuery = { node:
    | { status: LicenseStatus, a: LicenseStatus, b: LicenseStatus, c: LicenseStatus }
    | Record<PropertyKey, never>
   | null };

export type LicencesWithHoldersQueryVariables = Exact<{ [key: string]: never; }>;


export type LicencesWithHoldersQuery = { licenses: { totalCount: number, edges: Array<{ node: { id: string, holder:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         } }> } };

export type LicenceNodeIdQueryVariables = Exact<{
  id: string | number;
}>;


export type LicenceNodeIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type LicenceNumberAndHolderQueryVariables = Exact<{
  id: string | number;
}>;


export type LicenceNumberAndHolderQuery = { node:
    | { number: string, holder:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }
    | Record<PropertyKey, never>
   | null };

export type GamePointsWithLicencesQueryVariables = Exact<{ [key: string]: never; }>;


export type GamePointsWithLicencesQuery = { entities: { totalCount: number, edges: Array<{ node:
        | { id: string, licenses: { totalCount: number }, currentLicense: { id: string } | null }
        | { id: string, licenses: { totalCount: number }, currentLicense: { id: string } | null }
        | { id: string, licenses: { totalCount: number }, currentLicense: { id: string } | null }
        | { id: string, licenses: { totalCount: number }, currentLicense: { id: string } | null }
        | { id: string, licenses: { totalCount: number }, currentLicense: { id: string } | null }
        | { id: string, licenses: { totalCount: number }, currentLicense: { id: string } | null }
        | { id: string, licenses: { totalCount: number }, currentLicense: { id: string } | null }
        | { id: string, licenses: { totalCount: number }, currentLicense: { id: string } | null }
        | { id: string, licenses: { totalCount: number }, currentLicense: { id: string } | null }
       }> } };

export type HolderLicenceCountQueryVariables = Exact<{
  id: string | number;
}>;


export type HolderLicenceCountQuery = { node:
    | { licenses: { totalCount: number } }
    | { licenses: { totalCount: number } }
    | { licenses: { totalCount: number } }
    | { licenses: { totalCount: number } }
    | { licenses: { totalCount: number } }
    | { licenses: { totalCount: number } }
    | { licenses: { totalCount: number } }
    | { licenses: { totalCount: number } }
    | { licenses: { totalCount: number } }
    | Record<PropertyKey, never>
   | null };

export type LicenceTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type LicenceTotalQuery = { licenses: { totalCount: number } };

export type HoldersOfRevokedGamePointCertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type HoldersOfRevokedGamePointCertificatesQuery = { entities: { totalCount: number, edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type HoldersOfRevokedPrintingLicencesQueryVariables = Exact<{ [key: string]: never; }>;


export type HoldersOfRevokedPrintingLicencesQuery = { entities: { totalCount: number } };

export type LicenceTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type LicenceTypesQuery = { licenseTypes: Array<{ type: LicenseType, nameVi: string, entityKinds: Array<EntityKind>, termKind: LicenseTermKind, maxTermMonths: number | null, onPublicList: boolean, legalBases: Array<{ code: string }>, competence: Array<{ authorityLevel: AuthorityLevel, authorityFunction: string, validFrom: string, validTo: string | null, unsure: boolean }>, revocationGrounds: Array<{ code: string, description: string, barsReapplicationMonths: number | null }> }> };

export type AllWards2024QueryVariables = Exact<{ [key: string]: never; }>;


export type AllWards2024Query = { administrativeUnits: Array<{ id: string, code: string, name: string, fullName: string, nameEn: string, type: string, level: AdministrativeUnitLevel, structure: AdministrativeStructure }> };

export type BinhPhuocDistrictCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type BinhPhuocDistrictCodesQuery = { administrativeUnits: Array<{ code: string }> };

export type BrowserPublicListQueryVariables = Exact<{
  list: PublicListKind;
  unitCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BrowserPublicListQuery = { publicGameServicePoints: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { name: string, certificateNumber: string } }> } };

export type PublicPointsQueryVariables = Exact<{
  list: PublicListKind;
  unitCode?: string | null | undefined;
  search?: string | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicPointsQuery = { publicGameServicePoints: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { name: string, ownerName: string | null, certificateNumber: string, issuingAuthority: string, issuedOn: string, expiresOn: string | null, status: LicenseStatus, address: { street: string, structure: AdministrativeStructure, wardCode: string, ward: string, district: string | null, province: string, fullText: string, currentCommuneCode: string | null, currentCommune: string | null, splitBetween: Array<string>, currentProvince: string | null }, revocation: { decisionNumber: string, decisionDate: string, effectiveOn: string, groundCode: string, ground: string } | null } }> } };

export type PublicRadioQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type PublicRadioQuery = { publicRevokedRadioLicenses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { holderName: string | null, licenseType: LicenseType, licenseNumber: string, issuingAuthority: string, issuedOn: string, expiresOn: string | null, address: { fullText: string, currentCommune: string | null } | null, revocation: { decisionNumber: string, decisionDate: string, effectiveOn: string, groundCode: string, ground: string } } }> } };

export type PublicRevokeMutationVariables = Exact<{
  i: RevokeLicenseInput;
}>;


export type PublicRevokeMutation = { revokeLicense: { license: { id: string, status: LicenseStatus } } };

export type ReadPathsByStatusQueryVariables = Exact<{
  statuses: Array<LicenseStatus> | LicenseStatus;
  on?: string | null | undefined;
}>;


export type ReadPathsByStatusQuery = { licenses: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ReadPathsStatusOnQueryVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type ReadPathsStatusOnQuery = { node:
    | { statusOn: LicenseStatus }
    | Record<PropertyKey, never>
   | null };

export type ReadPathsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadPathsNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { registryCode: string, name: string, id: string, address: { fullText: string } }
    | { registryCode: string, name: string, id: string, address: { fullText: string } }
    | { registryCode: string, name: string, id: string, address: { fullText: string } }
    | { registryCode: string, name: string, id: string, address: { fullText: string } }
    | { id: string }
    | { registryCode: string, name: string, id: string, address: { fullText: string } }
    | { registryCode: string, name: string, id: string, address: { fullText: string } }
    | { registryCode: string, name: string, id: string, address: { fullText: string } }
    | { registryCode: string, name: string, id: string, address: { fullText: string } }
    | { registryCode: string, name: string, id: string, address: { fullText: string } }
   | null };

export type ReadPathsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPathsViewerQuery = { viewer: { role: Role } };

export type ReadPathsListQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPathsListQuery = { entities: { totalCount: number, edges: Array<{ node:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       }> } };

export type SearchEntitiesQueryVariables = Exact<{
  search: string;
}>;


export type SearchEntitiesQuery = { entities: { totalCount: number, edges: Array<{ node:
        | { name: string, registryCode: string, taxCode: string | null }
        | { name: string, registryCode: string, taxCode: string | null }
        | { name: string, registryCode: string, taxCode: string | null }
        | { name: string, registryCode: string, taxCode: string | null }
        | { name: string, registryCode: string, taxCode: string | null }
        | { name: string, registryCode: string, taxCode: string | null }
        | { name: string, registryCode: string, taxCode: string | null }
        | { name: string, registryCode: string, taxCode: string | null }
        | { name: string, registryCode: string, taxCode: string | null }
       }> } };

export type EntityPageQueryVariables = Exact<{
  orderBy?: EntityOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type EntityPageQuery = { entities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { id: string, name: string, registryCode: string }
        | { id: string, name: string, registryCode: string }
        | { id: string, name: string, registryCode: string }
        | { id: string, name: string, registryCode: string }
        | { id: string, name: string, registryCode: string }
        | { id: string, name: string, registryCode: string }
        | { id: string, name: string, registryCode: string }
        | { id: string, name: string, registryCode: string }
        | { id: string, name: string, registryCode: string }
       }> } };

export type HanoiAuthoritiesQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type HanoiAuthoritiesQuery = { authorities: Array<{ code: string, level: AuthorityLevel, validTo: string | null }> };

export type HanoiEntitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type HanoiEntitiesQuery = { entities: { totalCount: number, edges: Array<{ node:
        | { registryCode: string, address: { province: { code: string } } }
        | { registryCode: string, address: { province: { code: string } } }
        | { registryCode: string, address: { province: { code: string } } }
        | { registryCode: string, address: { province: { code: string } } }
        | { registryCode: string, address: { province: { code: string } } }
        | { registryCode: string, address: { province: { code: string } } }
        | { registryCode: string, address: { province: { code: string } } }
        | { registryCode: string, address: { province: { code: string } } }
        | { registryCode: string, address: { province: { code: string } } }
       }> } };

export type HanoiRegisterGamePointMutationVariables = Exact<{
  input: RegisterGameServicePointInput;
}>;


export type HanoiRegisterGamePointMutation = { registerGameServicePoint: { entity:
      | { id: string, registryCode: string }
      | { id: string, registryCode: string }
      | { id: string, registryCode: string }
      | { id: string, registryCode: string }
      | { id: string, registryCode: string }
      | { id: string, registryCode: string }
      | { id: string, registryCode: string }
      | { id: string, registryCode: string }
      | { id: string, registryCode: string }
     } };

export type HanoiIssueMutationVariables = Exact<{
  i: IssueLicenseInput;
}>;


export type HanoiIssueMutation = { issueLicense: { license: { status: LicenseStatus, number: string } } };

export type DashboardFiguresQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
  asOf: string;
}>;


export type DashboardFiguresQuery = { statistics: { unitName: string, entityCounts: Array<{ kind: EntityKind | null, status: EntityStatus | null, count: number }>, licenseCounts: Array<{ status: LicenseStatus | null, count: number }>, expiringLicenseCounts: Array<{ withinDays: number, count: number }>, expiringLicenses: { edges: Array<{ node: { license: { number: string } } }> } } };

export type StatisticsMoveEntityMutationVariables = Exact<{
  input: UpdateEntityInput;
}>;


export type StatisticsMoveEntityMutation = { updateEntity: { entity:
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
     } };

export type StatisticsDeregisterMutationVariables = Exact<{
  input: DeregisterEntityInput;
}>;


export type StatisticsDeregisterMutation = { deregisterEntity: { entity:
      | { version: number }
      | { version: number }
      | { version: number }
      | { version: number }
      | { version: number }
      | { version: number }
      | { version: number }
      | { version: number }
      | { version: number }
     } };

export type StatisticsRegisterPostalMutationVariables = Exact<{
  input: RegisterPostalEnterpriseInput;
}>;


export type StatisticsRegisterPostalMutation = { registerPostalEnterprise: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type ScopeEntityTotalQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
}>;


export type ScopeEntityTotalQuery = { entities: { totalCount: number } };

export type ScopeLicenseTotalQueryVariables = Exact<{
  filter?: LicenseFilter | null | undefined;
}>;


export type ScopeLicenseTotalQuery = { licenses: { totalCount: number } };

export type MinistryGamePointsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MinistryGamePointsQuery = { entities: { edges: Array<{ node:
        | { id: string, name: string, representative: { name: string | null, idNumber: string | null, phone: string | null } | null, licenses: { edges: Array<{ node: { number: string, events: Array<{ type: LicenseEventType }> } }> } }
        | { id: string, name: string, representative: { name: string | null, idNumber: string | null, phone: string | null } | null, licenses: { edges: Array<{ node: { number: string, events: Array<{ type: LicenseEventType }> } }> } }
        | { id: string, name: string, representative: { name: string | null, idNumber: string | null, phone: string | null } | null, licenses: { edges: Array<{ node: { number: string, events: Array<{ type: LicenseEventType }> } }> } }
        | { id: string, name: string, representative: { name: string | null, idNumber: string | null, phone: string | null } | null, licenses: { edges: Array<{ node: { number: string, events: Array<{ type: LicenseEventType }> } }> } }
        | { id: string, name: string, representative: { name: string | null, idNumber: string | null, phone: string | null } | null, licenses: { edges: Array<{ node: { number: string, events: Array<{ type: LicenseEventType }> } }> } }
        | { id: string, name: string, representative: { name: string | null, idNumber: string | null, phone: string | null } | null, licenses: { edges: Array<{ node: { number: string, events: Array<{ type: LicenseEventType }> } }> } }
        | { id: string, name: string, representative: { name: string | null, idNumber: string | null, phone: string | null } | null, licenses: { edges: Array<{ node: { number: string, events: Array<{ type: LicenseEventType }> } }> } }
        | { id: string, name: string, representative: { name: string | null, idNumber: string | null, phone: string | null } | null, licenses: { edges: Array<{ node: { number: string, events: Array<{ type: LicenseEventType }> } }> } }
        | { id: string, name: string, representative: { name: string | null, idNumber: string | null, phone: string | null } | null, licenses: { edges: Array<{ node: { number: string, events: Array<{ type: LicenseEventType }> } }> } }
       }> } };

export type DataSharingAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type DataSharingAuditQuery = { auditLog: { edges: Array<{ node: { occurredAt: string, actorRole: Role, actorLabel: string | null, operation: string, recordType: string, recordId: string, filters: unknown, rowsReleased: number | null, legalBasis: string | null } }> } };

export type AuditNewMinistryKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AuditNewMinistryKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type AuditByKeyQueryVariables = Exact<{
  apiKeyId: string | number;
}>;


export type AuditByKeyQuery = { auditLog: { totalCount: number, edges: Array<{ node: { apiKeyId: string | null, actorLabel: string | null, operation: string, recordId: string } }> } };

export type ConcurrentUpdateMutationVariables = Exact<{
  input: UpdateEntityInput;
}>;


export type ConcurrentUpdateMutation = { updateEntity: { entity:
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
      | { id: string, version: number }
     } };

export type RegisterDuringExportMutationVariables = Exact<{
  input: RegisterPublisherInput;
}>;


export type RegisterDuringExportMutation = { registerPublisher: { entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type FeedUpdateEntityMutationVariables = Exact<{
  input: UpdateEntityInput;
}>;


export type FeedUpdateEntityMutation = { updateEntity: { entity:
      | { version: number }
      | { version: number }
      | { version: number }
      | { version: number }
      | { version: number }
      | { version: number }
      | { version: number }
      | { version: number }
      | { version: number }
     } };

export type FeedDeregisterMutationVariables = Exact<{
  input: DeregisterEntityInput;
}>;


export type FeedDeregisterMutation = { deregisterEntity: { entity:
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
      | { status: EntityStatus }
     } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EntityFieldsFragmentDoc = new TypedDocumentString(`
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}
    `, {"fragmentName":"EntityFields"}) as unknown as TypedDocumentString<EntityFieldsFragment, unknown>;
export const LicenseFieldsFragmentDoc = new TypedDocumentString(`
    fragment LicenseFields on License {
  id
  number
  status
  version
  expiresOn
  effectiveFrom
  suspendedUntil
  reapplyNotBefore
  scope
}
    `, {"fragmentName":"LicenseFields"}) as unknown as TypedDocumentString<LicenseFieldsFragment, unknown>;
export const EventFieldsFragmentDoc = new TypedDocumentString(`
    fragment EventFields on LicenseEvent {
  type
  sequence
  effectiveOn
  resultingStatus
  suspendedUntil
  reapplyNotBefore
  changes
  ground {
    code
    description
  }
  groundText
}
    `, {"fragmentName":"EventFields"}) as unknown as TypedDocumentString<EventFieldsFragment, unknown>;
export const JurisdictionListDocument = new TypedDocumentString(`
    query JurisdictionList {
  entities(first: 100) {
    totalCount
    edges {
      node {
        id
        name
        address {
          ward {
            code
          }
          district {
            code
          }
          currentCommune {
            code
          }
          province {
            code
          }
        }
        representative {
          name
          idNumber
          phone
          residenceAddress
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JurisdictionListQuery, JurisdictionListQueryVariables>;
export const JurisdictionNodeDocument = new TypedDocumentString(`
    query JurisdictionNode($id: ID!) {
  node(id: $id) {
    id
    ... on RegulatedEntity {
      name
      registryCode
    }
  }
}
    `) as unknown as TypedDocumentString<JurisdictionNodeQuery, JurisdictionNodeQueryVariables>;
export const JurisdictionNodesDocument = new TypedDocumentString(`
    query JurisdictionNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on RegulatedEntity {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<JurisdictionNodesQuery, JurisdictionNodesQueryVariables>;
export const AccessEntityCountDocument = new TypedDocumentString(`
    query AccessEntityCount {
  entities {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessEntityCountQuery, AccessEntityCountQueryVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const JurisdictionFilteredListDocument = new TypedDocumentString(`
    query JurisdictionFilteredList($f: EntityFilter) {
  entities(filter: $f) {
    totalCount
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JurisdictionFilteredListQuery, JurisdictionFilteredListQueryVariables>;
export const RepresentativeByRoleDocument = new TypedDocumentString(`
    query RepresentativeByRole($id: ID!) {
  node(id: $id) {
    ... on RegulatedEntity {
      representative {
        name
        title
        idNumber
        phone
        residenceAddress
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RepresentativeByRoleQuery, RepresentativeByRoleQueryVariables>;
export const PublicReadsDocument = new TypedDocumentString(`
    query PublicReads {
  viewer {
    role
    label
    jurisdiction {
      code
    }
  }
  administrativeUnits(structure: THREE_TIER_2024, parentCode: "70") {
    code
  }
  authorities(validOn: "2025-01-15", level: PROVINCIAL_DEPARTMENT) {
    code
  }
}
    `) as unknown as TypedDocumentString<PublicReadsQuery, PublicReadsQueryVariables>;
export const UpdateEntityByRoleDocument = new TypedDocumentString(`
    mutation UpdateEntityByRole($input: UpdateEntityInput!) {
  updateEntity(input: $input) {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateEntityByRoleMutation, UpdateEntityByRoleMutationVariables>;
export const DeregisterEntityByRoleDocument = new TypedDocumentString(`
    mutation DeregisterEntityByRole($input: DeregisterEntityInput!) {
  deregisterEntity(input: $input) {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeregisterEntityByRoleMutation, DeregisterEntityByRoleMutationVariables>;
export const CreateApiKeyByRoleDocument = new TypedDocumentString(`
    mutation CreateApiKeyByRole($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyByRoleMutation, CreateApiKeyByRoleMutationVariables>;
export const ApiKeyIdsDocument = new TypedDocumentString(`
    query ApiKeyIds {
  apiKeys {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiKeyIdsQuery, ApiKeyIdsQueryVariables>;
export const ApiKeyRolesDocument = new TypedDocumentString(`
    query ApiKeyRoles {
  apiKeys {
    role
    unitCode
  }
}
    `) as unknown as TypedDocumentString<ApiKeyRolesQuery, ApiKeyRolesQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      label
      role
      unitCode
      secretPrefix
      expiresOn
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const AccessViewerDocument = new TypedDocumentString(`
    query AccessViewer {
  viewer {
    role
    label
    jurisdiction {
      code
      name
      fullName
      level
      structure
    }
  }
}
    `) as unknown as TypedDocumentString<AccessViewerQuery, AccessViewerQueryVariables>;
export const ApiKeyPrefixesDocument = new TypedDocumentString(`
    query ApiKeyPrefixes {
  apiKeys {
    id
    secretPrefix
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiKeyPrefixesQuery, ApiKeyPrefixesQueryVariables>;
export const RevokeApiKeyReadBackDocument = new TypedDocumentString(`
    mutation RevokeApiKeyReadBack($id: ID!) {
  revokeApiKey(id: $id) {
    apiKey {
      id
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyReadBackMutation, RevokeApiKeyReadBackMutationVariables>;
export const UnitsOfLevelDocument = new TypedDocumentString(`
    query UnitsOfLevel($s: AdministrativeStructure!, $l: AdministrativeUnitLevel) {
  administrativeUnits(structure: $s, level: $l) {
    code
  }
}
    `) as unknown as TypedDocumentString<UnitsOfLevelQuery, UnitsOfLevelQueryVariables>;
export const CurrentProvincesDocument = new TypedDocumentString(`
    query CurrentProvinces {
  administrativeUnits {
    code
    structure
    level
  }
}
    `) as unknown as TypedDocumentString<CurrentProvincesQuery, CurrentProvincesQueryVariables>;
export const BinhPhuocDistrictsDocument = new TypedDocumentString(`
    query BinhPhuocDistricts {
  administrativeUnits(structure: THREE_TIER_2024, parentCode: "70") {
    code
    name
    fullName
    level
    structure
    parent {
      code
      fullName
    }
    children {
      code
      level
      parent {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BinhPhuocDistrictsQuery, BinhPhuocDistrictsQueryVariables>;
export const WardAndSuccessorDocument = new TypedDocumentString(`
    query WardAndSuccessor($id: ID!) {
  node(id: $id) {
    id
    ... on AdministrativeUnit {
      code
      name
      fullName
      nameEn
      type
      level
      structure
      parent {
        code
        fullName
        parent {
          code
          fullName
          successors {
            kind
            unit {
              code
              fullName
              structure
            }
          }
        }
      }
      province {
        code
      }
      successors {
        kind
        unit {
          code
          name
          fullName
          level
          structure
          province {
            code
            fullName
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WardAndSuccessorQuery, WardAndSuccessorQueryVariables>;
export const UnitSuccessorsDocument = new TypedDocumentString(`
    query UnitSuccessors($id: ID!) {
  node(id: $id) {
    ... on AdministrativeUnit {
      successors {
        kind
        unit {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitSuccessorsQuery, UnitSuccessorsQueryVariables>;
export const DistrictAndCommuneDocument = new TypedDocumentString(`
    query DistrictAndCommune($district: ID!, $commune: ID!) {
  district: node(id: $district) {
    ... on AdministrativeUnit {
      successors {
        kind
      }
    }
  }
  commune: node(id: $commune) {
    ... on AdministrativeUnit {
      structure
      successors {
        kind
      }
      children {
        code
      }
      parent {
        code
        level
        structure
      }
    }
  }
  dongNai: administrativeUnits(parentCode: "75") {
    code
  }
}
    `) as unknown as TypedDocumentString<DistrictAndCommuneQuery, DistrictAndCommuneQueryVariables>;
export const DongXoaiWardsDocument = new TypedDocumentString(`
    query DongXoaiWards {
  administrativeUnits(structure: THREE_TIER_2024, parentCode: "689") {
    id
    code
    fullName
  }
}
    `) as unknown as TypedDocumentString<DongXoaiWardsQuery, DongXoaiWardsQueryVariables>;
export const UnitNodesDocument = new TypedDocumentString(`
    query UnitNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on AdministrativeUnit {
      code
      structure
    }
  }
}
    `) as unknown as TypedDocumentString<UnitNodesQuery, UnitNodesQueryVariables>;
export const UnitNodeIdDocument = new TypedDocumentString(`
    query UnitNodeId($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnitNodeIdQuery, UnitNodeIdQueryVariables>;
export const AuthoritiesFeb2025Document = new TypedDocumentString(`
    query AuthoritiesFeb2025 {
  authorities(validOn: "2025-02-01") {
    code
    level
  }
}
    `) as unknown as TypedDocumentString<AuthoritiesFeb2025Query, AuthoritiesFeb2025QueryVariables>;
export const AuthoritiesMar2025Document = new TypedDocumentString(`
    query AuthoritiesMar2025 {
  authorities(validOn: "2025-03-01", level: PROVINCIAL_DEPARTMENT) {
    code
  }
  ministries: authorities(validOn: "2025-03-01", level: MINISTRY) {
    code
  }
}
    `) as unknown as TypedDocumentString<AuthoritiesMar2025Query, AuthoritiesMar2025QueryVariables>;
export const AuthoritiesAug2025Document = new TypedDocumentString(`
    query AuthoritiesAug2025 {
  authorities(validOn: "2025-08-01") {
    code
    name
    level
    validFrom
    validTo
  }
}
    `) as unknown as TypedDocumentString<AuthoritiesAug2025Query, AuthoritiesAug2025QueryVariables>;
export const AllAuthoritiesDocument = new TypedDocumentString(`
    query AllAuthorities {
  authorities {
    code
  }
}
    `) as unknown as TypedDocumentString<AllAuthoritiesQuery, AllAuthoritiesQueryVariables>;
export const AuthorityAndSuccessorsDocument = new TypedDocumentString(`
    query AuthorityAndSuccessors($id: ID!) {
  node(id: $id) {
    id
    ... on Authority {
      code
      name
      level
      validFrom
      validTo
      unit {
        code
        fullName
        structure
      }
      successor {
        code
        name
        validFrom
        validTo
        successor {
          code
          name
          validFrom
          validTo
          successor {
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorityAndSuccessorsQuery, AuthorityAndSuccessorsQueryVariables>;
export const MinistrySuccessorDocument = new TypedDocumentString(`
    query MinistrySuccessor($id: ID!) {
  node(id: $id) {
    ... on Authority {
      validTo
      successor {
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MinistrySuccessorQuery, MinistrySuccessorQueryVariables>;
export const DistrictCommitteeDocument = new TypedDocumentString(`
    query DistrictCommittee($id: ID!) {
  node(id: $id) {
    ... on Authority {
      name
      level
      validTo
      unit {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictCommitteeQuery, DistrictCommitteeQueryVariables>;
export const AuthoritiesOnDocument = new TypedDocumentString(`
    query AuthoritiesOn($d: LocalDate) {
  authorities(validOn: $d) {
    code
  }
}
    `) as unknown as TypedDocumentString<AuthoritiesOnQuery, AuthoritiesOnQueryVariables>;
export const CliKeyViewerDocument = new TypedDocumentString(`
    query CliKeyViewer {
  viewer {
    role
    label
    jurisdiction {
      code
      fullName
      level
      structure
    }
  }
}
    `) as unknown as TypedDocumentString<CliKeyViewerQuery, CliKeyViewerQueryVariables>;
export const CliKeyEntityCountDocument = new TypedDocumentString(`
    query CliKeyEntityCount {
  entities {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CliKeyEntityCountQuery, CliKeyEntityCountQueryVariables>;
export const EntityAuditLogDocument = new TypedDocumentString(`
    query EntityAuditLog {
  auditLog(filter: {recordType: "RegulatedEntity"}) {
    edges {
      node {
        operation
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityAuditLogQuery, EntityAuditLogQueryVariables>;
export const DemoLicenceCountDocument = new TypedDocumentString(`
    query DemoLicenceCount($s: [LicenseStatus!]) {
  licenses(filter: {statuses: $s}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DemoLicenceCountQuery, DemoLicenceCountQueryVariables>;
export const DemoEntityCountDocument = new TypedDocumentString(`
    query DemoEntityCount($filter: EntityFilter) {
  entities(filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DemoEntityCountQuery, DemoEntityCountQueryVariables>;
export const DemoNewestStructuresDocument = new TypedDocumentString(`
    query DemoNewestStructures {
  entities(first: 100, orderBy: {field: CREATED_AT, direction: DESC}) {
    edges {
      node {
        address {
          structure
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoNewestStructuresQuery, DemoNewestStructuresQueryVariables>;
export const DemoRegisterPrintingEstablishmentDocument = new TypedDocumentString(`
    mutation DemoRegisterPrintingEstablishment($input: RegisterPrintingEstablishmentInput!) {
  registered: registerPrintingEstablishment(input: $input) {
    entity {
      registryCode
    }
  }
}
    `) as unknown as TypedDocumentString<DemoRegisterPrintingEstablishmentMutation, DemoRegisterPrintingEstablishmentMutationVariables>;
export const DemoRegisterPublisherDocument = new TypedDocumentString(`
    mutation DemoRegisterPublisher($input: RegisterPublisherInput!) {
  registered: registerPublisher(input: $input) {
    entity {
      registryCode
    }
  }
}
    `) as unknown as TypedDocumentString<DemoRegisterPublisherMutation, DemoRegisterPublisherMutationVariables>;
export const DemoRegisterPostalEnterpriseDocument = new TypedDocumentString(`
    mutation DemoRegisterPostalEnterprise($input: RegisterPostalEnterpriseInput!) {
  registered: registerPostalEnterprise(input: $input) {
    entity {
      registryCode
    }
  }
}
    `) as unknown as TypedDocumentString<DemoRegisterPostalEnterpriseMutation, DemoRegisterPostalEnterpriseMutationVariables>;
export const DemoRegisterTelecomOperatorDocument = new TypedDocumentString(`
    mutation DemoRegisterTelecomOperator($input: RegisterTelecomOperatorInput!) {
  registered: registerTelecomOperator(input: $input) {
    entity {
      registryCode
    }
  }
}
    `) as unknown as TypedDocumentString<DemoRegisterTelecomOperatorMutation, DemoRegisterTelecomOperatorMutationVariables>;
export const DemoRegisterGameServicePointDocument = new TypedDocumentString(`
    mutation DemoRegisterGameServicePoint($input: RegisterGameServicePointInput!) {
  registered: registerGameServicePoint(input: $input) {
    entity {
      registryCode
    }
  }
}
    `) as unknown as TypedDocumentString<DemoRegisterGameServicePointMutation, DemoRegisterGameServicePointMutationVariables>;
export const DemoRegisterInternetAccessPointDocument = new TypedDocumentString(`
    mutation DemoRegisterInternetAccessPoint($input: RegisterInternetAccessPointInput!) {
  registered: registerInternetAccessPoint(input: $input) {
    entity {
      registryCode
    }
  }
}
    `) as unknown as TypedDocumentString<DemoRegisterInternetAccessPointMutation, DemoRegisterInternetAccessPointMutationVariables>;
export const DemoRegisterItEnterpriseDocument = new TypedDocumentString(`
    mutation DemoRegisterItEnterprise($input: RegisterItEnterpriseInput!) {
  registered: registerItEnterprise(input: $input) {
    entity {
      registryCode
    }
  }
}
    `) as unknown as TypedDocumentString<DemoRegisterItEnterpriseMutation, DemoRegisterItEnterpriseMutationVariables>;
export const DemoRegisterRadioFrequencyUserDocument = new TypedDocumentString(`
    mutation DemoRegisterRadioFrequencyUser($input: RegisterRadioFrequencyUserInput!) {
  registered: registerRadioFrequencyUser(input: $input) {
    entity {
      registryCode
    }
  }
}
    `) as unknown as TypedDocumentString<DemoRegisterRadioFrequencyUserMutation, DemoRegisterRadioFrequencyUserMutationVariables>;
export const DemoRegisterInformationProviderDocument = new TypedDocumentString(`
    mutation DemoRegisterInformationProvider($input: RegisterInformationProviderInput!) {
  registered: registerInformationProvider(input: $input) {
    entity {
      registryCode
    }
  }
}
    `) as unknown as TypedDocumentString<DemoRegisterInformationProviderMutation, DemoRegisterInformationProviderMutationVariables>;
export const EntityNodeDocument = new TypedDocumentString(`
    query EntityNode($id: ID!) {
  node(id: $id) {
    ...EntityFields
  }
}
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}`) as unknown as TypedDocumentString<EntityNodeQuery, EntityNodeQueryVariables>;
export const UpdateEntityDocument = new TypedDocumentString(`
    mutation UpdateEntity($input: UpdateEntityInput!) {
  updateEntity(input: $input) {
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}`) as unknown as TypedDocumentString<UpdateEntityMutation, UpdateEntityMutationVariables>;
export const DeregisterEntityDocument = new TypedDocumentString(`
    mutation DeregisterEntity($input: DeregisterEntityInput!) {
  deregisterEntity(input: $input) {
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}`) as unknown as TypedDocumentString<DeregisterEntityMutation, DeregisterEntityMutationVariables>;
export const EntityListDocument = new TypedDocumentString(`
    query EntityList($filter: EntityFilter) {
  entities(filter: $filter, first: 100) {
    totalCount
    edges {
      node {
        id
        registryCode
        name
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityListQuery, EntityListQueryVariables>;
export const RegisterPostalEnterpriseForAuditDocument = new TypedDocumentString(`
    mutation RegisterPostalEnterpriseForAudit($input: RegisterPostalEnterpriseInput!) {
  registerPostalEnterprise(input: $input) {
    entity {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterPostalEnterpriseForAuditMutation, RegisterPostalEnterpriseForAuditMutationVariables>;
export const EntityNodesDocument = new TypedDocumentString(`
    query EntityNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    ...EntityFields
  }
}
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}`) as unknown as TypedDocumentString<EntityNodesQuery, EntityNodesQueryVariables>;
export const FederationRegisterGamePointDocument = new TypedDocumentString(`
    mutation FederationRegisterGamePoint($input: RegisterGameServicePointInput!) {
  registerGameServicePoint(input: $input) {
    entity {
      registryCode
    }
  }
}
    `) as unknown as TypedDocumentString<FederationRegisterGamePointMutation, FederationRegisterGamePointMutationVariables>;
export const FederationGamePointTotalDocument = new TypedDocumentString(`
    query FederationGamePointTotal {
  entities(filter: {kinds: [GAME_SERVICE_POINT]}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FederationGamePointTotalQuery, FederationGamePointTotalQueryVariables>;
export const RegisterPrintingEstablishmentDocument = new TypedDocumentString(`
    mutation RegisterPrintingEstablishment($input: RegisterPrintingEstablishmentInput!) {
  registerPrintingEstablishment(input: $input) {
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}`) as unknown as TypedDocumentString<RegisterPrintingEstablishmentMutation, RegisterPrintingEstablishmentMutationVariables>;
export const RegisterPublisherDocument = new TypedDocumentString(`
    mutation RegisterPublisher($input: RegisterPublisherInput!) {
  registerPublisher(input: $input) {
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}`) as unknown as TypedDocumentString<RegisterPublisherMutation, RegisterPublisherMutationVariables>;
export const RegisterPostalEnterpriseDocument = new TypedDocumentString(`
    mutation RegisterPostalEnterprise($input: RegisterPostalEnterpriseInput!) {
  registerPostalEnterprise(input: $input) {
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}`) as unknown as TypedDocumentString<RegisterPostalEnterpriseMutation, RegisterPostalEnterpriseMutationVariables>;
export const RegisterTelecomOperatorDocument = new TypedDocumentString(`
    mutation RegisterTelecomOperator($input: RegisterTelecomOperatorInput!) {
  registerTelecomOperator(input: $input) {
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}`) as unknown as TypedDocumentString<RegisterTelecomOperatorMutation, RegisterTelecomOperatorMutationVariables>;
export const RegisterGameServicePointDocument = new TypedDocumentString(`
    mutation RegisterGameServicePoint($input: RegisterGameServicePointInput!) {
  registerGameServicePoint(input: $input) {
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}`) as unknown as TypedDocumentString<RegisterGameServicePointMutation, RegisterGameServicePointMutationVariables>;
export const RegisterInternetAccessPointDocument = new TypedDocumentString(`
    mutation RegisterInternetAccessPoint($input: RegisterInternetAccessPointInput!) {
  registerInternetAccessPoint(input: $input) {
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}`) as unknown as TypedDocumentString<RegisterInternetAccessPointMutation, RegisterInternetAccessPointMutationVariables>;
export const RegisterItEnterpriseDocument = new TypedDocumentString(`
    mutation RegisterItEnterprise($input: RegisterItEnterpriseInput!) {
  registerItEnterprise(input: $input) {
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}`) as unknown as TypedDocumentString<RegisterItEnterpriseMutation, RegisterItEnterpriseMutationVariables>;
export const RegisterRadioFrequencyUserDocument = new TypedDocumentString(`
    mutation RegisterRadioFrequencyUser($input: RegisterRadioFrequencyUserInput!) {
  registerRadioFrequencyUser(input: $input) {
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}`) as unknown as TypedDocumentString<RegisterRadioFrequencyUserMutation, RegisterRadioFrequencyUserMutationVariables>;
export const RegisterInformationProviderDocument = new TypedDocumentString(`
    mutation RegisterInformationProvider($input: RegisterInformationProviderInput!) {
  registerInformationProvider(input: $input) {
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on RegulatedEntity {
  __typename
  id
  kind
  registryCode
  name
  legalForm
  taxCode
  status
  deregisteredOn
  deregistrationReason
  createdAt
  updatedAt
  version
  notes
  representative {
    name
    title
    idNumber
    phone
    residenceAddress
  }
  contact {
    phone
    email
    website
  }
  location {
    latitude
    longitude
  }
  address {
    street
    structure
    fullText
    ward {
      code
      name
      fullName
      level
      structure
    }
    district {
      code
      name
      fullName
      level
      structure
    }
    province {
      code
      name
      fullName
      level
      structure
    }
    currentCommune {
      code
      name
      fullName
      level
      structure
    }
  }
  ... on PrintingEstablishment {
    details {
      products
      stages
      headOfEstablishment
      equipment {
        name
        model
        quantity
        isColorCopier
      }
    }
  }
  ... on Publisher {
    details {
      role
      branches {
        name
        address
      }
    }
  }
  ... on PostalEnterprise {
    details {
      serviceTypes
      scope
    }
  }
  ... on TelecomOperator {
    details {
      services
      withInfrastructure
      networkScope
      usesNumbering
      usesSpectrum
    }
  }
  ... on GameServicePoint {
    details {
      machineCount
      floorAreaM2
      openingHours
      directManagerName
      businessRegistrationNumber
      businessRegistrationDate
      ispAgentContract {
        ispName
        number
        signedOn
      }
    }
  }
  ... on InternetAccessPoint {
    details {
      accessPointType
      ispName
      agentContractNumber
      agentContractDate
      machineCount
    }
  }
  ... on ItEnterprise {
    details {
      fields
      employees
      revenueBand
      foundedOn
    }
  }
  ... on RadioFrequencyUser {
    details {
      assignments {
        frequencyMHz
        bandFromMHz
        bandToMHz
        emission
        powerW
        stationLocation
        purpose
      }
    }
  }
  ... on InformationProvider {
    details {
      websites {
        name
        domains
        contentScope
        serverLocation
      }
      newsletters {
        name
        format
        periodicity
      }
      contentManagerName
    }
  }
}`) as unknown as TypedDocumentString<RegisterInformationProviderMutation, RegisterInformationProviderMutationVariables>;
export const AmendLicenseDocument = new TypedDocumentString(`
    mutation AmendLicense($i: AmendLicenseInput!) {
  amendLicense(input: $i) {
    license {
      ...LicenseFields
    }
    event {
      ...EventFields
    }
  }
}
    fragment LicenseFields on License {
  id
  number
  status
  version
  expiresOn
  effectiveFrom
  suspendedUntil
  reapplyNotBefore
  scope
}
fragment EventFields on LicenseEvent {
  type
  sequence
  effectiveOn
  resultingStatus
  suspendedUntil
  reapplyNotBefore
  changes
  ground {
    code
    description
  }
  groundText
}`) as unknown as TypedDocumentString<AmendLicenseMutation, AmendLicenseMutationVariables>;
export const RenewLicenseDocument = new TypedDocumentString(`
    mutation RenewLicense($i: RenewLicenseInput!) {
  renewLicense(input: $i) {
    license {
      ...LicenseFields
    }
    event {
      ...EventFields
    }
  }
}
    fragment LicenseFields on License {
  id
  number
  status
  version
  expiresOn
  effectiveFrom
  suspendedUntil
  reapplyNotBefore
  scope
}
fragment EventFields on LicenseEvent {
  type
  sequence
  effectiveOn
  resultingStatus
  suspendedUntil
  reapplyNotBefore
  changes
  ground {
    code
    description
  }
  groundText
}`) as unknown as TypedDocumentString<RenewLicenseMutation, RenewLicenseMutationVariables>;
export const ReissueLicenseDocument = new TypedDocumentString(`
    mutation ReissueLicense($i: ReissueLicenseInput!) {
  reissueLicense(input: $i) {
    license {
      ...LicenseFields
    }
    event {
      ...EventFields
    }
  }
}
    fragment LicenseFields on License {
  id
  number
  status
  version
  expiresOn
  effectiveFrom
  suspendedUntil
  reapplyNotBefore
  scope
}
fragment EventFields on LicenseEvent {
  type
  sequence
  effectiveOn
  resultingStatus
  suspendedUntil
  reapplyNotBefore
  changes
  ground {
    code
    description
  }
  groundText
}`) as unknown as TypedDocumentString<ReissueLicenseMutation, ReissueLicenseMutationVariables>;
export const SuspendLicenseDocument = new TypedDocumentString(`
    mutation SuspendLicense($i: SuspendLicenseInput!) {
  suspendLicense(input: $i) {
    license {
      ...LicenseFields
    }
    event {
      ...EventFields
    }
  }
}
    fragment LicenseFields on License {
  id
  number
  status
  version
  expiresOn
  effectiveFrom
  suspendedUntil
  reapplyNotBefore
  scope
}
fragment EventFields on LicenseEvent {
  type
  sequence
  effectiveOn
  resultingStatus
  suspendedUntil
  reapplyNotBefore
  changes
  ground {
    code
    description
  }
  groundText
}`) as unknown as TypedDocumentString<SuspendLicenseMutation, SuspendLicenseMutationVariables>;
export const ReinstateLicenseDocument = new TypedDocumentString(`
    mutation ReinstateLicense($i: LicenseStepInput!) {
  reinstateLicense(input: $i) {
    license {
      ...LicenseFields
    }
    event {
      ...EventFields
    }
  }
}
    fragment LicenseFields on License {
  id
  number
  status
  version
  expiresOn
  effectiveFrom
  suspendedUntil
  reapplyNotBefore
  scope
}
fragment EventFields on LicenseEvent {
  type
  sequence
  effectiveOn
  resultingStatus
  suspendedUntil
  reapplyNotBefore
  changes
  ground {
    code
    description
  }
  groundText
}`) as unknown as TypedDocumentString<ReinstateLicenseMutation, ReinstateLicenseMutationVariables>;
export const RevokeLicenseDocument = new TypedDocumentString(`
    mutation RevokeLicense($i: RevokeLicenseInput!) {
  revokeLicense(input: $i) {
    license {
      ...LicenseFields
    }
    event {
      ...EventFields
    }
  }
}
    fragment LicenseFields on License {
  id
  number
  status
  version
  expiresOn
  effectiveFrom
  suspendedUntil
  reapplyNotBefore
  scope
}
fragment EventFields on LicenseEvent {
  type
  sequence
  effectiveOn
  resultingStatus
  suspendedUntil
  reapplyNotBefore
  changes
  ground {
    code
    description
  }
  groundText
}`) as unknown as TypedDocumentString<RevokeLicenseMutation, RevokeLicenseMutationVariables>;
export const SurrenderLicenseDocument = new TypedDocumentString(`
    mutation SurrenderLicense($i: LicenseStepInput!) {
  surrenderLicense(input: $i) {
    license {
      ...LicenseFields
    }
    event {
      ...EventFields
    }
  }
}
    fragment LicenseFields on License {
  id
  number
  status
  version
  expiresOn
  effectiveFrom
  suspendedUntil
  reapplyNotBefore
  scope
}
fragment EventFields on LicenseEvent {
  type
  sequence
  effectiveOn
  resultingStatus
  suspendedUntil
  reapplyNotBefore
  changes
  ground {
    code
    description
  }
  groundText
}`) as unknown as TypedDocumentString<SurrenderLicenseMutation, SurrenderLicenseMutationVariables>;
export const IssueLicenseDocument = new TypedDocumentString(`
    mutation IssueLicense($i: IssueLicenseInput!) {
  issueLicense(input: $i) {
    license {
      ...LicenseFields
    }
    event {
      ...EventFields
    }
  }
}
    fragment LicenseFields on License {
  id
  number
  status
  version
  expiresOn
  effectiveFrom
  suspendedUntil
  reapplyNotBefore
  scope
}
fragment EventFields on LicenseEvent {
  type
  sequence
  effectiveOn
  resultingStatus
  suspendedUntil
  reapplyNotBefore
  changes
  ground {
    code
    description
  }
  groundText
}`) as unknown as TypedDocumentString<IssueLicenseMutation, IssueLicenseMutationVariables>;
export const RegisterLicenceHolderDocument = new TypedDocumentString(`
    mutation RegisterLicenceHolder($input: RegisterGameServicePointInput!) {
  registerGameServicePoint(input: $input) {
    entity {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterLicenceHolderMutation, RegisterLicenceHolderMutationVariables>;
export const StatisticsAllDocument = new TypedDocumentString(`
    query StatisticsAll($filter: StatisticsFilter, $entityGroupBy: [EntityCountDimension!]!, $unitLevel: StatisticsUnitLevel!, $entityStatuses: [EntityStatus!], $asOf: LocalDate, $licenseGroupBy: [LicenseCountDimension!]!, $licenseUnitLevel: StatisticsUnitLevel) {
  statistics(filter: $filter) {
    unitLevel
    unitCode
    unitName
    entityCounts(
      groupBy: $entityGroupBy
      unitLevel: $unitLevel
      statuses: $entityStatuses
    ) {
      kind
      status
      unitCode
      unitName
      unmapped
      count
    }
    licenseCounts(
      asOf: $asOf
      groupBy: $licenseGroupBy
      unitLevel: $licenseUnitLevel
    ) {
      kind
      licenseType
      status
      unitCode
      unmapped
      count
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsAllQuery, StatisticsAllQueryVariables>;
export const StatisticsStepsDocument = new TypedDocumentString(`
    query StatisticsSteps($filter: StatisticsFilter, $from: LocalDate!, $to: LocalDate!, $interval: StatisticsInterval!, $groupBy: [LicenseStepDimension!]!, $unitLevel: StatisticsUnitLevel) {
  statistics(filter: $filter) {
    licenseSteps(
      from: $from
      to: $to
      interval: $interval
      groupBy: $groupBy
      unitLevel: $unitLevel
    ) {
      period
      periodStart
      periodEnd
      step
      groundCode
      kind
      licenseType
      unitCode
      unmapped
      count
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsStepsQuery, StatisticsStepsQueryVariables>;
export const StatisticsExpiringDocument = new TypedDocumentString(`
    query StatisticsExpiring($filter: StatisticsFilter, $asOf: LocalDate, $withinDays: [Int!]!, $groupBy: [LicenseCountDimension!]!, $unitLevel: StatisticsUnitLevel, $first: Int, $after: String, $days: Int!) {
  statistics(filter: $filter) {
    expiringLicenseCounts(
      asOf: $asOf
      withinDays: $withinDays
      groupBy: $groupBy
      unitLevel: $unitLevel
    ) {
      withinDays
      until
      kind
      licenseType
      unitCode
      unmapped
      count
    }
    expiringLicenses(asOf: $asOf, withinDays: $days, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          expiresOn
          daysLeft
          status
          license {
            id
            number
            holder {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsExpiringQuery, StatisticsExpiringQueryVariables>;
export const StatisticsGamePointListsDocument = new TypedDocumentString(`
    query StatisticsGamePointLists($filter: StatisticsFilter, $asOf: LocalDate, $groupByUnit: Boolean!, $unitLevel: StatisticsUnitLevel!) {
  statistics(filter: $filter) {
    unitCode
    gamePointLists(asOf: $asOf, groupByUnit: $groupByUnit, unitLevel: $unitLevel) {
      list
      unitCode
      unitName
      unmapped
      count
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsGamePointListsQuery, StatisticsGamePointListsQueryVariables>;
export const FeedPageDocument = new TypedDocumentString(`
    query FeedPage($after: String, $first: Int) {
  changes(after: $after, first: $first) {
    checkpoint
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    edges {
      cursor
      node {
        objectId
        kind
        committedAt
        records {
          file
          record
        }
        licenseEvent {
          id
          type
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FeedPageQuery, FeedPageQueryVariables>;
export const NodeIdDocument = new TypedDocumentString(`
    query NodeId($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<NodeIdQuery, NodeIdQueryVariables>;
export const LawCloserEventsDocument = new TypedDocumentString(`
    query LawCloserEvents($id: ID!) {
  node(id: $id) {
    ... on License {
      status
      events {
        type
        holderUnit2024
        authority {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LawCloserEventsQuery, LawCloserEventsQueryVariables>;
export const LawCloserSearchDocument = new TypedDocumentString(`
    query LawCloserSearch($filter: EntityFilter!) {
  entities(filter: $filter, first: 50) {
    totalCount
    edges {
      node {
        registryCode
        kind
        taxCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LawCloserSearchQuery, LawCloserSearchQueryVariables>;
export const LawCloserUpdateEntityDocument = new TypedDocumentString(`
    mutation LawCloserUpdateEntity($input: UpdateEntityInput!) {
  updateEntity(input: $input) {
    entity {
      registryCode
      taxCode
      version
    }
  }
}
    `) as unknown as TypedDocumentString<LawCloserUpdateEntityMutation, LawCloserUpdateEntityMutationVariables>;
export const RegisterPrinterDocument = new TypedDocumentString(`
    mutation RegisterPrinter($input: RegisterPrintingEstablishmentInput!) {
  registerPrintingEstablishment(input: $input) {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterPrinterMutation, RegisterPrinterMutationVariables>;
export const AuthorityFunctionsFeb2025Document = new TypedDocumentString(`
    query AuthorityFunctionsFeb2025 {
  authorities(validOn: "2025-02-10") {
    code
    functions {
      function
      validFrom
      validTo
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorityFunctionsFeb2025Query, AuthorityFunctionsFeb2025QueryVariables>;
export const DeregisterHolderDocument = new TypedDocumentString(`
    mutation DeregisterHolder($i: DeregisterEntityInput!) {
  deregisterEntity(input: $i) {
    entity {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DeregisterHolderMutation, DeregisterHolderMutationVariables>;
export const AuditOfRecordDocument = new TypedDocumentString(`
    query AuditOfRecord($f: AuditFilter) {
  auditLog(filter: $f, first: 20) {
    totalCount
    edges {
      node {
        operation
        recordType
        recordId
        actorRole
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditOfRecordQuery, AuditOfRecordQueryVariables>;
export const NestedPageDocument = new TypedDocumentString(`
    query NestedPage($first: Int) {
  entities(first: $first) {
    edges {
      node {
        name
        address {
          fullText
          ward {
            name
          }
        }
        licenses {
          totalCount
          edges {
            node {
              number
              status
              statusOn(date: "2025-12-01")
              issuingAuthority {
                name
              }
              events {
                type
                authority {
                  name
                }
                ground {
                  code
                }
              }
            }
          }
        }
        currentLicense {
          number
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NestedPageQuery, NestedPageQueryVariables>;
export const LicenceStatusOnDocument = new TypedDocumentString(`
    query LicenceStatusOn($id: ID!, $date: LocalDate!) {
  node(id: $id) {
    ... on License {
      statusOn(date: $date)
    }
  }
}
    `) as unknown as TypedDocumentString<LicenceStatusOnQuery, LicenceStatusOnQueryVariables>;
export const LicenceHistoryDocument = new TypedDocumentString(`
    query LicenceHistory($id: ID!) {
  node(id: $id) {
    ... on License {
      status
      events {
        type
        effectiveOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LicenceHistoryQuery, LicenceHistoryQueryVariables>;
export const LicenceCountDocument = new TypedDocumentString(`
    query LicenceCount($f: LicenseFilter) {
  licenses(filter: $f) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LicenceCountQuery, LicenceCountQueryVariables>;
export const LicenceStatusAroundExpiryDocument = new TypedDocumentString(`
    query LicenceStatusAroundExpiry($id: ID!, $a: LocalDate!, $b: LocalDate!, $c: LocalDate!) {
  node(id: $id) {
    ... on License {
      status
      a: statusOn(date: $a)
      b: statusOn(date: $b)
      c: statusOn(date: $c)
    }
  }
}
    `) as unknown as TypedDocumentString<LicenceStatusAroundExpiryQuery, LicenceStatusAroundExpiryQueryVariables>;
export const LicencesWithHoldersDocument = new TypedDocumentString(`
    query LicencesWithHolders {
  licenses(first: 100) {
    totalCount
    edges {
      node {
        id
        holder {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LicencesWithHoldersQuery, LicencesWithHoldersQueryVariables>;
export const LicenceNodeIdDocument = new TypedDocumentString(`
    query LicenceNodeId($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LicenceNodeIdQuery, LicenceNodeIdQueryVariables>;
export const LicenceNumberAndHolderDocument = new TypedDocumentString(`
    query LicenceNumberAndHolder($id: ID!) {
  node(id: $id) {
    ... on License {
      number
      holder {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LicenceNumberAndHolderQuery, LicenceNumberAndHolderQueryVariables>;
export const GamePointsWithLicencesDocument = new TypedDocumentString(`
    query GamePointsWithLicences {
  entities(first: 50, filter: {kinds: [GAME_SERVICE_POINT]}) {
    totalCount
    edges {
      node {
        id
        licenses {
          totalCount
        }
        currentLicense {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GamePointsWithLicencesQuery, GamePointsWithLicencesQueryVariables>;
export const HolderLicenceCountDocument = new TypedDocumentString(`
    query HolderLicenceCount($id: ID!) {
  node(id: $id) {
    ... on RegulatedEntity {
      licenses {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HolderLicenceCountQuery, HolderLicenceCountQueryVariables>;
export const LicenceTotalDocument = new TypedDocumentString(`
    query LicenceTotal {
  licenses {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LicenceTotalQuery, LicenceTotalQueryVariables>;
export const HoldersOfRevokedGamePointCertificatesDocument = new TypedDocumentString(`
    query HoldersOfRevokedGamePointCertificates {
  entities(
    first: 100
    filter: {licenseType: GAME_POINT_CERTIFICATE, licenseStatuses: [REVOKED]}
  ) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HoldersOfRevokedGamePointCertificatesQuery, HoldersOfRevokedGamePointCertificatesQueryVariables>;
export const HoldersOfRevokedPrintingLicencesDocument = new TypedDocumentString(`
    query HoldersOfRevokedPrintingLicences {
  entities(filter: {licenseType: PRINTING_LICENSE, licenseStatuses: [REVOKED]}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HoldersOfRevokedPrintingLicencesQuery, HoldersOfRevokedPrintingLicencesQueryVariables>;
export const LicenceTypesDocument = new TypedDocumentString(`
    query LicenceTypes {
  licenseTypes {
    type
    nameVi
    entityKinds
    termKind
    maxTermMonths
    onPublicList
    legalBases {
      code
    }
    competence {
      authorityLevel
      authorityFunction
      validFrom
      validTo
      unsure
    }
    revocationGrounds {
      code
      description
      barsReapplicationMonths
    }
  }
}
    `) as unknown as TypedDocumentString<LicenceTypesQuery, LicenceTypesQueryVariables>;
export const AllWards2024Document = new TypedDocumentString(`
    query AllWards2024 {
  administrativeUnits(structure: THREE_TIER_2024, level: WARD) {
    id
    code
    name
    fullName
    nameEn
    type
    level
    structure
  }
}
    `) as unknown as TypedDocumentString<AllWards2024Query, AllWards2024QueryVariables>;
export const BinhPhuocDistrictCodesDocument = new TypedDocumentString(`
    query BinhPhuocDistrictCodes {
  administrativeUnits(parentCode: "70", structure: THREE_TIER_2024) {
    code
  }
}
    `) as unknown as TypedDocumentString<BinhPhuocDistrictCodesQuery, BinhPhuocDistrictCodesQueryVariables>;
export const BrowserPublicListDocument = new TypedDocumentString(`
    query BrowserPublicList($list: PublicListKind!, $unitCode: String, $first: Int, $after: String) {
  publicGameServicePoints(
    list: $list
    unitCode: $unitCode
    first: $first
    after: $after
  ) {
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
    `) as unknown as TypedDocumentString<BrowserPublicListQuery, BrowserPublicListQueryVariables>;
export const PublicPointsDocument = new TypedDocumentString(`
    query PublicPoints($list: PublicListKind!, $unitCode: String, $search: String, $asOf: LocalDate, $first: Int, $after: String) {
  publicGameServicePoints(
    list: $list
    unitCode: $unitCode
    search: $search
    asOf: $asOf
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        name
        ownerName
        certificateNumber
        issuingAuthority
        issuedOn
        expiresOn
        status
        address {
          street
          structure
          wardCode
          ward
          district
          province
          fullText
          currentCommuneCode
          currentCommune
          splitBetween
          currentProvince
        }
        revocation {
          decisionNumber
          decisionDate
          effectiveOn
          groundCode
          ground
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicPointsQuery, PublicPointsQueryVariables>;
export const PublicRadioDocument = new TypedDocumentString(`
    query PublicRadio($first: Int, $after: String, $search: String) {
  publicRevokedRadioLicenses(first: $first, after: $after, search: $search) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        holderName
        licenseType
        licenseNumber
        issuingAuthority
        issuedOn
        expiresOn
        address {
          fullText
          currentCommune
        }
        revocation {
          decisionNumber
          decisionDate
          effectiveOn
          groundCode
          ground
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRadioQuery, PublicRadioQueryVariables>;
export const PublicRevokeDocument = new TypedDocumentString(`
    mutation PublicRevoke($i: RevokeLicenseInput!) {
  revokeLicense(input: $i) {
    license {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRevokeMutation, PublicRevokeMutationVariables>;
export const ReadPathsByStatusDocument = new TypedDocumentString(`
    query ReadPathsByStatus($statuses: [LicenseStatus!]!, $on: LocalDate) {
  licenses(first: 100, filter: {statuses: $statuses, statusOn: $on}) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPathsByStatusQuery, ReadPathsByStatusQueryVariables>;
export const ReadPathsStatusOnDocument = new TypedDocumentString(`
    query ReadPathsStatusOn($id: ID!, $on: LocalDate!) {
  node(id: $id) {
    ... on License {
      statusOn(date: $on)
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPathsStatusOnQuery, ReadPathsStatusOnQueryVariables>;
export const ReadPathsNodeDocument = new TypedDocumentString(`
    query ReadPathsNode($id: ID!) {
  node(id: $id) {
    id
    ... on RegulatedEntity {
      registryCode
      name
      address {
        fullText
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPathsNodeQuery, ReadPathsNodeQueryVariables>;
export const ReadPathsViewerDocument = new TypedDocumentString(`
    query ReadPathsViewer {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<ReadPathsViewerQuery, ReadPathsViewerQueryVariables>;
export const ReadPathsListDocument = new TypedDocumentString(`
    query ReadPathsList {
  entities(first: 5) {
    totalCount
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPathsListQuery, ReadPathsListQueryVariables>;
export const SearchEntitiesDocument = new TypedDocumentString(`
    query SearchEntities($search: String!) {
  entities(filter: {search: $search}, first: 100) {
    totalCount
    edges {
      node {
        name
        registryCode
        taxCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
export const EntityPageDocument = new TypedDocumentString(`
    query EntityPage($orderBy: EntityOrder, $first: Int, $after: String, $last: Int, $before: String) {
  entities(
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        registryCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityPageQuery, EntityPageQueryVariables>;
export const HanoiAuthoritiesDocument = new TypedDocumentString(`
    query HanoiAuthorities($on: LocalDate) {
  authorities(validOn: $on) {
    code
    level
    validTo
  }
}
    `) as unknown as TypedDocumentString<HanoiAuthoritiesQuery, HanoiAuthoritiesQueryVariables>;
export const HanoiEntitiesDocument = new TypedDocumentString(`
    query HanoiEntities {
  entities(first: 100) {
    totalCount
    edges {
      node {
        registryCode
        address {
          province {
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HanoiEntitiesQuery, HanoiEntitiesQueryVariables>;
export const HanoiRegisterGamePointDocument = new TypedDocumentString(`
    mutation HanoiRegisterGamePoint($input: RegisterGameServicePointInput!) {
  registerGameServicePoint(input: $input) {
    entity {
      id
      registryCode
    }
  }
}
    `) as unknown as TypedDocumentString<HanoiRegisterGamePointMutation, HanoiRegisterGamePointMutationVariables>;
export const HanoiIssueDocument = new TypedDocumentString(`
    mutation HanoiIssue($i: IssueLicenseInput!) {
  issueLicense(input: $i) {
    license {
      status
      number
    }
  }
}
    `) as unknown as TypedDocumentString<HanoiIssueMutation, HanoiIssueMutationVariables>;
export const DashboardFiguresDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DashboardFiguresQuery, DashboardFiguresQueryVariables>;
export const StatisticsMoveEntityDocument = new TypedDocumentString(`
    mutation StatisticsMoveEntity($input: UpdateEntityInput!) {
  updateEntity(input: $input) {
    entity {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsMoveEntityMutation, StatisticsMoveEntityMutationVariables>;
export const StatisticsDeregisterDocument = new TypedDocumentString(`
    mutation StatisticsDeregister($input: DeregisterEntityInput!) {
  deregisterEntity(input: $input) {
    entity {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsDeregisterMutation, StatisticsDeregisterMutationVariables>;
export const StatisticsRegisterPostalDocument = new TypedDocumentString(`
    mutation StatisticsRegisterPostal($input: RegisterPostalEnterpriseInput!) {
  registerPostalEnterprise(input: $input) {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsRegisterPostalMutation, StatisticsRegisterPostalMutationVariables>;
export const ScopeEntityTotalDocument = new TypedDocumentString(`
    query ScopeEntityTotal($filter: EntityFilter) {
  entities(filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ScopeEntityTotalQuery, ScopeEntityTotalQueryVariables>;
export const ScopeLicenseTotalDocument = new TypedDocumentString(`
    query ScopeLicenseTotal($filter: LicenseFilter) {
  licenses(filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ScopeLicenseTotalQuery, ScopeLicenseTotalQueryVariables>;
export const MinistryGamePointsDocument = new TypedDocumentString(`
    query MinistryGamePoints($first: Int) {
  entities(filter: {kinds: [GAME_SERVICE_POINT]}, first: $first) {
    edges {
      node {
        id
        name
        representative {
          name
          idNumber
          phone
        }
        licenses {
          edges {
            node {
              number
              events {
                type
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MinistryGamePointsQuery, MinistryGamePointsQueryVariables>;
export const DataSharingAuditDocument = new TypedDocumentString(`
    query DataSharingAudit {
  auditLog(filter: {actorRole: MINISTRY_SYSTEM}, first: 20) {
    edges {
      node {
        occurredAt
        actorRole
        actorLabel
        operation
        recordType
        recordId
        filters
        rowsReleased
        legalBasis
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DataSharingAuditQuery, DataSharingAuditQueryVariables>;
export const AuditNewMinistryKeyDocument = new TypedDocumentString(`
    mutation AuditNewMinistryKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<AuditNewMinistryKeyMutation, AuditNewMinistryKeyMutationVariables>;
export const AuditByKeyDocument = new TypedDocumentString(`
    query AuditByKey($apiKeyId: ID!) {
  auditLog(filter: {apiKeyId: $apiKeyId}, first: 20) {
    totalCount
    edges {
      node {
        apiKeyId
        actorLabel
        operation
        recordId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditByKeyQuery, AuditByKeyQueryVariables>;
export const ConcurrentUpdateDocument = new TypedDocumentString(`
    mutation ConcurrentUpdate($input: UpdateEntityInput!) {
  updateEntity(input: $input) {
    entity {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ConcurrentUpdateMutation, ConcurrentUpdateMutationVariables>;
export const RegisterDuringExportDocument = new TypedDocumentString(`
    mutation RegisterDuringExport($input: RegisterPublisherInput!) {
  registerPublisher(input: $input) {
    entity {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterDuringExportMutation, RegisterDuringExportMutationVariables>;
export const FeedUpdateEntityDocument = new TypedDocumentString(`
    mutation FeedUpdateEntity($input: UpdateEntityInput!) {
  updateEntity(input: $input) {
    entity {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<FeedUpdateEntityMutation, FeedUpdateEntityMutationVariables>;
export const FeedDeregisterDocument = new TypedDocumentString(`
    mutation FeedDeregister($input: DeregisterEntityInput!) {
  deregisterEntity(input: $input) {
    entity {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<FeedDeregisterMutation, FeedDeregisterMutationVariables>;