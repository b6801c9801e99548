"use client";
// Offers "Nouvelle version disponible" when a new deploy's service worker is waiting, instead of
// serving stale code for ever; the reload button lets it take over.
import { useSerwist } from "@serwist/next/react";
import { useEffect, useState } from "react";

export default function UpdatePrompt() {
  const { serwist } = useSerwist();
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    if (!serwist) return;
    const onWaiting = () => setWaiting(true);
    const onControlling = (event: { isUpdate?: boolean }) => {
      if (event.isUpdate) window.location.reload();
    };
    const checkForUpdate = () => {
      if (document.visibilityState === "visible" && navigator.onLine) void serwist.update();
    };
    serwist.addEventListener("waiting", onWaiting);
    serwist.addEventListener("controlling", onControlling);
    document.addEventListener("visibilitychange", checkForUpdate);
    return () => {
      serwist.removeEventListener("waiting", onWaiting);
      serwist.removeEventListener("controlling", onControlling);
      document.removeEventListener("visibilitychange", checkForUpdate);
    };
  }, [serwist]);

  if (!waiting) return null;
  return (
    <div role="alert" className="flex items-center justify-between gap-3 bg-brand px-4 py-2 text-brand-ink">
      <p className="text-sm font-medium">Nouvelle version disponible</p>
      <button
        type="button"
        className="min-h-11 rounded-lg bg-surface px-4 font-semibold text-ink"
        onClick={() => serwist?.messageSkipWaiting()}
      >
        Recharger
      </button>
    </div>
  );
}
