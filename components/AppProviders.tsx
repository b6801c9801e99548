"use client";
// Client-side providers: registers the service worker (production only: there is no worker under
// `next dev`). The study store is created by the screens that use it (components/study/studyStore.ts).
import { SerwistProvider } from "@serwist/next/react";
import type { ReactNode } from "react";

export default function AppProviders({ children }: { children: ReactNode }) {
  return (
    <SerwistProvider
      swUrl="/sw.js"
      disable={process.env.NODE_ENV === "development"}
      // Chromium may fire a false `online` event while offline; a reload then would break the session.
      reloadOnOnline={false}
      options={{ scope: "/", type: "classic" }}
    >
      {children}
    </SerwistProvider>
  );
}
