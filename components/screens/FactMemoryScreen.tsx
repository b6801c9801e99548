"use client";
import { lazyScreen } from "./lazyScreen";

// Loaded only when a fact is opened, so reading the article never pays for the study store.
export default lazyScreen(() => import("../study/FactMemory"), () => null, { preload: false });
