/**
 * Append-only review-log storage, outside the main state so that rating one card rewrites a few
 * kilobytes, not the whole history.
 *
 * Layout in localStorage (prefix = STORE_KEY):
 * - `<prefix>-logs-<writer>-ids`: JSON array of the card ids this writer has logged (interned once);
 * - `<prefix>-logs-<writer>-<n>`: chunk n of this writer, `{"t":t0,"l":[i,dt,rs,ms, …]}` with up to
 *   CHUNK_SIZE logs as flat quadruples: card index in the writer's ids, ms since the previous log
 *   (the first since t0), rating×10+state, duration in ms;
 * - `<prefix>-writer`: lease `{w,tab,t}` naming the tab currently using the device's main writer.
 *
 * A writer is one tab: it appends only to its own chunks, so two tabs never overwrite each other's
 * logs. A tab that starts while no other tab has written for LEASE_MS adopts the device writer, so
 * chunks and interned ids do not multiply with every visit. Loading reads every chunk; unreadable
 * keys are copied aside and reported, never overwritten.
 */
import { logId, type ReviewLogEntry } from "@/lib/study/types";
import { decodeChunk, decodeIds, encodeChunk, type DecodedIds } from "./logCodec";
import { isQuotaError, setAside, storageIssueMessage, storageKeys, type AsideData, type StorageIssue, type StorageLike } from "./storage";

export const CHUNK_SIZE = 500;
/** A lease older than this is free: its tab is closed or idle. */
export const LEASE_MS = 2 * 60_000;

interface Chunk {
  writer: string;
  n: number;
  logs: ReviewLogEntry[];
}

interface Lease {
  w: string;
  tab: string;
  t: number;
}

/** Logs placed in memory and the writes that would store them (see `prepareImport`). */
export interface ImportPlan {
  added: number;
  writes: [string, string][];
  commit(): void;
  abort(): void;
}

export type IssueReporter = (issue: StorageIssue, aside?: AsideData) => void;

function byTime(a: ReviewLogEntry, b: ReviewLogEntry): number {
  return a.reviewTime - b.reviewTime;
}

function sanitizeId(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, 12);
}

export class LogStore {
  private readonly chunks = new Map<string, Chunk>();
  private readonly dicts = new Map<string, DecodedIds>();
  private ownIndex = new Map<string, number>();
  private writer = "";
  private readonly tab: string;
  private lastN = -1;
  private leaseHolder = false;
  private dictDirty = false;
  private readonly dirty = new Set<string>();
  private readonly broken = new Set<string>();
  private sorted: ReviewLogEntry[] = [];
  private readonly keyPattern: RegExp;
  /** Set when storage could not be read: then it is never written either (it may hold data we did not see). */
  private disabled = false;

  constructor(
    private readonly storage: StorageLike | null,
    private readonly prefix: string,
    private readonly newId: () => string,
    private readonly report: IssueReporter,
  ) {
    this.tab = sanitizeId(newId()) || "tab";
    this.keyPattern = new RegExp(`^${prefix.replace(/[-]/g, "\\-")}-logs-([a-z0-9]+)-(\\d+|ids)$`);
  }

  /** The writer id this tab appends under. */
  get writerId(): string {
    return this.writer;
  }
  private get leaseKey(): string {
    return `${this.prefix}-writer`;
  }
  private chunkKey(writer: string, n: number): string {
    return `${this.prefix}-logs-${writer}-${n}`;
  }
  private dictKey(writer: string): string {
    return `${this.prefix}-logs-${writer}-ids`;
  }
  /** Whether a storage key belongs to the log store. */
  ownsKey(key: string): boolean {
    return this.keyPattern.test(key) || key === this.leaseKey;
  }

  /**
   * Whether this log is known (used to tell an undo made in another tab from an older card).
   *
   * @example
   * logStore.hasLog("a:forward", 1736150400000); // true
   */
  hasLog(cardId: string, reviewTime: number): boolean {
    let i = this.insertionIndex(reviewTime) - 1;
    for (; i >= 0 && this.sorted[i].reviewTime === reviewTime; i--) if (this.sorted[i].cardId === cardId) return true;
    return false;
  }

  /** All logs, oldest first. A new array after every change (for immutable stores). */
  all(): ReviewLogEntry[] {
    return this.sorted;
  }

  /**
   * Reads every chunk of every writer and picks this tab's writer.
   *
   * @example
   * const logs = logStore.load(Date.now());
   */
  load(now: number): ReviewLogEntry[] {
    this.chunks.clear();
    this.dicts.clear();
    this.broken.clear();
    const storage = this.disabled ? null : this.storage;
    if (storage) {
      const keys = storageKeys(storage);
      const chunkKeys: { key: string; writer: string; n: number }[] = [];
      for (const key of keys) {
        const m = this.keyPattern.exec(key);
        if (!m) continue;
        if (m[2] === "ids") {
          const raw = storage.getItem(key) ?? "";
          const dict = decodeIds(raw);
          this.dicts.set(m[1], dict);
          if (!dict.intact) this.putAside(key, raw, now, m[1]);
        } else chunkKeys.push({ key, writer: m[1], n: Number(m[2]) });
      }
      for (const { key, writer, n } of chunkKeys) {
        const raw = storage.getItem(key) ?? "";
        const dict = this.dicts.get(writer);
        const decoded = decodeChunk(raw, dict);
        if (!decoded) {
          this.putAside(key, raw, now, writer);
          continue;
        }
        this.chunks.set(key, { writer, n, logs: decoded.logs });
        // Without its ids list every review of the chunk is unreadable: keep the whole chunk aside.
        if (!dict || decoded.salvaged) this.putAside(key, raw, now, writer);
        else if (decoded.bad.length > 0) this.putAside(key, JSON.stringify({ chunk: key, reviews: decoded.bad }), now, writer, false);
      }
    }
    this.chooseWriter(now);
    this.rebuild();
    return this.sorted;
  }

  /**
   * Keeps unreadable data aside (once per distinct content) and tells the student the first time.
   * `brokenWriter`: the writer's keys cannot be rewritten safely, so a fresh writer is used. Single
   * bad reviews do not break a writer: they are simply not written back when its chunk is rewritten.
   */
  private putAside(key: string, raw: string, now: number, writer: string, brokenWriter = true): void {
    const { asideKey, fresh } = setAside(this.disabled ? null : this.storage, key, raw, now);
    // Bad reviews not copied aside must stay where they are: then the writer is not rewritten either.
    if (brokenWriter || asideKey === null) this.broken.add(writer);
    if (!fresh) return;
    const kind = brokenWriter ? "corrupt" : "invalid";
    this.report({ kind, message: storageIssueMessage(kind, asideKey !== null), ...(asideKey ? { asideKey } : {}) }, { key, asideKey, raw });
  }

  private readLease(): Lease | null {
    if (this.disabled) return null;
    try {
      const value = JSON.parse(this.storage?.getItem(this.leaseKey) ?? "null") as Lease | null;
      return value && typeof value.w === "string" && typeof value.tab === "string" && typeof value.t === "number" ? value : null;
    } catch {
      return null;
    }
  }

  private writeLease(now: number): void {
    if (this.disabled) return;
    try {
      this.storage?.setItem(this.leaseKey, JSON.stringify({ w: this.writer, tab: this.tab, t: now }));
    } catch {
      // The lease is an optimisation; without it this tab simply keeps its writer.
    }
  }

  private chooseWriter(now: number): void {
    const lease = this.readLease();
    const leaseFree = !lease || lease.tab === this.tab || now - lease.t >= LEASE_MS;
    const adoptable = lease && leaseFree && /^[a-z0-9]+$/.test(lease.w) && !this.broken.has(lease.w);
    if (leaseFree) {
      this.useWriter(adoptable ? lease!.w : this.freshWriterId());
      this.leaseHolder = true;
      this.writeLease(now);
    } else {
      this.useWriter(this.freshWriterId());
      this.leaseHolder = false;
    }
  }

  private freshWriterId(): string {
    for (let attempt = 0; attempt < 100; attempt++) {
      const id = sanitizeId(this.newId()) || `w${attempt}`;
      const used = this.dicts.has(id) || this.broken.has(id) || [...this.chunks.values()].some((c) => c.writer === id);
      if (!used && (!this.storage || this.disabled || this.storage.getItem(this.dictKey(id)) === null)) return id;
    }
    throw new Error("newId() keeps returning ids already in use");
  }

  private useWriter(writer: string): void {
    this.writer = writer;
    const dict = this.dicts.get(writer) ?? { ids: [], intact: true };
    this.dicts.set(writer, dict);
    this.ownIndex = new Map();
    dict.ids.forEach((id, i) => id !== null && this.ownIndex.set(id, i));
    this.lastN = -1;
    for (const chunk of this.chunks.values()) if (chunk.writer === writer && chunk.n > this.lastN) this.lastN = chunk.n;
    this.dictDirty = false;
    this.dirty.clear();
  }

  /** Another tab took our writer over (we were idle past the lease): continue under a fresh one. */
  private checkLease(now: number): void {
    if (!this.leaseHolder) return;
    const lease = this.readLease();
    if (lease && lease.tab !== this.tab && lease.w === this.writer) {
      this.leaseHolder = false;
      const pending = this.unsaved();
      this.useWriter(this.freshWriterId());
      for (const log of pending) this.place(log);
    } else {
      this.writeLease(now);
    }
  }

  /** All chunks' logs, oldest first, each review once: the same review under two writers (a copied writer, an import made twice) counts once. */
  private rebuild(): void {
    const all: ReviewLogEntry[] = [];
    const seen = new Set<string>();
    for (const chunk of this.chunks.values()) {
      for (const log of chunk.logs) {
        const id = logId(log);
        if (seen.has(id)) continue;
        seen.add(id);
        all.push(log);
      }
    }
    this.sorted = all.sort(byTime);
  }

  /** Puts a log into this writer's last chunk (opening a new one when full), without writing. */
  private place(log: ReviewLogEntry): void {
    if (!this.ownIndex.has(log.cardId)) {
      const dict = this.dicts.get(this.writer)!.ids;
      this.ownIndex.set(log.cardId, dict.length);
      dict.push(log.cardId);
      this.dictDirty = true;
    }
    let chunk = this.lastChunk();
    if (!chunk || chunk.logs.length >= CHUNK_SIZE) {
      this.lastN++;
      chunk = { writer: this.writer, n: this.lastN, logs: [] };
      this.chunks.set(this.chunkKey(this.writer, this.lastN), chunk);
    }
    chunk.logs.push(log);
    this.dirty.add(this.chunkKey(this.writer, chunk.n));
  }

  /** Whether storage access was stopped (see `disable`). */
  get isDisabled(): boolean {
    return this.disabled;
  }

  /** Stops all storage access (storage unreadable): logs then live in memory only. */
  disable(): void {
    this.disabled = true;
  }

  /** Writes the interned ids (first) and the changed chunks. Returns false if storage refused. */
  flush(): boolean {
    if (!this.storage || this.disabled) return false;
    try {
      if (this.dictDirty) {
        this.storage.setItem(this.dictKey(this.writer), JSON.stringify(this.dicts.get(this.writer)!.ids));
        this.dictDirty = false;
      }
      for (const key of [...this.dirty]) {
        const chunk = this.chunks.get(key);
        if (!chunk || chunk.logs.length === 0) this.storage.removeItem(key);
        else this.storage.setItem(key, encodeChunk(chunk.logs, this.ownIndex));
        this.dirty.delete(key);
      }
      return true;
    } catch (error) {
      const kind = isQuotaError(error) ? "quota" : "unavailable";
      this.report({ kind, message: storageIssueMessage(kind) });
      return false;
    }
  }

  /**
   * Appends one log and writes it (the interned ids if new, and this writer's last chunk).
   * Returns whether it reached storage; it is kept in memory either way.
   *
   * @example
   * logStore.append({ cardId: "a:forward", reviewTime: now, rating: 3, state: 0, durationMs: 4000 }, now);
   */
  append(log: ReviewLogEntry, now: number): boolean {
    this.checkLease(now);
    this.place(log);
    const last = this.sorted[this.sorted.length - 1];
    const next = this.sorted.slice();
    if (!last || last.reviewTime <= log.reviewTime) next.push(log);
    else next.splice(this.insertionIndex(log.reviewTime), 0, log);
    this.sorted = next;
    return this.flush();
  }

  private insertionIndex(time: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].reviewTime <= time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Plans adding the logs not already known (by log id), e.g. from a backup: they are placed in
   * memory and the storage writes they need are returned, to be made together with the main state
   * (all or nothing). Then `commit()` keeps them, `abort()` forgets them.
   *
   * @example
   * const plan = logStore.prepareImport(backup.logs, now);
   * try { writeAll(storage, plan.writes); plan.commit(); } catch { plan.abort(); }
   */
  prepareImport(logs: readonly ReviewLogEntry[], now: number): ImportPlan {
    const known = new Set(this.sorted.map(logId));
    const seen = new Set<string>();
    const fresh = logs.filter((l) => {
      const id = logId(l);
      if (known.has(id) || seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    fresh.sort(byTime);
    if (fresh.length === 0) return { added: 0, writes: [], commit: () => {}, abort: () => {} };
    this.checkLease(now);
    const dict = this.dicts.get(this.writer)!.ids;
    const before = { lastN: this.lastN, dictLength: dict.length, lastLength: this.lastChunk()?.logs.length ?? 0, dictDirty: this.dictDirty, dirty: new Set(this.dirty) };
    for (const log of fresh) this.place(log);
    const writes: [string, string][] = [];
    if (this.dictDirty) writes.push([this.dictKey(this.writer), JSON.stringify(dict)]);
    for (const key of this.dirty) {
      const chunk = this.chunks.get(key);
      if (chunk && chunk.logs.length > 0) writes.push([key, encodeChunk(chunk.logs, this.ownIndex)]);
    }
    return {
      added: fresh.length,
      writes,
      commit: () => {
        for (const [key] of writes) this.dirty.delete(key);
        this.dictDirty = false;
        this.rebuild();
      },
      abort: () => {
        for (let n = this.lastN; n > before.lastN; n--) this.chunks.delete(this.chunkKey(this.writer, n));
        this.lastN = before.lastN;
        const last = this.lastChunk();
        if (last) last.logs.length = before.lastLength;
        for (const id of dict.splice(before.dictLength)) this.ownIndex.delete(id!);
        this.dictDirty = before.dictDirty;
        this.dirty.clear();
        for (const key of before.dirty) this.dirty.add(key);
      },
    };
  }

  /**
   * Adds the logs not already known and tries to write them; they stay in memory (and are retried
   * with the next write) when storage refuses. Returns whether any was added.
   *
   * @example
   * logStore.addLogs(pendingFromSession, now);
   */
  addLogs(logs: readonly ReviewLogEntry[], now: number): boolean {
    const plan = this.prepareImport(logs, now);
    if (plan.added === 0) return false;
    this.rebuild();
    this.flush();
    return true;
  }

  private lastChunk(): Chunk | undefined {
    return this.lastN >= 0 ? this.chunks.get(this.chunkKey(this.writer, this.lastN)) : undefined;
  }

  /** Logs not yet in storage (those of chunks whose write failed), to keep elsewhere meanwhile. */
  unsaved(): ReviewLogEntry[] {
    return [...this.dirty].flatMap((key) => this.chunks.get(key)?.logs ?? []);
  }

  /**
   * Removes a log this tab wrote (undo). Returns false if it is not in this writer's chunks.
   *
   * @example
   * logStore.remove(lastLog);
   */
  remove(log: ReviewLogEntry): boolean {
    const id = logId(log);
    for (let n = this.lastN; n >= 0; n--) {
      const key = this.chunkKey(this.writer, n);
      const chunk = this.chunks.get(key);
      if (!chunk) continue;
      const i = chunk.logs.findIndex((l) => logId(l) === id);
      if (i < 0) continue;
      chunk.logs.splice(i, 1);
      if (chunk.logs.length === 0) {
        this.chunks.delete(key);
        if (n === this.lastN) this.lastN--;
      }
      this.dirty.add(key);
      const j = this.sorted.lastIndexOf(this.sorted.find((l) => logId(l) === id)!);
      this.sorted = this.sorted.filter((_, k) => k !== j);
      this.flush();
      return true;
    }
    return false;
  }

  /**
   * Applies a change another tab made to a log key (from a `storage` event). Returns whether the logs changed.
   *
   * @example
   * if (logStore.applyExternal(event.key, event.newValue)) store.setState({ logs: logStore.all() });
   */
  applyExternal(key: string, newValue: string | null, now: number): boolean {
    const m = this.keyPattern.exec(key);
    if (!m) return false;
    const writer = m[1];
    if (writer === this.writer) this.checkLease(now);
    if (writer === this.writer) return false;
    if (m[2] === "ids") {
      if (newValue === null) this.dicts.delete(writer);
      else this.dicts.set(writer, decodeIds(newValue));
      return false;
    }
    if (newValue === null) {
      if (!this.chunks.delete(key)) return false;
    } else {
      let decoded = decodeChunk(newValue, this.dicts.get(writer));
      if (!decoded || decoded.bad.length > 0) {
        // The ids key may not have reached us yet: read it directly.
        const dict = decodeIds(this.storage?.getItem(this.dictKey(writer)) ?? "");
        this.dicts.set(writer, dict);
        decoded = decodeChunk(newValue, dict);
      }
      if (!decoded) return false;
      this.chunks.set(key, { writer, n: Number(m[2]), logs: decoded.logs });
    }
    this.rebuild();
    return true;
  }

  /** Erases every log of every writer (the student asked for a reset). */
  clearAll(now: number): void {
    if (this.storage && !this.disabled) {
      for (const key of storageKeys(this.storage)) {
        if (this.keyPattern.test(key)) {
          try {
            this.storage.removeItem(key);
          } catch {
            // nothing to do: the key stays
          }
        }
      }
    }
    this.chunks.clear();
    this.dicts.clear();
    this.useWriter(this.writer);
    this.sorted = [];
    if (this.leaseHolder) this.writeLease(now);
  }
}
