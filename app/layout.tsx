import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import AppProviders from "@/components/AppProviders";
import BottomNav from "@/components/BottomNav";
import StatusBanners from "@/components/StatusBanners";
import SkipLink from "@/components/SkipLink";

export const metadata: Metadata = {
  title: { default: "Révisions Kazakhstan & ONU", template: "%s · Révisions Kazakhstan & ONU" },
  description:
    "Application de révision hors ligne : quiz, fiches et répétition espacée sur le Kazakhstan et les Nations Unies.",
  applicationName: "Révisions",
  manifest: "/manifest.webmanifest",
  icons: {
    icon: [{ url: "/icons/favicon-32.png", sizes: "32x32", type: "image/png" }],
    apple: [{ url: "/icons/apple-touch-icon.png", sizes: "180x180" }],
  },
  appleWebApp: { capable: true, title: "Révisions", statusBarStyle: "default" },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#075e8c" },
    { media: "(prefers-color-scheme: dark)", color: "#0c1422" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className="bg-bg text-ink antialiased">
        <SkipLink />
        <AppProviders>
          <StatusBanners />
          <main id="contenu" className="mx-auto w-full max-w-xl px-4 pb-28 pt-4 print:max-w-none print:p-0">
            {children}
          </main>
          <BottomNav />
        </AppProviders>
      </body>
    </html>
  );
}
