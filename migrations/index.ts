import { Foundation1764100000000 } from './1764100000000-Foundation';
import { Licences1764200000000 } from './1764200000000-Licences';
import { LicenseStatusAt1764300000000 } from './1764300000000-LicenseStatusAt';
import { ChangeFeed1765100000000 } from './1765100000000-ChangeFeed';
import { Statistics1765200000000 } from './1765200000000-Statistics';
import { StatisticsExpiryCovering1765210000000 } from './1765210000000-StatisticsExpiryCovering';
import { TheLawCloser1765300000000 } from './1765300000000-TheLawCloser';
import { NationalReadPaths1765400000000 } from './1765400000000-NationalReadPaths';
import { PublicListPaths1765500000000 } from './1765500000000-PublicListPaths';
import { ExpiredPaths1765510000000 } from './1765510000000-ExpiredPaths';
import { StatisticsStepTotals1765600000000 } from './1765600000000-StatisticsStepTotals';
import { StatisticsRebuildSetBased1765700000000 } from './1765700000000-StatisticsRebuildSetBased';
import { ExpiredSkipScan1765800000000 } from './1765800000000-ExpiredSkipScan';
import { SuspendedPaths1765900000000 } from './1765900000000-SuspendedPaths';

/** Every migration, oldest first. A generated migration is added here (explicit imports work under jest and tsc alike). */
export const migrations = [
  Foundation1764100000000,
  Licences1764200000000,
  LicenseStatusAt1764300000000,
  ChangeFeed1765100000000,
  Statistics1765200000000,
  StatisticsExpiryCovering1765210000000,
  TheLawCloser1765300000000,
  NationalReadPaths1765400000000,
  PublicListPaths1765500000000,
  ExpiredPaths1765510000000,
  StatisticsStepTotals1765600000000,
  StatisticsRebuildSetBased1765700000000,
  ExpiredSkipScan1765800000000,
  SuspendedPaths1765900000000,
];
