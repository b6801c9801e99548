// The article reader: paragraph by paragraph, with each fact's source quote highlighted.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DECKS, findDeck } from "@/lib/content/decks";
import ArticleReader from "@/components/ArticleReader";
import { articleView } from "@/components/articleView";

export const dynamicParams = false;

export function generateStaticParams() {
  return DECKS.map((deck) => ({ deck: deck.meta.id }));
}

export async function generateMetadata({ params }: { params: Promise<{ deck: string }> }): Promise<Metadata> {
  const deck = findDeck((await params).deck);
  return { title: deck ? `Article : ${deck.meta.title}` : "Article" };
}

export default async function ArticlePage({ params }: { params: Promise<{ deck: string }> }) {
  const deck = findDeck((await params).deck);
  if (!deck) notFound();
  return <ArticleReader deck={articleView(deck)} />;
}
