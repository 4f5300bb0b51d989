import path from 'node:path';
import { projectRoot } from './paths';
import { registryProvince, RegistryProvinceError } from './reference/provinces';
import type { InputLimits } from './graphql/input-guard';
import type { QueryLimits } from './graphql/limits';

/** Every setting of the registry, parsed and validated once. */
export interface Config {
  port: number;
  /** An external PostgreSQL; when absent an embedded one is started. */
  databaseUrl: string | null;
  embeddedDataDir: string;
  embeddedPort: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /**
   * Province whose registry this is, by its 2025 code (the structure in force since 1 Jul 2025), e.g. 75 Đồng Nai, which
   * includes the former Bình Phước (70).
   */
  provinceCode: string;
  /** The 2024 provinces it was formed from (the official province mapping), e.g. ['70', '75']; ['01'] for Hà Nội. */
  provinceCodes2024: string[];
  /** Load the demo entities on the first start of an empty database. */
  seedDemo: boolean;
  demoKeysFile: string;
  bodyLimit: string;
  shutdownTimeoutMs: number;
  /** What one operation may ask for (src/graphql/limits.ts). */
  queryLimits: QueryLimits;
  /** What one request's arguments and variables may hold (src/graphql/input-guard.ts). */
  inputLimits: InputLimits;
  /** Session settings of every connection the API opens (0 = none, PostgreSQL's default). */
  databaseTimeouts: DatabaseTimeouts;
  /** Largest JSON response body in bytes; a larger answer is replaced by a RESPONSE_TOO_LARGE error. */
  responseMaxBytes: number;
  /** A request that has not been answered by then gets 503 TIMEOUT (and Node closes connections idle that long). */
  requestTimeoutMs: number;
  rateLimits: RateLimits;
  /** Bulk exports (src/sync/export.router.ts): how long one may stream, and how many run at once per process. */
  exports: ExportLimits;
  /** Send a Server-Timing header with the SQL statements of each GraphQL request and their time (SERVER_TIMING). */
  serverTiming: boolean;
}

export interface ExportLimits {
  timeoutMs: number;
  maxConcurrent: number;
}

export interface DatabaseTimeouts {
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
  /** max_parallel_workers_per_gather of the API's connections (0: each request runs on one core). */
  parallelWorkersPerGather?: number;
  /** How long a pooled connection may stay idle before it is closed (0: never). */
  poolIdleTimeoutMs?: number;
}

/** Requests allowed per window (src/http/rate-limit.ts); 0 turns a limit off. */
export interface RateLimits {
  windowMs: number;
  /** Requests without a key, per client IP. */
  perIp: number;
  /** Requests with a key, per key. */
  perKey: number;
  /** Failed authentications (unknown, revoked or expired key) per client IP, per `authFailureWindowMs`. */
  authFailures: number;
  authFailureWindowMs: number;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, def: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function bytes(env: NodeJS.ProcessEnv, name: string, def: string): number {
  const raw = env[name] || def;
  const m = /^(\d+)(kb|mb)$/i.exec(raw);
  if (!m) throw new ConfigError(`${name} must look like 512kb or 5mb (got "${raw}")`);
  return Number(m[1]) * (m[2].toLowerCase() === 'mb' ? 1024 * 1024 : 1024);
}

function bool(env: NodeJS.ProcessEnv, name: string, def: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, def: T, allowed: readonly T[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const provinceCode = env.REGISTRY_PROVINCE_CODE || '75';
  if (!/^\d{2}$/.test(provinceCode)) {
    throw new ConfigError(`REGISTRY_PROVINCE_CODE must be a 2-digit province code (got "${provinceCode}")`);
  }
  let province;
  try {
    province = registryProvince(provinceCode);
  } catch (e) {
    if (e instanceof RegistryProvinceError) throw new ConfigError(`REGISTRY_PROVINCE_CODE: ${e.message}`);
    throw e;
  }
  const bodyLimit = env.BODY_LIMIT || '1mb';
  if (!/^\d+(kb|mb)$/i.test(bodyLimit)) throw new ConfigError(`BODY_LIMIT must look like 512kb or 1mb (got "${bodyLimit}")`);
  return {
    port: int(env, 'PORT', 4000, 0, 65535),
    databaseUrl,
    embeddedDataDir: path.resolve(projectRoot, env.EMBEDDED_PG_DIR || '.data/postgres'),
    embeddedPort: int(env, 'EMBEDDED_PG_PORT', 54320, 1024, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', env.NODE_ENV === 'test' ? 'silent' : 'info', [
      'fatal',
      'error',
      'warn',
      'info',
      'debug',
      'trace',
      'silent',
    ] as const),
    provinceCode,
    provinceCodes2024: province.predecessors.map((p) => p.code),
    seedDemo: bool(env, 'SEED_DEMO', true),
    demoKeysFile: path.resolve(projectRoot, env.DEMO_KEYS_FILE || '.data/demo-api-keys.txt'),
    bodyLimit,
    shutdownTimeoutMs: int(env, 'SHUTDOWN_TIMEOUT_MS', 10000, 0, 600000),
    queryLimits: {
      maxCost: int(env, 'QUERY_MAX_COST', 200_000, 1, 100_000_000),
      maxDepth: int(env, 'QUERY_MAX_DEPTH', 12, 1, 100),
      maxAliases: int(env, 'QUERY_MAX_ALIASES', 30, 0, 1000),
      maxDirectives: int(env, 'QUERY_MAX_DIRECTIVES', 30, 0, 1000),
    },
    inputLimits: {
      maxDepth: int(env, 'INPUT_MAX_DEPTH', 20, 1, 1000),
      maxValues: int(env, 'INPUT_MAX_VALUES', 20_000, 1, 10_000_000),
    },
    databaseTimeouts: {
      statementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', 5000, 0, 3_600_000),
      lockTimeoutMs: int(env, 'DB_LOCK_TIMEOUT_MS', 3000, 0, 3_600_000),
      idleInTransactionTimeoutMs: int(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 10000, 0, 3_600_000),
      parallelWorkersPerGather: int(env, 'DB_PARALLEL_WORKERS_PER_GATHER', 0, 0, 64),
      poolIdleTimeoutMs: int(env, 'DB_POOL_IDLE_TIMEOUT_MS', 600_000, 0, 86_400_000),
    },
    responseMaxBytes: bytes(env, 'RESPONSE_MAX_BYTES', '5mb'),
    requestTimeoutMs: int(env, 'REQUEST_TIMEOUT_MS', 15000, 1000, 3_600_000),
    serverTiming: bool(env, 'SERVER_TIMING', false),
    rateLimits: {
      windowMs: int(env, 'RATE_LIMIT_WINDOW_MS', 60_000, 1000, 86_400_000),
      perIp: int(env, 'RATE_LIMIT_PER_IP', 300, 0, 10_000_000),
      perKey: int(env, 'RATE_LIMIT_PER_KEY', 1200, 0, 10_000_000),
      authFailures: int(env, 'RATE_LIMIT_AUTH_FAILURES', 10, 0, 10_000_000),
      authFailureWindowMs: int(env, 'RATE_LIMIT_AUTH_FAILURE_WINDOW_MS', 900_000, 1000, 86_400_000),
    },
    exports: {
      timeoutMs: int(env, 'EXPORT_TIMEOUT_MS', 3_600_000, 1000, 86_400_000),
      maxConcurrent: int(env, 'EXPORT_MAX_CONCURRENT', 2, 1, 100),
    },
  };
}

export { projectRoot };
