import type { DataSource, EntityManager } from 'typeorm';
import type { ControlConnection } from '../graphql/control';
import { todayInVietnam } from '../graphql/dates';
import { secretHashOf, UsableKey, usableKeyByHash } from './api-key.service';
import type { Viewer } from './viewer';

/** The NOTIFY channel of every change to `api_key` (trigger of migrations/1765400000000-NationalReadPaths.ts). */
export const API_KEY_CHANNEL = 'api_key_changed';

interface Entry extends UsableKey {
  at: number;
}

/**
 * The keys of recent requests, so that a request with a key costs no lookup: an entry is kept only while the cache is
 * sure to hear of its revocation.
 *
 * - Every change to `api_key` (a revocation by the API or by the `apikey` CLI of another process, a manual UPDATE, a
 *   DELETE) sends a NOTIFY in its transaction (a statement trigger); the control connection LISTENs, and each
 *   notification empties the cache. A revocation through this process also empties it as soon as it commits; one by
 *   another session is heard when its notification arrives (the listening backend forwards it a moment after the
 *   writer's commit returns: well under a millisecond on an idle machine, more under load), and a request in that
 *   moment may still pass with the key.
 * - While the control connection is not listening (not yet connected, the database away), nothing is cached and
 *   every key is looked up; when it listens again the cache starts empty.
 * - A lookup that started before a notification arrived is not cached (the generation changed): a key read just
 *   before its revocation committed cannot outlive it.
 * - The expiry date is checked on every use; an entry is dropped after `ttlMs` in any case; unknown keys are never
 *   cached (a flood of guessed keys cannot fill it), and it holds at most `maxEntries` keys.
 */
export class ApiKeyCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(
    private readonly control: ControlConnection,
    private readonly opts: { ttlMs: number; maxEntries: number } = { ttlMs: 60_000, maxEntries: 10_000 },
  ) {
    control.listen(API_KEY_CHANNEL, () => this.clear());
    control.onDown(() => this.clear());
    control.onUp(() => this.clear());
  }

  /** Forgets every key (a key changed, or notifications may have been missed). */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  /** The viewer behind a bearer secret, or null when the key is unknown, revoked or expired. */
  async viewer(manager: EntityManager, secret: string): Promise<Viewer | null> {
    const hash = secretHashOf(secret);
    if (!hash) return null;
    const id = hash.toString('base64');
    const today = todayInVietnam();
    const hit = this.entries.get(id);
    if (hit) {
      if (this.control.up && Date.now() - hit.at < this.opts.ttlMs && (hit.expiresOn === null || hit.expiresOn >= today)) return hit.viewer;
      this.entries.delete(id);
    }
    const generation = this.generation;
    const key = await usableKeyByHash(manager, hash);
    if (key && this.control.up && generation === this.generation) {
      if (this.entries.size >= this.opts.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(id, { ...key, at: Date.now() });
    }
    return key?.viewer ?? null;
  }
}

const caches = new WeakMap<DataSource, Set<ApiKeyCache>>();

/** A key cache for an app on `dataSource`, forgotten by forgetApiKeys(dataSource) too (`release` when the app stops). */
export function apiKeyCacheFor(dataSource: DataSource, control: ControlConnection): { cache: ApiKeyCache; release: () => void } {
  const cache = new ApiKeyCache(control);
  let set = caches.get(dataSource);
  if (!set) caches.set(dataSource, (set = new Set()));
  set.add(cache);
  return { cache, release: () => set.delete(cache) };
}

/** Empties the key caches of a database at once (a revocation by this process, right after it commits). */
export function forgetApiKeys(dataSource: DataSource): void {
  for (const cache of caches.get(dataSource) ?? []) cache.clear();
}
