// The review screen as the HTML paints it, before the app has read the student's storage: the card
// a new student starts with, which FirstViewScript swaps for a returning student's snapshot (or
// hides). Same boxes as the live screen, so nothing moves when the live card replaces it. Not
// interactive: the button is disabled until the live screen takes over.
import type { FirstCardView } from "./reviewSnapshot";
import { CARD_STYLE } from "./cardText";
import { FIRST_CARD_IDS } from "../firstView/keys";

export default function FirstCardFrame({ view }: { view: FirstCardView }) {
  return (
    <div className={CARD_STYLE.screen} id={FIRST_CARD_IDS.root}>
      <p className={CARD_STYLE.counts} id={FIRST_CARD_IDS.counts} suppressHydrationWarning>
        {view.counts}
      </p>
      <section aria-label="Carte" className={CARD_STYLE.card}>
        <p className={CARD_STYLE.label} id={FIRST_CARD_IDS.label} suppressHydrationWarning>
          {view.label}
        </p>
        <h2 className={CARD_STYLE.front} id={FIRST_CARD_IDS.front} suppressHydrationWarning {...{ elementtiming: "first-card" }}>
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
