"use client";
// The review screen, deferred (see ../deferred.tsx): its HTML already holds the first card, so its
// code (store, queue) can come after the page is interactive: first-load JS 185 → 141 KB, with no
// measurable cost to the first card (interleaved runs, 4× CPU) nor to blocking time. The scheduler
// (ts-fsrs) comes after it (components/study/studyStore.ts); the card is rated only once it is there.
import { deferred } from "../deferred";

export default deferred(() => import("./ReviewSession"));
