"use client";
// The review screen, deferred (see ../deferred.tsx): its HTML already holds the first card, so its
// code (store, ts-fsrs, queue) can come after the page is interactive. Measured with Lighthouse (median
// of 5, mobile): TBT 409 → 181 ms. Deferring the other routes' whole screens made their TBT worse
// (home 355 → 500 ms), so only parts of them that appear later are deferred, where they are used.
import { deferred } from "../deferred";

export default deferred(() => import("./ReviewSession"));
