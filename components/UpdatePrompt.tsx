"use client";
// Offers "Nouvelle version disponible" when a new deploy's service worker is installed and waiting,
// instead of serving stale code for ever; the reload button lets it take over, then reloads.
import { useEffect, useState } from "react";

function watchForWaitingWorker(registration: ServiceWorkerRegistration, onWaiting: (w: ServiceWorker) => void) {
  if (registration.waiting && navigator.serviceWorker.controller) onWaiting(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      // "installed" with a controller in place means an update waits (not the first install).
      if (installing.state === "installed" && navigator.serviceWorker.controller) onWaiting(installing);
    });
  });
}

export default function UpdatePrompt() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let registration: ServiceWorkerRegistration | undefined;
    void navigator.serviceWorker.ready.then((ready) => {
      registration = ready;
      watchForWaitingWorker(ready, setWaiting);
    });
    const checkForUpdate = () => {
      if (document.visibilityState === "visible" && navigator.onLine) void registration?.update().catch(() => {});
    };
    document.addEventListener("visibilitychange", checkForUpdate);
    return () => document.removeEventListener("visibilitychange", checkForUpdate);
  }, []);

  if (!waiting) return null;

  const takeOver = () => {
    navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
    waiting.postMessage({ type: "SKIP_WAITING" });
  };

  return (
    <div role="alert" className="flex items-center justify-between gap-3 bg-brand px-4 py-2 text-brand-ink">
      <p className="text-sm font-medium">Nouvelle version disponible</p>
      <button type="button" className="min-h-11 rounded-lg bg-surface px-4 font-semibold text-ink" onClick={takeOver}>
        Recharger
      </button>
    </div>
  );
}
