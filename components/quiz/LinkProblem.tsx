"use client";
// What a refused link shows: the French reason, and ways out. Never a blank page.
import Link from "next/link";

interface Props {
  title: string;
  message: string;
  /** A second way out besides the home page (e.g. "Créer un quiz"). */
  other?: { href: string; label: string };
}

export default function LinkProblem({ title, message, other }: Props) {
  return (
    <section role="alert" data-testid="link-problem" className="space-y-3 rounded-2xl border-2 border-bad bg-surface p-5">
      <h2 className="text-lg font-bold text-bad">{title}</h2>
      <p>{message}</p>
      <div className="flex flex-wrap gap-3">
        <Link prefetch={false} href="/" className="inline-flex min-h-11 items-center rounded-xl bg-brand px-4 font-semibold text-brand-ink">
          Retour à l’accueil
        </Link>
        {other && (
          <Link prefetch={false} href={other.href} className="inline-flex min-h-11 items-center rounded-xl border-2 border-line px-4 font-semibold">
            {other.label}
          </Link>
        )}
      </div>
    </section>
  );
}
