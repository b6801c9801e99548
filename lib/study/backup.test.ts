import { describe, expect, it } from "vitest";
import { BACKUP_MESSAGES, createBackupJson, parseBackup } from "./backup";
import { buildCard, buildLog, buildReviewCard, cardMap, T0 } from "./fixtures";
import { DEFAULT_SETTINGS } from "./settings";

const data = {
  settings: { ...DEFAULT_SETTINGS, newPerDay: 20 },
  cards: cardMap([buildCard("a:forward"), buildReviewCard("b:forward", T0)]),
  orphaned: cardMap([buildReviewCard("gone:forward", T0)]),
  logs: [buildLog("b:forward", T0 - 1000), buildLog("b:forward", T0)],
};

describe("backups", () => {
  it("round-trips settings, cards, orphaned cards and logs", () => {
    const text = createBackupJson(data, { appVersion: "0.1.0", now: T0 });
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup).toMatchObject({ app: "kazakhstan-onu-revision", format: 1, appVersion: "0.1.0", exportedAt: "2025-01-06T09:00:00.000Z" });
    expect(result.backup.settings).toEqual(data.settings);
    expect(result.backup.cards).toEqual(data.cards);
    expect(result.backup.orphaned).toEqual(data.orphaned);
    expect(result.backup.logs).toEqual(data.logs);
    expect(result.preview).toEqual({ cards: 2, logs: 2 });
  });

  it("refuses unreadable JSON", () => {
    expect(parseBackup("{ pas du json")).toEqual({ ok: false, message: "Fichier JSON illisible." });
  });

  it("refuses a file from another app", () => {
    expect(parseBackup(JSON.stringify({ app: "autre", cards: {} }))).toEqual({ ok: false, message: "Ce fichier n’est pas une sauvegarde de l’application." });
    expect(parseBackup("[1,2]")).toEqual({ ok: false, message: BACKUP_MESSAGES.notBackup });
  });

  it("refuses a backup from a newer version of the app", () => {
    const newer = { ...JSON.parse(createBackupJson(data, { appVersion: "9", now: T0 })), format: 2 };
    const result = parseBackup(JSON.stringify(newer));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Sauvegarde d’une version plus récente de l’application\./);
  });

  it("refuses a damaged backup (wrong types, truncated) and an empty file", () => {
    const good = createBackupJson(data, { appVersion: "0.1.0", now: T0 });
    const wrongTypes = { ...JSON.parse(good), logs: [["b:forward", "hier", 3, 2, 1]] };
    expect(parseBackup(JSON.stringify(wrongTypes))).toEqual({ ok: false, message: BACKUP_MESSAGES.damaged });
    expect(parseBackup(good.slice(0, good.length / 2))).toEqual({ ok: false, message: BACKUP_MESSAGES.notJson });
    expect(parseBackup("  ")).toEqual({ ok: false, message: BACKUP_MESSAGES.empty });
  });
});
