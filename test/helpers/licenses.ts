import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import type {
  AmendLicenseInput,
  DecisionInput,
  EventFieldsFragment,
  IssueLicenseInput,
  LicenseFieldsFragment,
  LicenseStepInput,
  RegisterGameServicePointInput,
  ReissueLicenseInput,
  RenewLicenseInput,
  RevokeLicenseInput,
  SuspendLicenseInput,
} from '../gql/graphql';
import type { GraphQLResponse, TestApp } from './app';
import { gamePoint, type Overrides } from './factories';

/** Today in Việt Nam (YYYY-MM-DD), computed independently of the app. */
export const today = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The database id inside a global id ("License:<uuid>" in base64url). */
export const uuidOf = (globalId: string): string => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];

graphql(`
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
`);
graphql(`
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
`);

/** A licence as the kit reads it (`...LicenseFields`). */
export type Lic = LicenseFieldsFragment;

/** What issuing and every step answer: the licence after it and the event it recorded. */
export interface LicensePayload {
  license: Lic;
  event: EventFieldsFragment;
}

/** The input type of each step's mutation (`amend` → amendLicense(input: AmendLicenseInput!)). */
export interface StepInputs {
  amend: AmendLicenseInput;
  renew: RenewLicenseInput;
  reissue: ReissueLicenseInput;
  suspend: SuspendLicenseInput;
  reinstate: LicenseStepInput;
  revoke: RevokeLicenseInput;
  surrender: LicenseStepInput;
}
export type StepName = keyof StepInputs;
export const STEPS: StepName[] = ['amend', 'renew', 'reissue', 'suspend', 'reinstate', 'revoke', 'surrender'];

/**
 * The answer to step `S`: `{ amendLicense: … }` and so on. For a step known only as a union (`StepName`), the type
 * lists every step's field and the response has the one of the step sent: read it as `` data[`${step}License` as const] ``.
 */
export type StepResult<S extends StepName> = { [F in `${S}License`]: LicensePayload };

const STEP_DOCUMENTS: { [S in StepName]: DocumentTypeDecoration<StepResult<S>, { i: StepInputs[S] }> } = {
  amend: graphql(`
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
  `),
  renew: graphql(`
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
  `),
  reissue: graphql(`
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
  `),
  suspend: graphql(`
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
  `),
  reinstate: graphql(`
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
  `),
  revoke: graphql(`
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
  `),
  surrender: graphql(`
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
  `),
};

const ISSUE = graphql(`
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
`);

const REGISTER_HOLDER = graphql(`
  mutation RegisterLicenceHolder($input: RegisterGameServicePointInput!) {
    registerGameServicePoint(input: $input) {
      entity {
        id
        version
      }
    }
  }
`);

export const errorOf = (r: GraphQLResponse<unknown>) => r.errors?.[0];
export const codeOf = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.code;
export const fieldsOf = (r: GraphQLResponse<unknown>) => (r.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);

let counter = 0;
export const unique = (): number => ++counter;

export function decision(date: string, authorityCode = 'UBND-X-25210'): DecisionInput {
  return { number: `${unique()}/QĐ-UBND`, date, signer: 'Nguyễn Văn An', signerTitle: 'Chủ tịch', authorityCode };
}

/** Licence helpers over HTTP for one DEPARTMENT_OFFICER secret. */
export class LicenseKit {
  constructor(
    readonly t: TestApp,
    readonly secret: string,
  ) {}

  /** Registers a game point (commune 25210, two-tier address by default) and returns its global id and uuid. */
  async gamePoint(
    o: Overrides<RegisterGameServicePointInput> = { address: { wardCode: '25210', structure: 'TWO_TIER_2025' } },
  ): Promise<{ id: string; uuid: string; version: number }> {
    const r = await this.t.gql(REGISTER_HOLDER, { input: gamePoint({ name: `Điểm game ${unique()}`, ...o }) }, this.secret);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    const e = r.data!.registerGameServicePoint.entity;
    return { id: e.id, uuid: uuidOf(e.id), version: e.version };
  }

  issueRaw(input: IssueLicenseInput, secret: string | null = this.secret) {
    return this.t.gql(ISSUE, { i: input }, secret);
  }

  /** Issues a game-point certificate by UBND-X-25210 unless overridden; throws on errors. */
  async issue(
    holderId: string,
    o: { on: string; expiresOn?: string | null; authority?: string } & Partial<IssueLicenseInput>,
  ): Promise<Lic> {
    const { on, authority, ...rest } = o;
    const r = await this.issueRaw({
      holderId,
      type: 'GAME_POINT_CERTIFICATE',
      number: `${unique()}/GCN`,
      expiresOn: addDays(on, 700),
      decision: decision(on, authority),
      ...rest,
    });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.issueLicense.license;
  }

  stepRaw<S extends StepName>(step: S, input: StepInputs[S], secret: string | null = this.secret) {
    return this.t.gql(STEP_DOCUMENTS[step], { i: input }, secret);
  }

  /** The minimal valid input of a step on `lic`, effective on `on` (decided the same day unless `decidedOn`). */
  stepInput<S extends StepName>(
    step: S,
    lic: Lic,
    on: string,
    extra: Partial<StepInputs[S]> = {},
    authority = 'UBND-X-25210',
  ): StepInputs[S] {
    const base: Partial<AmendLicenseInput & RenewLicenseInput & RevokeLicenseInput> & LicenseStepInput = {
      licenseId: lic.id,
      version: lic.version,
      effectiveOn: on,
      decision: decision(on, authority),
    };
    if (step === 'amend') base.scope = `Phạm vi ${unique()}`;
    if (step === 'renew') base.newExpiresOn = addDays(lic.expiresOn!, 30);
    if (step === 'revoke') base.groundCode = 'CONDITIONS_NOT_MET';
    // The fields added above are those `step`'s input requires.
    return { ...base, ...extra } as StepInputs[S];
  }

  async step<S extends StepName>(step: S, lic: Lic, on: string, extra: Partial<StepInputs[S]> = {}, authority?: string): Promise<Lic> {
    const r = await this.stepRaw(step, this.stepInput(step, lic, on, extra, authority));
    if (r.errors) throw new Error(`${step}: ${JSON.stringify(r.errors)}`);
    return r.data![`${step}License` as const].license;
  }
}

/** What each step leads to, per domain.md §6 (null = forbidden from that status). */
export const TRANSITIONS: Record<StepName, Partial<Record<string, string>>> = {
  amend: { ACTIVE: 'ACTIVE', SUSPENDED: 'SUSPENDED' },
  renew: { ACTIVE: 'ACTIVE' },
  reissue: { ACTIVE: 'ACTIVE', SUSPENDED: 'SUSPENDED' },
  suspend: { ACTIVE: 'SUSPENDED' },
  reinstate: { SUSPENDED: 'ACTIVE' },
  revoke: { ACTIVE: 'REVOKED', SUSPENDED: 'REVOKED' },
  surrender: { ACTIVE: 'SURRENDERED', SUSPENDED: 'SURRENDERED' },
};

export const EVENT_TYPE: Record<StepName, string> = {
  amend: 'AMENDED',
  renew: 'RENEWED',
  reissue: 'REISSUED',
  suspend: 'SUSPENDED',
  reinstate: 'REINSTATED',
  revoke: 'REVOKED',
  surrender: 'SURRENDERED',
};

/** GraphQL enum names of the steps allowed from a status. */
export const allowedFrom = (status: string): string[] => STEPS.filter((s) => TRANSITIONS[s][status]).map((s) => EVENT_TYPE[s]);
