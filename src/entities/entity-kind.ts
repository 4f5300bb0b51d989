import { registerEnumType } from 'type-graphql';

export enum EntityKind {
  PRINTING_ESTABLISHMENT = 'PRINTING_ESTABLISHMENT',
  PUBLISHER = 'PUBLISHER',
  POSTAL_ENTERPRISE = 'POSTAL_ENTERPRISE',
  TELECOM_OPERATOR = 'TELECOM_OPERATOR',
  GAME_SERVICE_POINT = 'GAME_SERVICE_POINT',
  INTERNET_ACCESS_POINT = 'INTERNET_ACCESS_POINT',
  IT_ENTERPRISE = 'IT_ENTERPRISE',
  RADIO_FREQUENCY_USER = 'RADIO_FREQUENCY_USER',
  INFORMATION_PROVIDER = 'INFORMATION_PROVIDER',
}
registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'The kinds of regulated entities the Department licenses or supervises.',
  valuesConfig: {
    PRINTING_ESTABLISHMENT: { description: 'Printing establishment (cơ sở in).' },
    PUBLISHER: { description: 'Publisher or publication distributor (nhà xuất bản / cơ sở phát hành xuất bản phẩm).' },
    POSTAL_ENTERPRISE: { description: 'Postal enterprise (doanh nghiệp bưu chính).' },
    TELECOM_OPERATOR: { description: 'Telecommunications operator (doanh nghiệp viễn thông).' },
    GAME_SERVICE_POINT: { description: 'Public electronic game service point (điểm cung cấp dịch vụ trò chơi điện tử công cộng).' },
    INTERNET_ACCESS_POINT: {
      description: 'Public Internet access point or Internet agent (điểm truy nhập Internet công cộng / đại lý Internet).',
    },
    IT_ENTERPRISE: { description: 'IT / digital-technology enterprise (doanh nghiệp công nghệ thông tin / công nghệ số).' },
    RADIO_FREQUENCY_USER: { description: 'Radio-frequency user (tổ chức, cá nhân sử dụng tần số vô tuyến điện).' },
    INFORMATION_PROVIDER: {
      description:
        'Organisation that sets up a general website or publishes a newsletter (tổ chức thiết lập trang thông tin điện tử tổng hợp; cơ quan, tổ chức xuất bản bản tin).',
    },
  },
});

/** Readable prefixes of registry codes, e.g. GSP-70-000123. */
export const REGISTRY_PREFIX: Record<EntityKind, string> = {
  PRINTING_ESTABLISHMENT: 'PRT',
  PUBLISHER: 'PUB',
  POSTAL_ENTERPRISE: 'PST',
  TELECOM_OPERATOR: 'TEL',
  GAME_SERVICE_POINT: 'GSP',
  INTERNET_ACCESS_POINT: 'IAP',
  IT_ENTERPRISE: 'ITE',
  RADIO_FREQUENCY_USER: 'RFU',
  INFORMATION_PROVIDER: 'INF',
};

export enum LegalForm {
  ENTERPRISE = 'ENTERPRISE',
  BRANCH = 'BRANCH',
  PUBLIC_UNIT = 'PUBLIC_UNIT',
  COOPERATIVE = 'COOPERATIVE',
  HOUSEHOLD_BUSINESS = 'HOUSEHOLD_BUSINESS',
  INDIVIDUAL = 'INDIVIDUAL',
  OTHER_ORGANISATION = 'OTHER_ORGANISATION',
}
registerEnumType(LegalForm, {
  name: 'LegalForm',
  description: 'Legal form of the registered holder.',
  valuesConfig: {
    ENTERPRISE: { description: 'Enterprise (doanh nghiệp).' },
    BRANCH: { description: 'Branch or dependent unit of an enterprise (chi nhánh).' },
    PUBLIC_UNIT: { description: 'Public service unit or state agency (đơn vị sự nghiệp công lập, cơ quan nhà nước).' },
    COOPERATIVE: { description: 'Cooperative (hợp tác xã).' },
    HOUSEHOLD_BUSINESS: { description: 'Household business (hộ kinh doanh).' },
    INDIVIDUAL: { description: 'Individual (cá nhân).' },
    OTHER_ORGANISATION: { description: 'Other organisation (tổ chức khác).' },
  },
});
/** Holders that are natural persons: their names are personal data on public lists (domain.md §7). */
export const NATURAL_PERSON_FORMS = [LegalForm.HOUSEHOLD_BUSINESS, LegalForm.INDIVIDUAL];

export enum EntityStatus {
  ACTIVE = 'ACTIVE',
  DEREGISTERED = 'DEREGISTERED',
}
registerEnumType(EntityStatus, {
  name: 'EntityStatus',
  description: 'Whether the entity is on the registry (its licences have their own status).',
  valuesConfig: {
    ACTIVE: { description: 'Registered and supervised.' },
    DEREGISTERED: {
      description: 'Taken off the registry (ceased, dissolved, moved away); kept for history and hidden from lists by default.',
    },
  },
});
