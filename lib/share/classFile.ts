/**
 * Class files: a teacher's class results and the quizzes behind them in one JSON file, so results
 * scanned on a phone can be read on the classroom computer. Importing merges as a union (a result or a
 * quiz already there is not added again, so importing twice adds nothing), and a file that is not
 * exactly a class file is refused whole with a French message: nothing is half-imported.
 */
import * as v from "valibot"; // not zod: this runs in the browser
import { quizResultSchema, type QuizResult } from "./quizResult";
import { teacherQuizSchema, type TeacherQuiz } from "./teacherQuiz";

export const CLASS_FILE_KIND = "revisions-resultats-classe";
export const CLASS_FILE_VERSION = 1;
/** Largest file read (about 20,000 results); a larger one is refused unread. */
export const MAX_CLASS_FILE_LENGTH = 20_000_000;

export interface ClassFile {
  kind: typeof CLASS_FILE_KIND;
  version: number;
  /** ISO date of the export. */
  exportedAt: string;
  quizzes: TeacherQuiz[];
  results: QuizResult[];
}

export type ReadClassFile = { ok: true; quizzes: TeacherQuiz[]; results: QuizResult[] } | { ok: false; message: string };

export const CLASS_FILE_MESSAGES = {
  empty: "Le fichier est vide.",
  tooLarge: "Ce fichier est trop gros pour être un fichier de résultats de classe.",
  notJson: "Ce fichier n’est pas lisible (ce n’est pas du JSON). Choisissez le fichier « resultats-classe-….json » exporté depuis cette page.",
  backup: "C’est une sauvegarde de révisions, pas un fichier de résultats de classe : restaurez-la dans Réglages › Sauvegarde.",
  notClassFile: "Ce fichier n’est pas un fichier de résultats de classe. Choisissez le fichier « resultats-classe-….json » exporté depuis cette page.",
  newer: "Ce fichier vient d’une version plus récente de l’application. Rechargez la page pour la mettre à jour, puis réessayez.",
  damaged: "Ce fichier de résultats est abîmé ou a été modifié : rien n’a été importé. Exportez-le à nouveau depuis l’autre appareil.",
} as const;

const classFileSchema = v.object({
  kind: v.literal(CLASS_FILE_KIND),
  version: v.literal(CLASS_FILE_VERSION),
  exportedAt: v.string(),
  quizzes: v.array(teacherQuizSchema),
  results: v.array(quizResultSchema),
});

/**
 * The class file of these quizzes and results, as pretty-printed JSON.
 *
 * @example
 * downloadText("resultats-classe-2026-12-07.json", createClassFile(teacherQuizzes, classResults, new Date()));
 */
export function createClassFile(quizzes: readonly TeacherQuiz[], results: readonly QuizResult[], now: Date): string {
  const file: ClassFile = { kind: CLASS_FILE_KIND, version: CLASS_FILE_VERSION, exportedAt: now.toISOString(), quizzes: [...quizzes], results: [...results] };
  return JSON.stringify(file, null, 1);
}

/**
 * Reads a class file: its quizzes and results, or a French message saying why it cannot be imported.
 * Never throws.
 *
 * @example
 * const read = readClassFile(await file.text());
 * if (!read.ok) showError(read.message);
 */
export function readClassFile(text: string): ReadClassFile {
  if (typeof text !== "string" || text.trim() === "") return { ok: false, message: CLASS_FILE_MESSAGES.empty };
  if (text.length > MAX_CLASS_FILE_LENGTH) return { ok: false, message: CLASS_FILE_MESSAGES.tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, message: CLASS_FILE_MESSAGES.notJson };
  }
  const head = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
  if (head.kind !== CLASS_FILE_KIND) {
    return { ok: false, message: "app" in head && "cards" in head ? CLASS_FILE_MESSAGES.backup : CLASS_FILE_MESSAGES.notClassFile };
  }
  if (typeof head.version === "number" && head.version > CLASS_FILE_VERSION) return { ok: false, message: CLASS_FILE_MESSAGES.newer };
  const parsed = v.safeParse(classFileSchema, data);
  if (!parsed.success) return { ok: false, message: CLASS_FILE_MESSAGES.damaged };
  return { ok: true, quizzes: parsed.output.quizzes as TeacherQuiz[], results: parsed.output.results as QuizResult[] };
}
