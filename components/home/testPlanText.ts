// The words home uses for a test plan (« Mon contrôle »), short enough to read at a glance.
import { PREDICTION_MARGIN, type TestPlan } from "@/lib/study/testPlan";

const DATE = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long" });

/** "samedi 12 janvier" for "2025-01-12". */
export function testDayLabel(testDay: string): string {
  const [y, m, d] = testDay.split("-").map(Number);
  return DATE.format(new Date(y, m - 1, d, 12));
}

const pct = (share: number) => `${Math.round(share * 100)} %`;
const cards = (n: number, word = "carte") => `${n} ${word}${n > 1 ? "s" : ""}`;

/** « Contrôle dans 6 jours », « Contrôle demain », « Contrôle aujourd’hui ». */
export function countdownText(plan: Pick<TestPlan, "daysLeft">): string {
  if (plan.daysLeft === 0) return "Contrôle aujourd’hui";
  if (plan.daysLeft === 1) return "Contrôle demain";
  return `Contrôle dans ${plan.daysLeft} jours`;
}

/** What to do each day. */
export function paceText(plan: TestPlan): string {
  if (plan.phase === "final") return "Révise d’abord les faits que tu risques le plus d’oublier.";
  if (plan.tooClose) {
    const left = plan.unseenAtTest > 0 ? ` (${cards(plan.unseenAtTest)} resteront non vues)` : "";
    return `C’est trop près pour voir tes ${cards(plan.unseen)} pas encore vues à temps. Le mieux : tes points faibles d’abord, puis ${plan.newPerDay} nouvelles cartes par jour${left}, ~${plan.minutesPerDay} min par jour.`;
  }
  if (plan.unseen === 0) return `Toutes tes cartes sont déjà vues : fais tes révisions, ~${plan.minutesPerDay} min par jour.`;
  return `${plan.newPerDay} nouvelles cartes et ~${plan.minutesPerDay} min par jour.`;
}

/** The predicted share on the test day, and what today's pace would give. */
export function forecastText(plan: TestPlan): string {
  return `Si tu suis le plan, tu te souviendras d’environ ${pct(plan.predicted.plan)} des cartes.`;
}

export function scheduleText(plan: TestPlan, newPerDay: number): string {
  const margin = Math.round(PREDICTION_MARGIN * 100);
  return `À ton rythme habituel (${newPerDay} nouvelles par jour) : environ ${pct(plan.predicted.schedule)}. Estimation à ${margin} points près.`;
}
