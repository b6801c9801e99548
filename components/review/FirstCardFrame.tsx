// The review screen as the HTML paints it, before the app has read the student's storage: the card
// a new student starts with, which the service worker swaps for a returning student's own head card
// (or hides) before serving the page (lib/study/firstViewHtml.ts). Same boxes as the live screen, so nothing moves when the live card replaces it. Not
// interactive: the button is disabled until the live screen takes over.
import type { FirstCardView } from "./reviewSnapshot";
import { CARD_STYLE } from "./cardText";
import { FIRST_VIEW_IDS } from "@/lib/study/firstViewHtml";

export default function FirstCardFrame({ view }: { view: FirstCardView }) {
  return (
    <div className={CARD_STYLE.screen}>
      <p className={CARD_STYLE.counts} id={FIRST_VIEW_IDS.counts} suppressHydrationWarning>
        {view.counts}
      </p>
      <section aria-label="Carte" className={CARD_STYLE.card}>
        <p className={CARD_STYLE.label} id={FIRST_VIEW_IDS.label} suppressHydrationWarning>
          {view.label}
        </p>
        <h2 className={CARD_STYLE.front} id={FIRST_VIEW_IDS.front} suppressHydrationWarning {...{ elementtiming: "first-card" }}>
          {view.front}
        </h2>
      </section>
      <div className={CARD_STYLE.actions}>
        <button type="button" disabled className={CARD_STYLE.reveal}>
          Afficher la réponse
        </button>
      </div>
    </div>
  );
}
