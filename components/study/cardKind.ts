// How a card's side is named to a student: plain words instead of « carte inversée ».
import type { CardKind } from "@/lib/study/types";

export const CARD_KIND_LABEL: Record<CardKind, string> = {
  forward: "Question → réponse",
  reverse: "Réponse → question",
};
