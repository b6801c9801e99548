// A quiz link's fragment turned into its questions, or the French reason it cannot be: shared by the
// student's player (/quiz/play/) and the teacher's printable sheet (/prof/imprimer/), so both read a
// link the same way and refuse the same links with the same words.
import type { Catalog } from "@/lib/content/catalog";
import type { Question } from "@/lib/generate/types";
import { quizQuestions } from "@/lib/quiz/questions";
import { decodeQuizLink, encodeQuizLink } from "@/lib/share/quizLink";
import { linkErrorMessage } from "@/lib/share/linkErrors";
import type { QuizSpec } from "@/lib/share/quizSpec";
import { shareDecks } from "./shareDecks";

export type PreparedQuiz = { ok: true; spec: QuizSpec; questions: Question[]; payload: string } | { ok: false; title: string; message: string };

/** What a screen says of an address with no quiz at all: the student's player and the teacher's sheet differ. */
export interface NoQuizMessage {
  title: string;
  message: string;
}

/** The quiz of a fragment (`q1.…`), with its payload re-encoded for this build's content. */
export function prepareQuizLink(fragment: string, catalog: Catalog, noQuiz: NoQuizMessage): PreparedQuiz {
  if (fragment.trim() === "") return { ok: false, ...noQuiz };
  const decks = shareDecks(catalog);
  const decoded = decodeQuizLink(fragment, decks);
  if (!decoded.ok) return { ok: false, title: "Ce lien de quiz ne peut pas être ouvert", message: linkErrorMessage(decoded.error) };
  try {
    const deck = catalog.decks.find((d) => d.meta.id === decoded.spec.deckId)!;
    const questions = quizQuestions(decoded.spec, catalog.factsById, deck.facts);
    if (questions.length === 0) throw new Error("no question");
    const payload = encodeQuizLink(decoded.spec, decks.find((d) => d.id === deck.meta.id)!);
    return { ok: true, spec: decoded.spec, questions, payload };
  } catch {
    return { ok: false, title: "Ce quiz ne peut pas être préparé", message: linkErrorMessage("invalid-spec") };
  }
}
