/**
 * fast-check arbitraries for the share-link property tests: valid quiz specs with their deck, and valid
 * results. Kept beside the fixture builders so every test draws from the same definitions.
 */
import fc from "fast-check";
import {
  givenTextForResult,
  MAX_GIVEN_TEXT_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PICK,
  MAX_REPORT_REASON_LENGTH,
  quizResultProblems,
  reasonForResult,
  type QuizResult,
  type WrongAnswer,
} from "./quizResult";
import { QUESTION_KINDS, quizSpecProblems, type QuizSpec, type ShareDeck } from "./quizSpec";
import { buildDeck } from "./testFixtures";
import { normalizeLinkText } from "./text";

/** Any Unicode text, emoji and astral characters included, up to `max` code points. */
export const unicodeText = (max: number) =>
  fc.oneof(fc.string({ unit: "binary", maxLength: max }), fc.string({ unit: "grapheme", maxLength: max / 4 }));

/** A deck of 1–3,000 facts (mostly small, like real decks) with a valid spec on it. */
export const deckAndSpec: fc.Arbitrary<{ deck: ShareDeck; spec: QuizSpec }> = fc
  .oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 80 }) }, { weight: 1, arbitrary: fc.integer({ min: 81, max: 3000 }) })
  .chain((size) =>
    fc.record({
      deck: fc.constant(buildDeck(size)),
      picked: fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { minLength: 1, maxLength: Math.min(size, 300) }),
      kinds: fc.subarray([...QUESTION_KINDS], { minLength: 1 }),
      count: fc.integer({ min: 5, max: 40 }),
      seed: fc.integer({ min: 0, max: 0xffffffff }),
      timeLimitSec: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3600 })),
      title: unicodeText(80),
      corrections: fc.constantFrom(undefined, "each", "end"),
    }),
  )
  .map(({ deck, picked, corrections, ...rest }) => ({
    deck,
    spec: { deckId: deck.id, factIds: picked.map((i) => deck.factIds[i]), ...rest, ...(corrections ? { corrections } : {}) },
  }))
  .filter(({ deck, spec }) => quizSpecProblems(spec, deck).length === 0);

/** A valid result as version 1 links carry it (no wrong answers, no reports). */
export const quizResultV1: fc.Arbitrary<QuizResult> = fc
  .record(
    {
      quizId: fc.integer({ min: 0, max: 0xffffffff }).map((n) => n.toString(16).padStart(8, "0")),
      name: unicodeText(MAX_NAME_LENGTH).map(normalizeLinkText),
      answers: fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
      totalTimeSec: fc.integer({ min: 0, max: 86_400 }),
      answeredOn: fc
        .date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    },
    { requiredKeys: ["quizId", "name", "answers", "totalTimeSec"] },
  )
  .filter((result) => quizResultProblems(result).length === 0);

/** What a student gave to one wrong question: option indexes, typed text (normalised), or nothing. */
const wrongAnswer = (question: number): fc.Arbitrary<WrongAnswer> =>
  fc.oneof(
    fc.constant({ question }),
    fc.array(fc.integer({ min: 0, max: MAX_PICK - 1 }), { minLength: 1, maxLength: 6 }).map((picks) => ({ question, picks })),
    unicodeText(MAX_GIVEN_TEXT_LENGTH)
      .map(givenTextForResult)
      .filter((text) => text !== "")
      .map((text) => ({ question, text })),
  );

/**
 * A valid result, name already normalised; half of them with what was given to every wrong question
 * and the questions reported (as a result link of version 2 carries them).
 */
export const quizResult: fc.Arbitrary<QuizResult> = fc
  .tuple(
    quizResultV1,
    fc.boolean(),
    fc.array(fc.tuple(fc.nat(), unicodeText(MAX_REPORT_REASON_LENGTH).map(reasonForResult)), { maxLength: 4 }),
  )
  .chain(([result, detailed, reports]) => {
    if (!detailed) return fc.constant(result);
    const wrongQuestions = result.answers.flatMap((right, i) => (right ? [] : [i]));
    const reported = [...new Map(reports.map(([n, reason]) => [n % result.answers.length, reason]))]
      .sort((a, b) => a[0] - b[0])
      .map(([question, reason]) => ({ question, reason }));
    return fc.tuple(...wrongQuestions.map(wrongAnswer)).map((wrong) => {
      const detailedResult: QuizResult = { ...result };
      if (wrong.length > 0) detailedResult.wrong = wrong;
      if (reported.length > 0) detailedResult.reports = reported;
      return detailedResult;
    });
  })
  .filter((result) => quizResultProblems(result).length === 0);

