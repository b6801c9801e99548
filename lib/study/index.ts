/** Public API of the study library (scheduling, queue, practice, stats, exports, backups). */
export * from "./types";
export * from "./settings";
export { newCard } from "./newCard";
export { retrievability } from "./retrievability";
export { rateCard, previewIntervals, formatInterval, fsrsParametersProblem, DEFAULT_FSRS_PARAMETERS, FSRS_PARAMETER_RANGES, type IntervalPreview } from "./scheduler";
export * from "./fsrsParameters";
export * from "./studyDay";
export * from "./codec";
export { syncCards, type CardCollection } from "./syncCards";
export * from "./merge";
export { buildQueue, nextDueAt, countToday, isDueToday, type QueueInput, type StudyQueue } from "./queue";
export * from "./practice";
export * from "./drill";
export * from "./browse";
export * from "./matchGame";
export { dueForecast, reviewHeatmap, trueRetention, masteryByTopic, cardsByState, studyStreak, reviewedToday, cardsStudiedToday, dueNow, newAvailable, type DayCount, type TopicMastery } from "./stats";
export * from "./exports";
export * from "./ankiNotes";
export * from "./ankiText";
// ankiPackage.ts is not re-exported: it pulls in fflate and is meant to be imported on demand.
export * from "./backup";
