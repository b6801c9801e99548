"use client";
// /prof/: the teacher builds a quiz for the class (QuizBuilder) — facts, kinds, number of questions,
// time limit, corrections, title — previews it as students will see it, and gets a link. The builder
// and the question generator behind its preview load with the content, not with the page: until the
// content is there the page says it is loading.
import { useEffect } from "react";
import { useBootStudyStore, useCatalog } from "../study/studyStore";
import { deferred } from "../deferred";

const loadQuizBuilder = () => import("./QuizBuilder");
const QuizBuilder = deferred(loadQuizBuilder);

export default function TeacherBuilder() {
  useBootStudyStore();
  const catalog = useCatalog();
  // Fetched alongside the content, not after it.
  useEffect(() => void loadQuizBuilder(), []);
  if (!catalog) return <p role="status">Chargement…</p>;
  return <QuizBuilder catalog={catalog} />;
}
