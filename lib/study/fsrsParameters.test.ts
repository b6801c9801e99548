import { describe, expect, it } from "vitest";
import { formatFsrsParameters, readFsrsParameters } from "./fsrsParameters";
import { DEFAULT_FSRS_PARAMETERS, fsrsParametersProblem } from "./scheduler";

const W = [...DEFAULT_FSRS_PARAMETERS];

describe("readFsrsParameters", () => {
  it.each([
    ["Anki's comma list", W.join(", ")],
    ["a JSON array", JSON.stringify(W)],
    ["one per line", W.join("\n")],
    ["French decimals", W.map((w) => String(w).replace(".", ",")).join(" ; ")],
  ])("reads %s", (_, text) => {
    expect(readFsrsParameters(text, fsrsParametersProblem)).toEqual({ ok: true, parameters: W });
  });

  it("says how many are missing", () => {
    expect(readFsrsParameters(W.slice(0, 19).join(", "), fsrsParametersProblem)).toEqual({ ok: false, message: "Il faut 21 paramètres (FSRS-6), tu en as donné 19." });
  });

  it("names the word that is not a number", () => {
    const r = readFsrsParameters(`${W.slice(0, 20).join(", ")}, abc`, fsrsParametersProblem);
    expect(r).toEqual({ ok: false, message: expect.stringContaining("« abc » n’est pas un nombre") });
  });

  it("names the parameter out of range, with its limits", () => {
    const wrong = [...W];
    wrong[4] = 42;
    expect(readFsrsParameters(wrong.join(", "), fsrsParametersProblem)).toEqual({ ok: false, message: "Le paramètre w4 (42) doit être entre 1 et 10." });
  });

  it("asks for something when the text is empty", () => {
    expect(readFsrsParameters("  [ ] ", fsrsParametersProblem)).toMatchObject({ ok: false, message: expect.stringContaining("Colle les 21 paramètres") });
  });

  it("formats them back to a list it reads again", () => {
    expect(readFsrsParameters(formatFsrsParameters(W), fsrsParametersProblem)).toEqual({ ok: true, parameters: W });
  });
});
