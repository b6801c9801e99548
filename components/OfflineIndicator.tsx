"use client";
// A visible badge while the device is offline, so the student knows the app still works.
import { useOnline } from "./useOnline";

export default function OfflineIndicator() {
  const online = useOnline();
  return (
    <div role="status" aria-live="polite">
      {!online && (
        <p className="bg-warn-bg px-4 py-2 text-center text-sm font-medium text-warn-ink" data-testid="offline-indicator">
          Hors ligne : l’application fonctionne, tes révisions restent sur cet appareil.
        </p>
      )}
    </div>
  );
}
