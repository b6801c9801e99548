// Every article's content folder. Adding an article = adding its folder and listing it here.
import type { RawDeck } from "@/lib/content/schema";
import kazakhstanOnu from "./kazakhstan-onu";

export const RAW_DECKS: RawDeck[] = [kazakhstanOnu];
