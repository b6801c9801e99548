"use client";
// Persistent storage: once the student has progress, asks the browser not to evict this site's data
// (phones may wipe sites not visited for a while) and shows whether it agreed.
import { useEffect, useRef, useState } from "react";
import { useBrowserFeature } from "../useBrowserFeature";
import { SECONDARY } from "./buttons";

type Status = "checking" | "unsupported" | "persistent" | "not-persistent";

function storageManager(): StorageManager | null {
  return typeof navigator !== "undefined" && navigator.storage && typeof navigator.storage.persisted === "function" ? navigator.storage : null;
}

async function request(): Promise<Status> {
  const storage = storageManager();
  if (!storage || typeof storage.persist !== "function") return "unsupported";
  try {
    return (await storage.persist()) ? "persistent" : "not-persistent";
  } catch {
    return "not-persistent";
  }
}

const STATUS_TEXT: Record<Status, string> = {
  checking: "vérification…",
  unsupported: "inconnu (ce navigateur ne le dit pas)",
  persistent: "oui, tes données sont protégées",
  "not-persistent": "non",
};

export default function StoragePersistence({ hasProgress }: { hasProgress: boolean }) {
  // « vérification… » in the prerendered HTML; the browser's answer once hydrated.
  const supported = useBrowserFeature(() => storageManager() !== null);
  const [answer, setStatus] = useState<Status>("checking");
  const status: Status = supported === false ? "unsupported" : answer;
  const [asked, setAsked] = useState(false);
  const askedOnce = useRef(false);

  useEffect(() => {
    let live = true;
    const storage = storageManager();
    if (!storage) return;
    void storage.persisted().then(
      async (persisted) => {
        if (!live) return;
        if (persisted || !hasProgress || askedOnce.current) {
          setStatus(persisted ? "persistent" : "not-persistent");
          return;
        }
        // Progress worth keeping and not yet protected: ask once per visit. Chrome answers by itself
        // (from how much the site is used); Firefox asks the student.
        askedOnce.current = true;
        const next = await request();
        if (live) {
          setStatus(next);
          setAsked(true);
        }
      },
      () => live && setStatus("unsupported"),
    );
    return () => {
      live = false;
    };
  }, [hasProgress]);

  async function askAgain() {
    setStatus(await request());
    setAsked(true);
  }

  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">
        Sur un téléphone, le navigateur peut effacer les données des sites que tu n’as pas ouverts depuis un moment, et
        avec elles ta progression. On peut lui demander de les garder pour de bon.
      </p>
      <p>
        Progression protégée contre l’effacement&nbsp;:{" "}
        <strong data-testid="storage-persisted" className={status === "persistent" ? "text-good" : undefined}>
          {STATUS_TEXT[status]}
        </strong>
      </p>
      {status === "not-persistent" && !hasProgress && (
        <p className="text-sm">Dès que tu auras révisé des cartes, l’application le demandera au navigateur.</p>
      )}
      {status === "not-persistent" && hasProgress && (
        <>
          <p className="text-sm">
            {asked ? "Le navigateur ne l’a pas accordé pour l’instant. " : ""}
            Il l’accorde plus volontiers quand l’application est installée sur l’écran d’accueil ou ouverte souvent. En
            attendant, exporte une sauvegarde de temps en temps.
          </p>
          <button type="button" className={SECONDARY} onClick={askAgain}>
            Demander le stockage persistant
          </button>
        </>
      )}
    </div>
  );
}
