"use client";
// /resultats/: the teacher's class table, kept in this browser. Results arrive as links opened here
// (`/resultats/#r1.…`), pasted (several at once, in any chat text) or scanned with the camera. A result
// sent twice counts once; a broken link gets a French message and changes nothing stored. A result
// removed by mistake comes back with « Annuler ».
import { useCallback, useEffect, useId, useState } from "react";
import { createClassFile, readClassFile } from "@/lib/share/classFile";
import { decodeQuizLink } from "@/lib/share/quizLink";
import { decodeResultLink } from "@/lib/share/resultLink";
import { parseResultLinks } from "@/lib/share/parseResultLinks";
import { quizzesInTable } from "@/lib/share/classResults";
import { resultLinkErrorMessage } from "@/lib/share/linkErrors";
import type { QuizResult } from "@/lib/share/quizResult";
import type { QuizSpec } from "@/lib/share/quizSpec";
import { downloadText } from "../download";
import LinkProblem from "../quiz/LinkProblem";
import { localDay } from "../quiz/randomSeed";
import { shareDecks } from "../quiz/shareDecks";
import { clearFragment } from "../quiz/useFragment";
import { studyStore, useBootStudyStore, useCatalog, useStudy } from "../study/studyStore";
import ClassFileActions from "./ClassFileActions";
import { deferred } from "../deferred";
import type { ScanOutcome } from "./ResultScanner";

// The tables wait for the content anyway, and the scanner for a camera: both load after the form.
const ClassQuizTable = deferred(() => import("./ClassQuizTable"));
const ResultScanner = deferred(() => import("./ResultScanner"));

interface Notice {
  text: string;
  problems: string[];
}

function addedText(results: readonly QuizResult[], added: number, duplicates: number): string {
  const parts: string[] = [];
  if (added === 1 && results.length === 1) parts.push(`Résultat de ${results[0].name} ajouté.`);
  else if (added > 0) parts.push(`${added} résultats ajoutés.`);
  if (duplicates === 1) parts.push("Un résultat était déjà enregistré : il n’est compté qu’une fois.");
  else if (duplicates > 1) parts.push(`${duplicates} résultats étaient déjà enregistrés : ils ne sont comptés qu’une fois.`);
  return parts.join(" ");
}

export default function ClassResults() {
  useBootStudyStore();
  const catalog = useCatalog();
  const table = useStudy((s) => s.classResults);
  const teacherQuizzes = useStudy((s) => s.teacherQuizzes);
  const quizHistory = useStudy((s) => s.quizHistory);
  const pasteId = useId();
  const [pasted, setPasted] = useState("");
  const [notice, setNotice] = useState<Notice | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [removed, setRemoved] = useState<QuizResult | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const add = useCallback((results: QuizResult[], problems: string[]) => {
    const outcome = results.length > 0 ? studyStore().getState().addClassResults(results) : { added: 0, duplicates: 0 };
    const text = addedText(results, outcome.added, outcome.duplicates);
    setNotice({ text: text || (problems.length > 0 ? "Aucun résultat ajouté." : "Aucun lien de résultat trouvé dans ce texte."), problems });
  }, []);

  // A result link opened here (or in this tab later, through `hashchange`): added once the store is
  // loaded, then taken out of the address bar so a reload does not bring it back.
  useEffect(() => {
    if (!catalog) return;
    const handle = () => {
      const fragment = window.location.hash.replace(/^#/, "");
      if (!fragment) return;
      clearFragment();
      const decoded = decodeResultLink(fragment);
      if (decoded.ok) {
        setLinkError(null);
        add([decoded.result], []);
      } else {
        setNotice(null);
        setLinkError(resultLinkErrorMessage(decoded.error));
      }
    };
    handle();
    window.addEventListener("hashchange", handle);
    return () => window.removeEventListener("hashchange", handle);
  }, [catalog, add]);

  const onScan = useCallback((text: string): ScanOutcome => {
    const decoded = decodeResultLink(text);
    if (!decoded.ok) return { ok: false, text: `QR code illisible comme résultat : ${resultLinkErrorMessage(decoded.error)}` };
    const { name, answers } = decoded.result;
    const score = `${name} : ${answers.filter(Boolean).length}/${answers.length}`;
    const outcome = studyStore().getState().addClassResults([decoded.result]);
    return outcome.added > 0 ? { ok: true, text: `${score}, ajouté` } : { ok: false, text: `${score}, déjà enregistré` };
  }, []);

  const importFile = async (file: File) => {
    const read = readClassFile(await file.text());
    if (!read.ok) {
      setNotice(null);
      setFileError(read.message);
      return;
    }
    setFileError(null);
    const outcome = studyStore().getState().importClassFile(read.quizzes, read.results);
    const parts = [outcome.added === 0 ? "Aucun nouveau résultat." : `${outcome.added} résultat${outcome.added > 1 ? "s" : ""} importé${outcome.added > 1 ? "s" : ""}.`];
    if (outcome.duplicates > 0) parts.push(`${outcome.duplicates} déjà présent${outcome.duplicates > 1 ? "s" : ""}, compté${outcome.duplicates > 1 ? "s" : ""} une fois.`);
    if (outcome.quizzesAdded > 0) parts.push(`${outcome.quizzesAdded} quiz ajouté${outcome.quizzesAdded > 1 ? "s" : ""} (questions et corrigés).`);
    setNotice({ text: parts.join(" "), problems: [] });
  };

  const exportFile = () => {
    const now = new Date();
    const known = new Set(teacherQuizzes.map((q) => q.quizId));
    // Quizzes known here only because they were played here travel too, so the other device reads their questions.
    const played = quizzesInTable(table).flatMap(({ quizId }) => {
      const spec = known.has(quizId) ? undefined : specOf(quizId);
      return spec ? [{ quizId, spec, createdAt: now.getTime() }] : [];
    });
    downloadText(`resultats-classe-${localDay()}.json`, createClassFile([...teacherQuizzes, ...played], table, now));
  };

  // The form is there from the prerendered HTML on; the table waits for the content.
  const quizzes = catalog ? quizzesInTable(table) : [];
  // The spec behind a quiz id: created here by the teacher, or else played here (its link is in the history).
  const specOf = (quizId: string): QuizSpec | undefined => {
    const created = teacherQuizzes.find((q) => q.quizId === quizId);
    if (created) return created.spec;
    const played = quizHistory.find((entry) => entry.quizId === quizId);
    const decoded = played && catalog ? decodeQuizLink(played.link, shareDecks(catalog)) : null;
    return decoded?.ok ? decoded.spec : undefined;
  };
  return (
    <div className="space-y-6">
      {linkError && <LinkProblem title="Ce lien de résultat ne peut pas être lu" message={linkError} />}
      {notice && (
        <div role="status" className="space-y-1 rounded-xl border-2 border-good bg-surface p-3" data-testid="results-notice">
          <p className="font-medium">{notice.text}</p>
          {notice.problems.length > 0 && (
            <ul className="list-inside list-disc text-sm break-words text-bad">
              {notice.problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <form
        className="space-y-2 rounded-2xl border border-line bg-surface p-4"
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = parseResultLinks(pasted);
          add(
            parsed.results,
            parsed.errors.map((e) => `Lien ${e.position} (${e.text}) : ${resultLinkErrorMessage(e.error)}`),
          );
          if (parsed.errors.length === 0) setPasted("");
        }}
      >
        <label htmlFor={pasteId} className="block font-semibold">
          Collez les liens de résultats reçus (un ou plusieurs, même au milieu d’un message)
        </label>
        <textarea
          id={pasteId}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          rows={4}
          className="w-full rounded-xl border-2 border-line bg-bg p-3 font-mono text-sm"
        />
        <button type="submit" className="min-h-11 w-full rounded-xl bg-brand font-semibold text-brand-ink">
          Ajouter au tableau
        </button>
        <ResultScanner onScan={onScan} />
      </form>

      <div role="status" className="empty:hidden">
        {removed && (
          <p className="flex flex-wrap items-center justify-between gap-2 rounded-xl border-2 border-line bg-surface p-3" data-testid="removed-notice">
            <span>Résultat de {removed.name} retiré.</span>
            <button
              type="button"
              onClick={() => {
                studyStore().getState().addClassResults([removed]);
                setRemoved(null);
              }}
              className="min-h-11 rounded-lg bg-brand px-4 font-semibold text-brand-ink"
            >
              Annuler
            </button>
          </p>
        )}
      </div>

      <ClassFileActions canExport={table.length > 0} error={fileError} onExport={exportFile} onImport={importFile} />

      {!catalog ? (
        <p role="status" className="text-muted">
          Chargement des résultats…
        </p>
      ) : quizzes.length === 0 ? (
        <p className="text-muted" data-testid="class-empty">
          Aucun résultat pour l’instant. Ouvrez ou collez les liens que vos élèves vous envoient à la fin du quiz.
        </p>
      ) : (
        quizzes.map(({ quizId }) => (
          <ClassQuizTable key={quizId} quizId={quizId} table={table} spec={specOf(quizId)} catalog={catalog} onRemoved={setRemoved} />
        ))
      )}
    </div>
  );
}
