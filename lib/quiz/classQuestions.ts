/**
 * A class test question by question: how many got it right or wrong, what wrong answer came up most
 * (the misconception to address in class), and which students contested it and why. Results sent
 * before wrong answers travelled count in the totals but say nothing of what was given.
 */
import type { Question } from "@/lib/generate/types";
import type { QuizResult, WrongAnswer } from "@/lib/share/quizResult";
import { givenKey, givenText, NO_ANSWER } from "./given";

export interface QuestionRow {
  /** 0-based question index. */
  index: number;
  right: number;
  /** Wrong answers, unanswered ones included. */
  wrong: number;
  /** Of the wrong ones, those known to be left unanswered. */
  unanswered: number;
  /** The wrong answer given most often (the first given among equals), when any is known. */
  topWrong: { text: string; count: number } | null;
  /** Students who reported the question, in the order results were added. */
  reports: { name: string; reason: string }[];
}

/** A pick shown without its question (a quiz not created on this device): its option number. */
function pickText(wrong: WrongAnswer): string {
  if (wrong.text !== undefined) return wrong.text;
  return wrong.picks ? `option n° ${wrong.picks.map((p) => p + 1).join(", ")}` : NO_ANSWER;
}

/**
 * One row per question of a quiz's results (`questions` regenerated from its spec, or `null` when the
 * spec is unknown here).
 *
 * @example
 * questionRows(table.filter((r) => r.quizId === id), questions)[3].topWrong; // { text: "Almaty", count: 5 }
 */
export function questionRows(results: readonly QuizResult[], questions: readonly Question[] | null): QuestionRow[] {
  const count = results.reduce((max, r) => Math.max(max, r.answers.length), 0);
  return Array.from({ length: count }, (_, index) => {
    let right = 0;
    let wrong = 0;
    let unanswered = 0;
    const given = new Map<string, { text: string; count: number }>();
    const reports: QuestionRow["reports"] = [];
    for (const result of results) {
      if (index < result.answers.length) {
        if (result.answers[index]) right++;
        else {
          wrong++;
          const item = result.wrong?.find((w) => w.question === index);
          if (item && item.picks === undefined && item.text === undefined) unanswered++;
          else if (item) {
            const key = givenKey(item);
            const question = questions?.[index];
            const entry = given.get(key) ?? { text: question ? givenText(question, item) : pickText(item), count: 0 };
            entry.count++;
            given.set(key, entry);
          }
        }
      }
      const report = result.reports?.find((r) => r.question === index);
      if (report) reports.push({ name: result.name, reason: report.reason });
    }
    let topWrong: QuestionRow["topWrong"] = null;
    for (const entry of given.values()) if (!topWrong || entry.count > topWrong.count) topWrong = entry;
    return { index, right, wrong, unanswered, topWrong, reports };
  });
}
