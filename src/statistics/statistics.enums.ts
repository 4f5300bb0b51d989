import { registerEnumType } from 'type-graphql';

/** What entity counts can be grouped by. */
export enum EntityCountDimension {
  KIND = 'KIND',
  STATUS = 'STATUS',
  UNIT = 'UNIT',
}
registerEnumType(EntityCountDimension, {
  name: 'EntityCountDimension',
  description: 'A key entity counts can be grouped by; any combination, each at most once.',
  valuesConfig: {
    KIND: { description: 'The entity kind.' },
    STATUS: { description: 'The registry status (ACTIVE, DEREGISTERED).' },
    UNIT: { description: 'The administrative unit of the address, at the level of `unitLevel`.' },
  },
});

/** What licence counts (and the other licence figures) can be grouped by. */
export enum LicenseCountDimension {
  KIND = 'KIND',
  LICENSE_TYPE = 'LICENSE_TYPE',
  STATUS = 'STATUS',
  UNIT = 'UNIT',
}
registerEnumType(LicenseCountDimension, {
  name: 'LicenseCountDimension',
  description: 'A key licence counts can be grouped by; any combination, each at most once.',
  valuesConfig: {
    KIND: { description: 'The kind of the holder.' },
    LICENSE_TYPE: { description: 'The licence type.' },
    STATUS: { description: 'The licence status on the date (EXPIRED derived from the date).' },
    UNIT: {
      description:
        'The administrative unit of the holder’s address, at the level of `unitLevel`: any level for the whole province; the level of the unit asked for (or of a local office) otherwise.',
    },
  },
});

/** What the licence-step series can be grouped by (the period always). */
export enum LicenseStepDimension {
  STEP = 'STEP',
  GROUND = 'GROUND',
  KIND = 'KIND',
  LICENSE_TYPE = 'LICENSE_TYPE',
  UNIT = 'UNIT',
}
registerEnumType(LicenseStepDimension, {
  name: 'LicenseStepDimension',
  description: 'A key the series of licence steps can be grouped by, besides the period; any combination, each at most once.',
  valuesConfig: {
    STEP: { description: 'The step (issued, renewed, suspended, …, expired).' },
    GROUND: { description: 'The revocation ground (REVOKED steps; empty for the others).' },
    KIND: { description: 'The kind of the holder.' },
    LICENSE_TYPE: { description: 'The licence type.' },
    UNIT: { description: 'The administrative unit of the holder’s address, at the level of `unitLevel` (as for licence counts).' },
  },
});

/** The tier figures are grouped by: a 2024 district, a 2025 commune, or the province. */
export enum StatisticsUnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}
registerEnumType(StatisticsUnitLevel, {
  name: 'StatisticsUnitLevel',
  description: 'The administrative tier figures are grouped by.',
  valuesConfig: {
    PROVINCE: { description: 'The province of the current (2025) structure.' },
    DISTRICT: { description: 'The district of the 2024 three-tier structure (cấp huyện; abolished 1 Jul 2025).' },
    COMMUNE: {
      description:
        'The commune of the current (2025) structure (cấp xã): the recorded one, or the one a 2024 ward went into whole (official ward mapping).',
    },
  },
});

/** Why a unit bucket has no unit. */
export enum UnmappedUnit {
  SPLIT_2024_WARD = 'SPLIT_2024_WARD',
  RECORDED_IN_2025 = 'RECORDED_IN_2025',
}
registerEnumType(UnmappedUnit, {
  name: 'UnmappedUnit',
  description: 'Why a bucket grouped by unit has no unit: entities that cannot be placed at that level, counted here, never dropped.',
  valuesConfig: {
    SPLIT_2024_WARD: {
      description: 'Recorded with a 2024 ward that was split between several 2025 communes: not mappable to one commune.',
    },
    RECORDED_IN_2025: { description: 'Recorded with 2025 codes, after districts were abolished: no 2024 district.' },
  },
});

export enum StatisticsInterval {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(StatisticsInterval, {
  name: 'StatisticsInterval',
  description: 'The period of a time series; the first and last periods are clipped to the dates asked for.',
  valuesConfig: {
    WEEK: { description: 'ISO week, Monday to Sunday.' },
    MONTH: { description: 'Calendar month.' },
    YEAR: { description: 'Calendar year.' },
  },
});

/** A step of a licence's life as the series count it: the events, and expiry (not an event). */
export enum LicenseStep {
  ISSUED = 'ISSUED',
  AMENDED = 'AMENDED',
  RENEWED = 'RENEWED',
  REISSUED = 'REISSUED',
  SUSPENDED = 'SUSPENDED',
  REINSTATED = 'REINSTATED',
  REVOKED = 'REVOKED',
  SURRENDERED = 'SURRENDERED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(LicenseStep, {
  name: 'LicenseStep',
  description: 'A step of a licence’s life counted by the series: each event type, and expiry.',
  valuesConfig: {
    ISSUED: { description: 'Issued (cấp), counted on the issue date (as `licenses(filter: {issuedBetween})`).' },
    AMENDED: { description: 'Amended (sửa đổi, bổ sung), on its effective date.' },
    RENEWED: { description: 'Renewed (gia hạn), on its effective date.' },
    REISSUED: { description: 'Reissued (cấp lại), on its effective date.' },
    SUSPENDED: { description: 'Suspended (đình chỉ), on its effective date.' },
    REINSTATED: { description: 'Reinstated (khôi phục), on its effective date.' },
    REVOKED: { description: 'Revoked (thu hồi), on its effective date (as `licenses(filter: {revokedBetween})`), with its ground.' },
    SURRENDERED: { description: 'Surrendered (chấm dứt / nộp lại), on its effective date.' },
    EXPIRED: { description: 'Expired (hết hạn): the day after the expiry date, unless renewed, revoked or surrendered before.' },
  },
});

/** The two public lists of game service points (domain.md §7). */
export enum GamePointList {
  LICENSED = 'LICENSED',
  REVOKED = 'REVOKED',
}
registerEnumType(GamePointList, {
  name: 'GamePointList',
  description: 'The public lists of game service points (Decree 72/2013 Art 35 as amended): what PUBLIC may count.',
  valuesConfig: {
    LICENSED: { description: 'Game-point certificates in force (ACTIVE or SUSPENDED) on the date.' },
    REVOKED: { description: 'Game-point certificates revoked on or before the date.' },
  },
});
