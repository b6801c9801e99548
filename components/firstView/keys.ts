// Storage keys read by the first-view scripts (FirstViewScript.tsx) before the app's own scripts run.
import { STORE_KEY } from "@/lib/store/persisted";
import { prefsKey } from "@/lib/store/studyPrefs";

/** The review screen's snapshot of the card at the head of today's queue (see lib/study/firstCard.ts). */
export const FIRST_CARD_KEY = `${STORE_KEY}-first-card`;
export const MAIN_KEY = STORE_KEY;
export const PREFS_KEY = prefsKey(STORE_KEY);
/** Element ids of the review screen's prerendered first card. */
export const FIRST_CARD_IDS = { root: "first-card", counts: "first-card-counts", label: "first-card-label", front: "first-card-front" } as const;
