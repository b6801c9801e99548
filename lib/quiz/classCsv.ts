/**
 * The class test as spreadsheets a teacher opens: the question headers of the per-student file (each
 * question's text and key, so the columns read without the quiz at hand) and the per-question file
 * (right, wrong and unanswered counts, the most frequent wrong answer, the reports).
 */
import { BLANK } from "@/lib/generate/rewrite";
import type { Question } from "@/lib/generate/types";
import { csvField, type CsvOptions } from "@/lib/share/csv";
import { answerKeyText } from "./answerKey";
import type { QuestionRow } from "./classQuestions";

/** A question's text as a student reads it, on one line (a cloze's blank as « … »). */
function questionText(question: Question): string {
  return question.prompt.split(BLANK).join("…").replace(/\s+/g, " ").trim();
}

/**
 * One header per question: « Q3. Quelle ville… ? — réponse : Astana ».
 *
 * @example
 * classResultsCsv(summary, { questionHeaders: questionHeaders(questions) });
 */
export function questionHeaders(questions: readonly Question[]): string[] {
  return questions.map((question, i) => `Q${i + 1}. ${questionText(question)} — réponse : ${answerKeyText(question)}`);
}

/**
 * One line per question: `question,texte,réponse attendue,justes,fausses,dont sans réponse,réussite_%,
 * réponse fausse la plus fréquente,fois,signalements`, lines ending in CRLF. Without `questions` (a quiz
 * not created here) the text and key columns are empty.
 *
 * @example
 * const csv = CSV_BOM + questionsCsv(questionRows(results, questions), questions, { separator: ";" });
 */
export function questionsCsv(rows: readonly QuestionRow[], questions: readonly Question[] | null, options: CsvOptions = {}): string {
  const separator = options.separator ?? ",";
  const header = ["question", "texte", "réponse attendue", "justes", "fausses", "dont sans réponse", "réussite_%", "réponse fausse la plus fréquente", "fois", "signalements"];
  const lines = [header.map((h) => csvField(h, separator)).join(separator)];
  for (const row of rows) {
    const question = questions?.[row.index];
    const answered = row.right + row.wrong;
    const reports = row.reports.map((r) => (r.reason ? `${r.name} : ${r.reason}` : r.name)).join(" | ");
    lines.push(
      [
        `Q${row.index + 1}`,
        csvField(question ? questionText(question) : "", separator),
        csvField(question ? answerKeyText(question) : "", separator),
        row.right,
        row.wrong,
        row.unanswered,
        answered === 0 ? "" : Math.round((row.right / answered) * 100),
        csvField(row.topWrong?.text ?? "", separator),
        row.topWrong?.count ?? "",
        csvField(reports, separator),
      ].join(separator),
    );
  }
  return lines.join("\r\n") + "\r\n";
}
