"use client";
import SummaryView from "../study/SummaryView";
import { lazyScreen } from "./lazyScreen";

export default lazyScreen(() => import("../study/StudySummary"), () => <SummaryView figures={null} />);
