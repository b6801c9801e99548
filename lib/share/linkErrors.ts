/**
 * Why a quiz link or a result link could not be opened, as typed unions, and the French message shown
 * for each. Decoders never throw: every problem ends up as one of these values.
 *
 * Quiz-link messages speak to the student who opened the link (tu); result-link messages speak to the
 * teacher who pasted the results (vous).
 */

export const QUIZ_LINK_ERRORS = [
  "empty",
  "malformed",
  "checksum",
  "future-version",
  "too-long",
  "unknown-deck",
  "content-changed",
  "invalid-spec",
] as const;
export type QuizLinkError = (typeof QUIZ_LINK_ERRORS)[number];

export const RESULT_LINK_ERRORS = [
  "empty",
  "malformed",
  "checksum",
  "future-version",
  "too-long",
  "not-a-result",
  "invalid-result",
] as const;
export type ResultLinkError = (typeof RESULT_LINK_ERRORS)[number];

const QUIZ_MESSAGES: Record<QuizLinkError, string> = {
  empty: "Ce lien ne contient pas de quiz : il a sans doute été coupé. Copie le lien en entier, ou demande à ton professeur de le renvoyer.",
  malformed: "Ce lien de quiz est incomplet ou abîmé. Demande à ton professeur de le renvoyer.",
  checksum: "Ce lien de quiz a été modifié ou mal copié. Demande à ton professeur de le renvoyer.",
  "future-version":
    "Ce lien a été créé avec une version plus récente de l’application. Recharge la page pour la mettre à jour, puis rouvre le lien.",
  "too-long": "Ce texte est trop long pour être un lien de quiz. Vérifie que tu n’as copié qu’un seul lien.",
  "unknown-deck":
    "Ce quiz porte sur un contenu absent de cette version de l’application. Recharge la page pour la mettre à jour, puis rouvre le lien.",
  "content-changed":
    "Ce lien a été créé pour une autre version du contenu. Demande à ton professeur de créer un nouveau lien.",
  "invalid-spec": "Les réglages de ce quiz ne sont pas valides. Demande à ton professeur de créer un nouveau lien.",
};

const RESULT_MESSAGES: Record<ResultLinkError, string> = {
  empty: "Ce lien ne contient pas de résultat : il a sans doute été coupé. Demandez à l’élève de le renvoyer en entier.",
  malformed: "Ce lien de résultat est incomplet ou abîmé. Demandez à l’élève de le renvoyer.",
  checksum: "Ce lien de résultat a été modifié ou mal copié. Demandez à l’élève de le renvoyer.",
  "future-version":
    "Ce résultat vient d’une version plus récente de l’application. Rechargez la page pour la mettre à jour, puis collez-le à nouveau.",
  "too-long": "Ce texte est trop long pour être un lien de résultat. Collez un lien par ligne.",
  "not-a-result": "C’est un lien de quiz, pas un résultat : il sert à lancer le quiz, pas à enregistrer une note.",
  "invalid-result": "Ce lien de résultat contient des données impossibles. Demandez à l’élève de refaire le quiz.",
};

/**
 * The French message for a quiz link that could not be opened (addressed to the student).
 *
 * @example
 * linkErrorMessage("content-changed");
 * // "Ce lien a été créé pour une autre version du contenu. Demande à ton professeur de créer un nouveau lien."
 */
export function linkErrorMessage(error: QuizLinkError): string {
  return QUIZ_MESSAGES[error] ?? QUIZ_MESSAGES.malformed;
}

/**
 * The French message for a result link that could not be read (addressed to the teacher).
 *
 * @example
 * resultLinkErrorMessage("checksum"); // "Ce lien de résultat a été modifié ou mal copié. …"
 */
export function resultLinkErrorMessage(error: ResultLinkError): string {
  return RESULT_MESSAGES[error] ?? RESULT_MESSAGES.malformed;
}
