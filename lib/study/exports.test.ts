import { describe, expect, it } from "vitest";
import { cardsToTsv, flashcardFaces, FSRS_CSV_HEADER, logsToFsrsCsv } from "./exports";
import { buildLog, T0 } from "./fixtures";

describe("logsToFsrsCsv", () => {
  it("writes the FSRS optimizer header and one line per review, oldest first", () => {
    const csv = logsToFsrsCsv([buildLog("b:reverse", T0 + 1000, { rating: 1, state: 2, durationMs: 7000 }), buildLog("a:forward", T0, { rating: 3, state: 0, durationMs: 4200 })], "Europe/Paris");
    expect(csv).toBe(`${FSRS_CSV_HEADER}\na:forward,${T0},3,0,4200,Europe/Paris,4\nb:reverse,${T0 + 1000},1,2,7000,Europe/Paris,4\n`);
    expect(FSRS_CSV_HEADER).toBe("card_id,review_time,review_rating,review_state,review_duration,timezone,next_day_starts_at");
  });

  it("quotes a card id that contains a comma", () => {
    expect(logsToFsrsCsv([buildLog('a,"b":forward', T0)], "UTC").split("\n")[1]).toBe(`"a,""b"":forward",${T0},3,2,4000,UTC,4`);
  });
});

describe("cardsToTsv", () => {
  it("writes front<TAB>back lines", () => {
    expect(cardsToTsv([{ front: "Capitale ?", back: "Astana" }, { front: "Année ?", back: "1992" }])).toBe("Capitale ?\tAstana\nAnnée ?\t1992\n");
  });

  it("keeps each field on its line: tabs become spaces, line breaks \" / \"", () => {
    expect(cardsToTsv([{ front: "a\tb", back: "ligne 1\nligne 2" }])).toBe("a b\tligne 1 / ligne 2\n");
  });

  it("uses the prompt for forward cards and the answer for reverse cards", () => {
    const fact = { prompt: "Quand ?", answer: "2 mars 1992", label: "Date d’adhésion" };
    expect(flashcardFaces(fact, "forward")).toEqual({ front: "Quand ?", back: "2 mars 1992" });
    expect(flashcardFaces(fact, "reverse")).toEqual({ front: "2 mars 1992", back: "Date d’adhésion" });
  });
});

describe("FSRS CSV from hostile card ids", () => {
  it("neutralises a formula in a card id from a backup", () => {
    const csv = logsToFsrsCsv([{ cardId: '=HYPERLINK("http://x","y")', reviewTime: 1, rating: 3, state: 0, durationMs: 1 }], "Europe/Paris");
    expect(csv.split("\n")[1]).toBe(`"'=HYPERLINK(""http://x"",""y"")",1,3,0,1,Europe/Paris,4`);
  });
});
