// Typed index of this content folder: the three JSON documents, validated by lib/content.
import type { RawDeck } from "@/lib/content/schema";
import meta from "./deck.json";
import article from "./article.json";
import facts from "./facts.json";

const deck: RawDeck = { meta, article, facts };
export default deck;
