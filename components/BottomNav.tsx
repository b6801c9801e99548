"use client";
// The bottom navigation bar: the main screens within thumb reach on a phone.
import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/", label: "Accueil", icon: "M3 11l9-8 9 8v10a1 1 0 0 1-1 1h-5v-7H9v7H4a1 1 0 0 1-1-1z" },
  { href: "/reviser/", label: "Réviser", icon: "M4 5h12v14H4zM8 3h12v14" },
  { href: "/entrainement/", label: "S’entraîner", icon: "M13 2L4 14h7l-1 8 9-12h-7z" },
  { href: "/quiz/", label: "Quiz", icon: "M9 9a3 3 0 1 1 4 2.8c-.6.3-1 .9-1 1.6V15m0 3h.01M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z" },
  { href: "/article/kazakhstan-onu/", label: "Article", icon: "M5 4h14v16H5zM8 8h8M8 12h8M8 16h5" },
  { href: "/stats/", label: "Stats", icon: "M4 20V10M10 20V4M16 20v-7M22 20H2" },
] as const;

function isActive(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  const section = href.split("/")[1];
  return pathname.split("/")[1] === section;
}

export default function BottomNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav
      aria-label="Navigation principale"
      className="fixed inset-x-0 bottom-0 z-40 border-t print:hidden border-line bg-surface pb-[env(safe-area-inset-bottom)]"
    >
      <ul className="mx-auto grid max-w-xl grid-cols-6">
        {ITEMS.map((item) => {
          const active = isActive(pathname, item.href);
          return (
            <li key={item.href}>
              <Link prefetch={false}
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`flex min-h-14 flex-col items-center justify-center gap-0.5 text-center text-[11px] leading-tight font-medium ${
                  active ? "text-brand" : "text-muted"
                }`}
              >
                <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
                  <path d={item.icon} />
                </svg>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
