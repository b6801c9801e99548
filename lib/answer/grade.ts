/**
 * Grades a student's response to any generated question, whatever its kind, with one verdict
 * vocabulary (correct / close / wrong) shared by practice, review and quizzes.
 */
import type { Fact } from "@/lib/content/schema";
import { BLANK } from "@/lib/generate/rewrite";
import type { Question } from "@/lib/generate/types";
import { checkAnswer, type CheckOptions, type Verdict } from "./check";
import { normalizeAnswer } from "./normalize";

/** What the student gave: one option or typed text, or a list (match: right sides in pair order; order: labels). */
export type Response = string | string[];

export interface Grade {
  verdict: Verdict;
  /** The right answer, for display. */
  expected: string;
  note?: string;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => normalizeAnswer(item) === normalizeAnswer(b[i]));

/**
 * @example
 * gradeQuestion(mcq, "2 mars 1992"); // { verdict: "correct", expected: "2 mars 1992" }
 * gradeQuestion(typed, "tokaiev", fact); // { verdict: "correct", … }
 */
export function gradeQuestion(question: Question, response: Response, fact?: Fact, options?: CheckOptions): Grade {
  switch (question.kind) {
    case "mcq":
    case "true-false":
      return { verdict: response === question.answer ? "correct" : "wrong", expected: question.answer };
    case "typed":
    case "cloze": {
      if (!fact) throw new Error(`gradeQuestion: ${question.kind} question ${question.id} needs its fact`);
      const text = typeof response === "string" ? response : response.join(" ");
      const blank = question.kind === "cloze" ? { blank: BLANK } : {};
      return checkAnswer(text, fact, { ...options, prompt: question.prompt, ...blank });
    }
    case "match":
    case "order": {
      const list = Array.isArray(response) ? response : [response];
      return { verdict: sameList(list, question.answer) ? "correct" : "wrong", expected: question.answer.join(" · ") };
    }
  }
}
