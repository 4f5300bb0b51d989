import path from 'node:path';

/** Every setting of the registry, parsed and validated once. */
export interface Config {
  port: number;
  /** An external PostgreSQL; when absent an embedded one is started. */
  databaseUrl: string | null;
  embeddedDataDir: string;
  embeddedPort: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Province whose registry this is (2024 code), e.g. 70 Bình Phước. */
  provinceCode: string;
  /** Load the demo entities on the first start of an empty database. */
  seedDemo: boolean;
  demoKeysFile: string;
  bodyLimit: string;
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {}

const projectRoot = path.resolve(__dirname, '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');

function int(env: NodeJS.ProcessEnv, name: string, def: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
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
  const provinceCode = env.REGISTRY_PROVINCE_CODE || '70';
  if (!/^\d{2}$/.test(provinceCode)) {
    throw new ConfigError(`REGISTRY_PROVINCE_CODE must be a 2-digit province code (got "${provinceCode}")`);
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
    seedDemo: bool(env, 'SEED_DEMO', true),
    demoKeysFile: path.resolve(projectRoot, env.DEMO_KEYS_FILE || '.data/demo-api-keys.txt'),
    bodyLimit,
    shutdownTimeoutMs: int(env, 'SHUTDOWN_TIMEOUT_MS', 10000, 0, 600000),
  };
}

export { projectRoot };
