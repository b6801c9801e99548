"use client";
// The review screen, deferred (see ../deferred.tsx): its HTML already holds the first card, so its
// code (store, ts-fsrs, queue) can come after the page is interactive: first-load JS 185 → 141 KB, with
// no measurable cost to the first card (interleaved runs, 4× CPU) nor to blocking time. Deferring the
// other routes' whole screens made their Lighthouse TBT worse (home 355 → 500 ms), so only parts of
// them that appear later are deferred, where they are used.
import { deferred } from "../deferred";

export default deferred(() => import("./ReviewSession"));
