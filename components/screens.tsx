"use client";
// Every route's screen, deferred (see deferred.tsx): pages import their screen from here, so their
// first load carries the framework and the page's static parts, and the screen's code follows.
import { deferred } from "./deferred";

export const DeferredArticleReader = deferred(() => import("./ArticleReader"));
export const DeferredCardBrowser = deferred(() => import("./cards/CardBrowser"));
export const DeferredClassResults = deferred(() => import("./teacher/ClassResults"));
export const DeferredMatchGame = deferred(() => import("./match/MatchGame"));
export const DeferredPracticeSession = deferred(() => import("./practice/PracticeSession"));
export const DeferredPrintableQuiz = deferred(() => import("./teacher/PrintableQuiz"));
export const DeferredQuizPlayer = deferred(() => import("./quiz/QuizPlayer"));
export const DeferredQuizSetup = deferred(() => import("./quiz/QuizSetup"));
export const DeferredReviewSession = deferred(() => import("./review/ReviewSession"));
export const DeferredSettingsScreen = deferred(() => import("./settings/SettingsScreen"));
export const DeferredStatsScreen = deferred(() => import("./stats/StatsScreen"));
export const DeferredStudySummary = deferred(() => import("./study/StudySummary"));
export const DeferredTeacherBuilder = deferred(() => import("./teacher/TeacherBuilder"));
