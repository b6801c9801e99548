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

export type StorageIssueKind = "corrupt" | "invalid" | "future" | "quota" | "unavailable";

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
      return `Tes révisions ont été enregistrées par une version plus récente de l’application. ${kept} Recharge la page pour obtenir la dernière version.`;
    case "quota":
      return "La mémoire de ton navigateur est pleine : tes dernières révisions ne sont plus enregistrées sur cet appareil. Exporte une sauvegarde maintenant (Réglages) pour ne rien perdre.";
    case "unavailable":
      return "Le navigateur ne permet pas d’enregistrer tes révisions (navigation privée ?). Elles seront perdues à la fermeture de la page : exporte une sauvegarde (Réglages) avant de partir.";
  }
}

/**
 * Reads `win.localStorage`, which can throw (private browsing, disabled cookies). Returns null when unusable.
 *
 * @example
 * const storage = getBrowserStorage(window); // null in some private modes
 */
export function getBrowserStorage(win: { localStorage: StorageLike } | undefined): StorageLike | null {
  try {
    if (!win) return null;
    const storage = win.localStorage;
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

/** Copies unreadable data to `<key>-aside-<now>`; returns the key, or null if the copy failed. */
export function setAside(storage: StorageLike | null, key: string, raw: string, now: number): string | null {
  if (!storage) return null;
  const asideKey = `${key}-aside-${now}`;
  try {
    storage.setItem(asideKey, raw);
    return asideKey;
  } catch {
    return null;
  }
}
