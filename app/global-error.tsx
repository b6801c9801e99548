"use client";
// Last-resort boundary, when the root layout itself fails: it replaces the whole document.
import "./globals.css";
import ErrorScreen from "@/components/errors/ErrorScreen";

export default function GlobalError() {
  return (
    <html lang="fr">
      <body className="bg-bg text-ink antialiased">
        <main className="mx-auto w-full max-w-xl px-4 pt-4">
          <ErrorScreen />
        </main>
      </body>
    </html>
  );
}
