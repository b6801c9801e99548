// The 404 page, in French (exported as 404.html; the service worker serves it offline too).
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page introuvable" };

export default function NotFound() {
  return (
    <div className="space-y-4" data-testid="not-found">
      <h1 className="text-2xl font-bold">Page introuvable</h1>
      <p>Cette adresse ne correspond à aucune page de l’application. Le lien est peut-être incomplet ou ancien.</p>
      <Link href="/" className="inline-flex min-h-11 items-center rounded-xl bg-brand px-4 font-semibold text-brand-ink">
        Retour à l’accueil
      </Link>
    </div>
  );
}
