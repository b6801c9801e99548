/**
 * The storage the store writes to: the Web Storage API subset we use, safe access to
 * `window.localStorage` (which throws in some private modes), quota-error detection, and the
 * French messages shown when storage misbehaves.
 */

/** What we need from `localStorage` (also implemented by the in-memory fake). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export type StorageIssueKind = "corrupt" | "invalid" | "future" | "quota" | "unavailable" | "repaired" | "clock";

/** A storage problem the UI must tell the student about, plainly. */
export interface StorageIssue {
  kind: StorageIssueKind;
  /** French sentence for the student. */
  message: string;
  /** Where the unreadable data was copied, when it could be. */
  asideKey?: string;
}

/** Unreadable data kept aside (in memory too, so it can be exported even if copying failed). */
export interface AsideData {
  key: string;
  asideKey: string | null;
  raw: string;
}

const KEPT = "Elles ont été mises de côté, rien n’est effacé.";
const KEPT_IN_PLACE = "Elles sont laissées telles quelles et ne seront pas écrasées.";

/** French message for an issue; `asideCopied` says whether the raw data was copied to an aside key. */
export function storageIssueMessage(kind: StorageIssueKind, asideCopied = true): string {
  const kept = asideCopied ? KEPT : KEPT_IN_PLACE;
  switch (kind) {
    case "corrupt":
      return `Les révisions enregistrées sur cet appareil sont illisibles (enregistrement interrompu ?). ${kept} Exporte-les et montre-les à ton enseignant.`;
    case "invalid":
      return `Une partie des révisions enregistrées sur cet appareil est abîmée. ${kept} Le reste a été récupéré.`;
    case "future":
      return `Tes révisions ont été enregistrées par une version plus récente de l’application. ${kept} Cet onglet n’enregistre plus rien par-dessus : recharge la page pour obtenir la dernière version.`;
    case "quota":
      return "La mémoire de ton navigateur est pleine : tes dernières révisions sont gardées dans cet onglet et seront enregistrées dès qu’il y aura de la place. Pour ne rien perdre, ne ferme pas l’onglet : exporte une sauvegarde (Réglages) ou libère de la place.";
    case "repaired":
      return "Des fiches ont été reconstruites à partir de ton historique de révisions : aucune révision n’est perdue.";
    case "clock":
      return "Certaines révisions sont datées dans le futur : l’horloge de cet appareil est peut-être fausse. Elles sont gardées, et les prochaines comptent juste après elles.";
    case "unavailable":
      return "Le navigateur ne permet pas d’enregistrer tes révisions (navigation privée ?). Elles seront perdues à la fermeture de la page : exporte une sauvegarde (Réglages) avant de partir.";
  }
}

/**
 * French message when cards were rebuilt from the review log.
 *
 * @example
 * repairedMessage(2); // "2 fiches ont été reconstruites à partir de ton historique de révisions : aucune révision n’est perdue."
 */
export function repairedMessage(cards: number): string {
  return `${cards} ${cards > 1 ? "fiches ont été reconstruites" : "fiche a été reconstruite"} à partir de ton historique de révisions : aucune révision n’est perdue.`;
}

/**
 * Reads `win.localStorage` (or `sessionStorage`), which can throw (private browsing, disabled cookies). Returns null when unusable.
 *
 * @example
 * const storage = getBrowserStorage(window); // null in some private modes
 */
export function getBrowserStorage(
  win: { localStorage: StorageLike } | { sessionStorage: StorageLike } | undefined,
  which: "localStorage" | "sessionStorage" = "localStorage",
): StorageLike | null {
  try {
    if (!win) return null;
    const storage = (win as Record<typeof which, StorageLike>)[which];
    if (!storage) return null;
    const probe = "__kor-probe__";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** Whether an error thrown by `setItem` means the storage is full. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { name?: string; code?: number };
  return e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22 || e.code === 1014;
}

/** Lists the keys of a storage (a snapshot, safe to modify the storage while iterating it). */
export function storageKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/**
 * Aside copies may use at most this many characters in all (about a fifth of the usual 5 M-character
 * localStorage quota), so keeping bad data never fills the storage the reviews need.
 */
export const ASIDE_BUDGET_CHARS = 1_000_000;

const ASIDE_KEY = /^(.+)-aside-([0-9a-f]{8})-(\d+)$/;

/** FNV-1a over UTF-16 code units, as 8 hex digits: names an aside copy by its content. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** One aside copy in storage. */
export interface AsideEntry {
  asideKey: string;
  /** The key the data was read from. */
  source: string;
  /** Epoch ms when it was set aside. */
  at: number;
  chars: number;
}

/**
 * The aside copies in a storage, oldest first.
 *
 * @example
 * listAside(localStorage); // [{ asideKey: "kor-study-aside-1a2b3c4d-1736150400000", source: "kor-study", at: 1736150400000, chars: 812 }]
 */
export function listAside(storage: StorageLike): AsideEntry[] {
  const out: AsideEntry[] = [];
  for (const key of storageKeys(storage)) {
    const m = ASIDE_KEY.exec(key);
    if (m) out.push({ asideKey: key, source: m[1], at: Number(m[3]), chars: key.length + (storage.getItem(key)?.length ?? 0) });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Where data was set aside: `fresh` is false when the same content was already kept (nothing written). */
export interface AsideResult {
  asideKey: string | null;
  fresh: boolean;
}

/**
 * Copies unreadable data to `<key>-aside-<hash>-<now>`, once per distinct content and within
 * ASIDE_BUDGET_CHARS. Returns the key (the existing one when that content was already kept), or
 * null when it could not be copied (no room: the caller then leaves the data in place).
 *
 * @example
 * setAside(storage, "kor-study", "{not json", now); // { asideKey: "kor-study-aside-…-<now>", fresh: true }
 */
export function setAside(storage: StorageLike | null, key: string, raw: string, now: number): AsideResult {
  if (!storage) return { asideKey: null, fresh: true };
  const hash = contentHash(raw);
  const existing = listAside(storage);
  const same = existing.find((a) => a.source === key && a.asideKey.includes(`-aside-${hash}-`) && storage.getItem(a.asideKey) === raw);
  if (same) return { asideKey: same.asideKey, fresh: false };
  const asideKey = `${key}-aside-${hash}-${now}`;
  const used = existing.reduce((n, a) => n + a.chars, 0);
  if (used + asideKey.length + raw.length > ASIDE_BUDGET_CHARS) return { asideKey: null, fresh: true };
  try {
    storage.setItem(asideKey, raw);
    return { asideKey, fresh: true };
  } catch {
    return { asideKey: null, fresh: true };
  }
}

/**
 * Writes several keys all or nothing: if one write fails, the keys already written get their old
 * values back and the error is thrown again. `null` removes a key.
 *
 * @example
 * writeAll(storage, [["kor-study-logs-w1-3", chunk], ["kor-study", state]]);
 */
export function writeAll(storage: StorageLike, writes: readonly (readonly [string, string | null])[]): void {
  const done: [string, string | null][] = [];
  try {
    for (const [key, value] of writes) {
      const previous = storage.getItem(key);
      if (value === null) storage.removeItem(key);
      else storage.setItem(key, value);
      done.push([key, previous]);
    }
  } catch (error) {
    for (const [key, previous] of done.reverse()) {
      try {
        if (previous === null) storage.removeItem(key);
        else storage.setItem(key, previous);
      } catch {
        // Restoring a smaller or equal value: only fails if storage broke meanwhile.
      }
    }
    throw error;
  }
}

/** Characters `writes` add to the storage (new minus replaced), keys included. */
export function charsNeeded(storage: StorageLike, writes: readonly (readonly [string, string | null])[]): number {
  let n = 0;
  for (const [key, value] of writes) {
    const old = storage.getItem(key);
    n += (value === null ? 0 : key.length + value.length) - (old === null ? 0 : key.length + old.length);
  }
  return n;
}

const PROBE_KEY = "__kor-space-probe__";

/**
 * Free characters in the storage, up to `atMost`, measured by writing a probe (binary search, 1 %
 * precision); only used to tell the student how much space is missing.
 */
export function estimateFreeChars(storage: StorageLike, atMost: number): number {
  let lo = 0;
  let hi = Math.max(0, atMost);
  while (hi - lo > Math.max(1024, hi / 100)) {
    const mid = Math.floor((lo + hi) / 2);
    try {
      storage.setItem(PROBE_KEY, "x".repeat(Math.max(0, mid - PROBE_KEY.length)));
      lo = mid;
    } catch {
      hi = mid;
    } finally {
      try {
        storage.removeItem(PROBE_KEY);
      } catch {
        // nothing to remove
      }
    }
  }
  return lo;
}
