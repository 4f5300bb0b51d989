import { registerEnumType } from 'type-graphql';

export enum LicenseType {
  GAME_POINT_CERTIFICATE = 'GAME_POINT_CERTIFICATE',
  PRINTING_LICENSE = 'PRINTING_LICENSE',
  PRINTING_REGISTRATION = 'PRINTING_REGISTRATION',
  COLOR_COPIER_REGISTRATION = 'COLOR_COPIER_REGISTRATION',
  PUBLICATION_DISTRIBUTION_REGISTRATION = 'PUBLICATION_DISTRIBUTION_REGISTRATION',
  NON_BUSINESS_PUBLICATION_LICENSE = 'NON_BUSINESS_PUBLICATION_LICENSE',
  PUBLICATION_IMPORT_LICENSE = 'PUBLICATION_IMPORT_LICENSE',
  PUBLICATION_EXHIBITION_LICENSE = 'PUBLICATION_EXHIBITION_LICENSE',
  POSTAL_LICENSE = 'POSTAL_LICENSE',
  POSTAL_NOTIFICATION_CONFIRMATION = 'POSTAL_NOTIFICATION_CONFIRMATION',
  TELECOM_LICENSE_WITH_INFRASTRUCTURE = 'TELECOM_LICENSE_WITH_INFRASTRUCTURE',
  TELECOM_LICENSE_WITHOUT_INFRASTRUCTURE = 'TELECOM_LICENSE_WITHOUT_INFRASTRUCTURE',
  TELECOM_PRIVATE_NETWORK_LICENSE = 'TELECOM_PRIVATE_NETWORK_LICENSE',
  TELECOM_TRIAL_LICENSE = 'TELECOM_TRIAL_LICENSE',
  TELECOM_SERVICE_REGISTRATION = 'TELECOM_SERVICE_REGISTRATION',
  RADIO_EQUIPMENT_LICENSE = 'RADIO_EQUIPMENT_LICENSE',
  RADIO_BAND_LICENSE = 'RADIO_BAND_LICENSE',
  RADIO_SATELLITE_ORBIT_LICENSE = 'RADIO_SATELLITE_ORBIT_LICENSE',
  GENERAL_WEBSITE_LICENSE = 'GENERAL_WEBSITE_LICENSE',
  NEWSLETTER_LICENSE = 'NEWSLETTER_LICENSE',
}
registerEnumType(LicenseType, {
  name: 'LicenseType',
  description: 'Licences and certificates the registry records (domain.md §5); their rules are data, see `licenseTypes`.',
  valuesConfig: {
    GAME_POINT_CERTIFICATE: { description: 'Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng.' },
    PRINTING_LICENSE: { description: 'Giấy phép hoạt động in.' },
    PRINTING_REGISTRATION: { description: 'Xác nhận đăng ký hoạt động cơ sở in.' },
    COLOR_COPIER_REGISTRATION: { description: 'Đăng ký sử dụng máy photocopy màu.' },
    PUBLICATION_DISTRIBUTION_REGISTRATION: { description: 'Xác nhận đăng ký hoạt động phát hành xuất bản phẩm.' },
    NON_BUSINESS_PUBLICATION_LICENSE: { description: 'Giấy phép xuất bản tài liệu không kinh doanh.' },
    PUBLICATION_IMPORT_LICENSE: { description: 'Giấy phép nhập khẩu xuất bản phẩm không kinh doanh.' },
    PUBLICATION_EXHIBITION_LICENSE: { description: 'Giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm.' },
    POSTAL_LICENSE: { description: 'Giấy phép bưu chính.' },
    POSTAL_NOTIFICATION_CONFIRMATION: { description: 'Văn bản xác nhận thông báo hoạt động bưu chính.' },
    TELECOM_LICENSE_WITH_INFRASTRUCTURE: { description: 'Giấy phép cung cấp dịch vụ viễn thông có hạ tầng mạng.' },
    TELECOM_LICENSE_WITHOUT_INFRASTRUCTURE: { description: 'Giấy phép cung cấp dịch vụ viễn thông không có hạ tầng mạng.' },
    TELECOM_PRIVATE_NETWORK_LICENSE: { description: 'Giấy phép thiết lập mạng viễn thông dùng riêng.' },
    TELECOM_TRIAL_LICENSE: { description: 'Giấy phép thử nghiệm mạng và dịch vụ viễn thông.' },
    TELECOM_SERVICE_REGISTRATION: { description: 'Giấy chứng nhận đăng ký cung cấp dịch vụ viễn thông.' },
    RADIO_EQUIPMENT_LICENSE: { description: 'Giấy phép sử dụng tần số và thiết bị vô tuyến điện.' },
    RADIO_BAND_LICENSE: { description: 'Giấy phép sử dụng băng tần.' },
    RADIO_SATELLITE_ORBIT_LICENSE: { description: 'Giấy phép sử dụng tần số và quỹ đạo vệ tinh.' },
    GENERAL_WEBSITE_LICENSE: { description: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp.' },
    NEWSLETTER_LICENSE: { description: 'Giấy phép xuất bản bản tin.' },
  },
});

export enum LicenseStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
  SURRENDERED = 'SURRENDERED',
}
registerEnumType(LicenseStatus, {
  name: 'LicenseStatus',
  description: 'Legal status of a licence on a date, derived from its events and its expiry date.',
  valuesConfig: {
    ACTIVE: { description: 'In force (còn hiệu lực).' },
    SUSPENDED: { description: 'Suspended (đình chỉ).' },
    REVOKED: { description: 'Revoked (thu hồi); terminal.' },
    EXPIRED: { description: 'Past its expiry date without renewal (hết hạn); not an event, derived from the date.' },
    SURRENDERED: { description: 'Ended at the holder’s request or returned (chấm dứt / nộp lại); terminal.' },
  },
});

export enum LicenseEventType {
  ISSUED = 'ISSUED',
  AMENDED = 'AMENDED',
  RENEWED = 'RENEWED',
  REISSUED = 'REISSUED',
  SUSPENDED = 'SUSPENDED',
  REINSTATED = 'REINSTATED',
  REVOKED = 'REVOKED',
  SURRENDERED = 'SURRENDERED',
}
registerEnumType(LicenseEventType, {
  name: 'LicenseEventType',
  description: 'A step in the legal life of a licence, each backed by a decision.',
  valuesConfig: {
    ISSUED: { description: 'Issued (cấp).' },
    AMENDED: { description: 'Amended or supplemented (sửa đổi, bổ sung).' },
    RENEWED: { description: 'Renewed: term extended (gia hạn).' },
    REISSUED: { description: 'Reissued after loss or damage (cấp lại).' },
    SUSPENDED: { description: 'Suspended (đình chỉ).' },
    REINSTATED: { description: 'Reinstated after a suspension (khôi phục).' },
    REVOKED: { description: 'Revoked (thu hồi).' },
    SURRENDERED: { description: 'Ended or returned (chấm dứt / nộp lại).' },
  },
});

export enum TermKind {
  YEARS = 'YEARS',
  NONE = 'NONE',
  SINGLE_USE = 'SINGLE_USE',
}
registerEnumType(TermKind, {
  name: 'LicenseTermKind',
  description: 'How long a licence of a type lasts.',
  valuesConfig: {
    YEARS: { description: 'A term up to `maxTermMonths`; `expiresOn` is required.' },
    NONE: { description: 'No term: valid until revoked or surrendered; no `expiresOn`.' },
    SINGLE_USE: { description: 'For one publication, consignment or event; `expiresOn` optional.' },
  },
});
