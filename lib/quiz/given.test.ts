import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/content/nodeCatalog";
import { QUESTION_KINDS, type Question } from "@/lib/generate/types";
import { decodeResultLink, encodeResultLink, type QuizResult } from "@/lib/share";
import { questionRows } from "./classQuestions";
import { givenKey, givenText, NO_ANSWER, UNREADABLE_ANSWER, wrongAnswerOf } from "./given";
import { quizQuestions } from "./questions";

const deck = CATALOG.decks[0];
const questions = quizQuestions(
  { deckId: deck.meta.id, factIds: deck.facts.filter((f) => !f.flagged).map((f) => f.id), kinds: [...QUESTION_KINDS], count: 30, seed: 11, timeLimitSec: 0, title: "" },
  CATALOG.factsById,
  deck.facts,
);
const first = <K extends Question["kind"]>(kind: K) => {
  const index = questions.findIndex((q) => q.kind === kind);
  return { index, question: questions[index] as Extract<Question, { kind: K }> };
};

describe("what a student gave", () => {
  it("goes through a result link and back to the text the student saw, for every kind", () => {
    const { index: m, question: mcq } = first("mcq");
    const wrongOption = mcq.options.find((o) => o !== mcq.answer)!;
    const { index: t } = first("typed");
    const { index: o, question: order } = first("order");
    const reversed = [...order.answer].reverse();
    const { index: p, question: match } = first("match");
    const swapped = [match.pairs[1].right, match.pairs[0].right, ...match.pairs.slice(2).map((pair) => pair.right)];
    const responses = new Map<number, string | string[]>([
      [m, wrongOption],
      [t, "  Almaty "],
      [o, reversed],
      [p, swapped],
    ]);
    const answers = questions.map((_, i) => !responses.has(i));
    const wrong = [...responses].sort((a, b) => a[0] - b[0]).map(([i, response]) => wrongAnswerOf(questions[i], i, response));
    const decoded = decodeResultLink(encodeResultLink({ quizId: "3fa9c21e", name: "Léa", answers, totalTimeSec: 100, wrong }));
    if (!decoded.ok) throw new Error(decoded.error);
    const text = (i: number) => givenText(questions[i], decoded.result.wrong!.find((w) => w.question === i)!);
    expect(text(m)).toBe(wrongOption);
    expect(text(t)).toBe("Almaty");
    expect(text(o)).toBe(reversed.map((label, i) => `${i + 1}. ${label}`).join(" ; "));
    // A match names only the pairs given wrong.
    expect(text(p)).toBe(`${match.pairs[0].left} → ${match.pairs[1].right} ; ${match.pairs[1].left} → ${match.pairs[0].right}`);
  });

  it("says when nothing was given, or when indexes point at no option", () => {
    const { index, question } = first("mcq");
    expect(givenText(question, wrongAnswerOf(question, index, undefined))).toBe(NO_ANSWER);
    expect(givenText(question, { question: index, picks: [9] })).toBe(UNREADABLE_ANSWER);
  });

  it("counts typed answers that differ only in case, accents or spaces as one", () => {
    expect(givenKey({ question: 0, text: "Almaty" })).toBe(givenKey({ question: 0, text: "almaty " }));
    expect(givenKey({ question: 0, text: "Almaty" })).not.toBe(givenKey({ question: 0, text: "Astana" }));
  });
});

describe("a class test question by question", () => {
  const { index: t, question: typed } = first("typed");
  const { index: m, question: mcq } = first("mcq");
  const wrongOption = mcq.options.findIndex((o) => o !== mcq.answer);
  const result = (name: string, right: Set<number>, wrong: QuizResult["wrong"], reports?: QuizResult["reports"]): QuizResult => ({
    quizId: "3fa9c21e",
    name,
    answers: questions.map((_, i) => right.has(i)),
    totalTimeSec: 90,
    wrong,
    ...(reports ? { reports } : {}),
  });
  const all = new Set(questions.map((_, i) => i));
  const except = (...wrong: number[]) => new Set([...all].filter((i) => !wrong.includes(i)));
  const table = [
    result("Léa", except(t, m), [
      { question: Math.min(t, m), ...(t < m ? { text: "Almaty" } : { picks: [wrongOption] }) },
      { question: Math.max(t, m), ...(t < m ? { picks: [wrongOption] } : { text: "Almaty" }) },
    ]),
    result("Noé", except(t), [{ question: t, text: "almaty" }], [{ question: m, reason: "Deux réponses possibles" }]),
    result("Zoé", except(t), [{ question: t, text: "Astana" }]),
    result("Tom", except(t), [{ question: t }]),
    // Sent before wrong answers travelled: counts, says nothing of what was given.
    { quizId: "3fa9c21e", name: "Ali", answers: questions.map((_, i) => i !== t), totalTimeSec: 80 },
  ];

  it("counts right and wrong answers and finds the wrong answer given most", () => {
    const rows = questionRows(table, questions);
    expect(rows).toHaveLength(questions.length);
    expect(rows[t]).toMatchObject({ right: 0, wrong: 5, unanswered: 1, topWrong: { text: "Almaty", count: 2 } });
    expect(rows[m]).toMatchObject({ right: 4, wrong: 1, unanswered: 0, topWrong: { text: mcq.options[wrongOption], count: 1 } });
    expect(typed.kind).toBe("typed");
  });

  it("lists who reported a question and why", () => {
    const rows = questionRows(table, questions);
    expect(rows[m].reports).toEqual([{ name: "Noé", reason: "Deux réponses possibles" }]);
    expect(rows.filter((r) => r.reports.length > 0)).toHaveLength(1);
  });

  it("shows option numbers when the quiz's questions are not known here", () => {
    expect(questionRows(table, null)[m].topWrong).toEqual({ text: `option n° ${wrongOption + 1}`, count: 1 });
  });
});
