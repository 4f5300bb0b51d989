import type { GraphQLResponse, TestApp } from './app';
import { gamePoint, Overrides } from './factories';

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

export const LICENSE_FIELDS = `id number status version expiresOn effectiveFrom suspendedUntil reapplyNotBefore scope`;
export const EVENT_FIELDS = `type sequence effectiveOn resultingStatus suspendedUntil reapplyNotBefore changes ground { code description } groundText`;

export type StepName = 'amend' | 'renew' | 'reissue' | 'suspend' | 'reinstate' | 'revoke' | 'surrender';
export const STEPS: StepName[] = ['amend', 'renew', 'reissue', 'suspend', 'reinstate', 'revoke', 'surrender'];
const INPUT_TYPE: Record<StepName, string> = {
  amend: 'AmendLicenseInput',
  renew: 'RenewLicenseInput',
  reissue: 'ReissueLicenseInput',
  suspend: 'SuspendLicenseInput',
  reinstate: 'LicenseStepInput',
  revoke: 'RevokeLicenseInput',
  surrender: 'LicenseStepInput',
};

export interface Lic {
  id: string;
  number: string;
  status: string;
  version: number;
  expiresOn: string | null;
  effectiveFrom: string;
  suspendedUntil: string | null;
  reapplyNotBefore: string | null;
  scope: string | null;
}

export const errorOf = (r: GraphQLResponse) => r.errors?.[0];
export const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
export const fieldsOf = (r: GraphQLResponse) => ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);

let counter = 0;
export const unique = (): number => ++counter;

export function decision(date: string, authorityCode = 'UBND-X-25210') {
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
    o: Overrides = { address: { wardCode: '25210', structure: 'TWO_TIER_2025' } },
  ): Promise<{ id: string; uuid: string; version: number }> {
    const r = await this.t.gql(
      `mutation($input: RegisterGameServicePointInput!) { registerGameServicePoint(input: $input) { entity { id version } } }`,
      { input: gamePoint({ name: `Điểm game ${unique()}`, ...o }) },
      this.secret,
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    const e = r.data!.registerGameServicePoint.entity;
    return { id: e.id, uuid: uuidOf(e.id), version: e.version };
  }

  issueRaw(input: Record<string, unknown>, secret: string | null = this.secret) {
    return this.t.gql(
      `mutation($i: IssueLicenseInput!) { issueLicense(input: $i) { license { ${LICENSE_FIELDS} } event { ${EVENT_FIELDS} } } }`,
      { i: input },
      secret,
    );
  }

  /** Issues a game-point certificate by UBND-X-25210 unless overridden; throws on errors. */
  async issue(holderId: string, o: { on: string; expiresOn?: string | null; authority?: string } & Record<string, unknown>): Promise<Lic> {
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

  stepRaw(step: StepName, input: Record<string, unknown>, secret: string | null = this.secret) {
    return this.t.gql(
      `mutation($i: ${INPUT_TYPE[step]}!) { ${step}License(input: $i) { license { ${LICENSE_FIELDS} } event { ${EVENT_FIELDS} } } }`,
      { i: input },
      secret,
    );
  }

  /** The minimal valid input of a step on `lic`, effective on `on` (decided the same day unless `decidedOn`). */
  stepInput(step: StepName, lic: Lic, on: string, extra: Record<string, unknown> = {}, authority = 'UBND-X-25210') {
    const base: Record<string, unknown> = { licenseId: lic.id, version: lic.version, effectiveOn: on, decision: decision(on, authority) };
    if (step === 'amend') base.scope = `Phạm vi ${unique()}`;
    if (step === 'renew') base.newExpiresOn = addDays(lic.expiresOn!, 30);
    if (step === 'revoke') base.groundCode = 'CONDITIONS_NOT_MET';
    return { ...base, ...extra };
  }

  async step(step: StepName, lic: Lic, on: string, extra: Record<string, unknown> = {}, authority?: string): Promise<Lic> {
    const r = await this.stepRaw(step, this.stepInput(step, lic, on, extra, authority));
    if (r.errors) throw new Error(`${step}: ${JSON.stringify(r.errors)}`);
    return r.data![`${step}License`].license;
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
