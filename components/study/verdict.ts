// Answer checking says correct/close/wrong; the study library's rating table says right/close/wrong.
import type { Verdict as AnswerVerdict } from "@/lib/answer/check";
import type { Verdict as StudyVerdict } from "@/lib/study/practice";

export function toStudyVerdict(verdict: AnswerVerdict): StudyVerdict {
  return verdict === "correct" ? "right" : verdict;
}
