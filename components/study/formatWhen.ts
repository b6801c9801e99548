// French wording of when something is due, relative to now: "dans 10 min", "demain à 04:00", "le 12 mars".
import { DAY_MS, HOUR_MS, MINUTE_MS } from "@/lib/study/types";

const TIME = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit" });
const DAY = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long" });

export function formatWhen(at: number, now: number): string {
  const delta = at - now;
  if (delta <= 0) return "maintenant";
  if (delta < HOUR_MS) return `dans ${Math.max(1, Math.round(delta / MINUTE_MS))} min`;
  const today = new Date(now);
  const target = new Date(at);
  const sameDay = today.toDateString() === target.toDateString();
  if (sameDay) return `aujourd’hui à ${TIME.format(target)}`;
  const tomorrow = new Date(now + DAY_MS);
  if (tomorrow.toDateString() === target.toDateString()) return `demain à ${TIME.format(target)}`;
  return `le ${DAY.format(target)}`;
}
