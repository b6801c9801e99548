import { describe, expect, it } from "vitest";
import { linkErrorMessage, QUIZ_LINK_ERRORS, RESULT_LINK_ERRORS, resultLinkErrorMessage } from "./linkErrors";

describe("link error messages", () => {
  it("give a distinct French sentence for every quiz-link error", () => {
    const messages = QUIZ_LINK_ERRORS.map(linkErrorMessage);
    expect(new Set(messages).size).toBe(QUIZ_LINK_ERRORS.length);
    for (const message of messages) expect(message).toMatch(/^[A-ZÀ-Ý].*\.$/);
  });

  it("use the issue's wording for damaged links and changed content", () => {
    expect(linkErrorMessage("malformed")).toBe(
      "Ce lien de quiz est incomplet ou abîmé. Demande à ton professeur de le renvoyer.",
    );
    expect(linkErrorMessage("content-changed")).toMatch(/^Ce lien a été créé pour une autre version du contenu\./);
  });

  it("give a distinct French sentence for every result-link error", () => {
    const messages = RESULT_LINK_ERRORS.map(resultLinkErrorMessage);
    expect(new Set(messages).size).toBe(RESULT_LINK_ERRORS.length);
    for (const message of messages) expect(message).toMatch(/^[A-ZÀ-ÝÇ].*\.$/);
  });
});
