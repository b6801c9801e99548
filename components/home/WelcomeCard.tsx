"use client";
// The first visit's explanation on home: what Réviser, Entraînement and Quiz are for, in three lines.
// Closed once with « C’est compris » (kept in the study preferences), reopened from « Comment ça
// marche ? » under the summary.
import Link from "next/link";
import { FIRST_VIEW_IDS } from "@/lib/study/firstViewHtml";

const MODES = [
  { href: "/reviser/", name: "Réviser", text: "tes cartes du jour, juste avant que tu les oublies. Quelques minutes chaque jour suffisent." },
  { href: "/entrainement/", name: "Entraînement", text: "des questions sur les thèmes de ton choix, autant que tu veux, jusqu’à les savoir." },
  { href: "/quiz/", name: "Quiz", text: "un test noté, ou celui que ton professeur t’envoie par un lien." },
] as const;

export default function WelcomeCard({ onClose }: { onClose: () => void }) {
  return (
    <section aria-labelledby="welcome-title" className="space-y-3 rounded-2xl border-2 border-brand bg-surface p-4" data-testid="welcome" id={FIRST_VIEW_IDS.welcome} suppressHydrationWarning>
      <h2 id="welcome-title" className="text-lg font-bold">
        Bienvenue ! Trois façons d’apprendre
      </h2>
      <ul className="space-y-2">
        {MODES.map((mode) => (
          <li key={mode.href}>
            <Link prefetch={false} href={mode.href} className="font-semibold text-brand underline underline-offset-4">
              {mode.name}
            </Link>{" "}
            : {mode.text}
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">Tout reste sur ton téléphone, même sans connexion.</p>
      <button type="button" onClick={onClose} className="min-h-11 w-full rounded-xl bg-brand font-semibold text-brand-ink">
        C’est compris
      </button>
    </section>
  );
}
