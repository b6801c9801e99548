/**
 * In-memory Storage fakes for tests and benchmarks: one storage with an optional quota and fault
 * injection, and a hub that shares one storage between several "tabs" and delivers `storage`
 * events to the other tabs, like a browser does.
 */
import type { StorageLike } from "./storage";

export interface MemoryStorageOptions {
  /** Total characters (keys + values) allowed before `setItem` throws QuotaExceededError. */
  quotaChars?: number;
  /** Called on each setItem; throw from it to inject a fault. */
  onSet?: (key: string, value: string) => void;
}

function quotaError(): Error {
  const error = new Error("The quota has been exceeded.");
  error.name = "QuotaExceededError";
  return error;
}

/** A Map-backed Storage; values are strings, as in a browser. */
export class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  constructor(private readonly options: MemoryStorageOptions = {}) {}

  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.options.onSet?.(key, value);
    const v = String(value);
    if (this.options.quotaChars !== undefined) {
      const old = this.data.get(key);
      const next = this.usedChars() - (old === undefined ? 0 : key.length + old.length) + key.length + v.length;
      if (next > this.options.quotaChars) throw quotaError();
    }
    this.data.set(key, v);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  clear(): void {
    this.data.clear();
  }
  /** Characters used by keys and values (browsers count UTF-16 code units, which this is). */
  usedChars(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }
}

/** A `storage` event as the store needs it. */
export interface StorageEventLike {
  key: string | null;
  newValue: string | null;
}

/** A window-like object for `startTabSync`. */
export interface TabWindow {
  localStorage: StorageLike;
  addEventListener(type: "storage", listener: (event: StorageEventLike) => void): void;
  removeEventListener(type: "storage", listener: (event: StorageEventLike) => void): void;
}

/**
 * One storage shared by several tabs. Writes from one tab queue a `storage` event for every other
 * tab; `deliver()` dispatches them (browsers deliver asynchronously, so tests choose when).
 *
 * @example
 * const hub = new StorageHub(); const a = hub.tab(); const b = hub.tab();
 * a.localStorage.setItem("k", "v"); hub.deliver(); // b's listeners saw { key: "k", newValue: "v" }
 */
export class StorageHub {
  readonly storage: MemoryStorage;
  private readonly tabs: { listeners: Set<(e: StorageEventLike) => void> }[] = [];
  private queue: { from: number; event: StorageEventLike }[] = [];

  constructor(options: MemoryStorageOptions = {}) {
    this.storage = new MemoryStorage(options);
  }

  tab(): TabWindow {
    const index = this.tabs.length;
    const tab = { listeners: new Set<(e: StorageEventLike) => void>() };
    this.tabs.push(tab);
    const shared = this.storage;
    const queue = (key: string, newValue: string | null) => {
      if (shared.getItem(key) === newValue) return;
      this.queue.push({ from: index, event: { key, newValue } });
    };
    const view: StorageLike = {
      get length() {
        return shared.length;
      },
      key: (i) => shared.key(i),
      getItem: (k) => shared.getItem(k),
      setItem: (k, v) => {
        const changed = shared.getItem(k) !== v;
        shared.setItem(k, v);
        if (changed) this.queue.push({ from: index, event: { key: k, newValue: v } });
      },
      removeItem: (k) => {
        queue(k, null);
        shared.removeItem(k);
      },
    };
    return {
      localStorage: view,
      addEventListener: (_type, listener) => tab.listeners.add(listener),
      removeEventListener: (_type, listener) => tab.listeners.delete(listener),
    };
  }

  /** Delivers queued events (and those their handlers cause) until none is left. */
  deliver(maxRounds = 100): void {
    for (let round = 0; round < maxRounds && this.queue.length > 0; round++) {
      const batch = this.queue;
      this.queue = [];
      for (const { from, event } of batch) {
        this.tabs.forEach((tab, i) => {
          if (i !== from) tab.listeners.forEach((l) => l(event));
        });
      }
    }
  }
}
