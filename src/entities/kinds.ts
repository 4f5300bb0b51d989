import { EntityKind } from './entity-kind';
import { gameServicePointKind } from './game-service-point';
import { internetAccessPointKind } from './internet-access-point';
import { itEnterpriseKind } from './it-enterprise';
import type { KindSpec } from './kind-spec';
import { postalEnterpriseKind } from './postal-enterprise';
import { printingEstablishmentKind } from './printing-establishment';
import { publisherKind } from './publisher';
import { radioFrequencyUserKind } from './radio-frequency-user';
import { informationProviderKind } from './information-provider';
import { telecomOperatorKind } from './telecom-operator';

/** The eight kinds of domain.md §4, and the providers of general websites and newsletters (issue 13). */
export const KINDS: KindSpec[] = [
  printingEstablishmentKind,
  publisherKind,
  postalEnterpriseKind,
  telecomOperatorKind,
  gameServicePointKind,
  internetAccessPointKind,
  itEnterpriseKind,
  radioFrequencyUserKind,
  informationProviderKind,
];

export const KIND_SPEC = Object.fromEntries(KINDS.map((k) => [k.kind, k])) as Record<EntityKind, KindSpec>;
