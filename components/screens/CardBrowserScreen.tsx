"use client";
import { lazyScreen } from "./lazyScreen";

export default lazyScreen(() => import("../cards/CardBrowser"));
