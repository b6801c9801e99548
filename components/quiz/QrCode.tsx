"use client";
// A QR code drawn as SVG from uqr's module matrix (no markup strings). uqr is imported only when a
// code is shown, so it never weighs on a route's first load. Always dark on white, even in dark mode,
// with a quiet zone, as scanners expect; "Afficher en grand" fills the screen for a projector.
// The encoder is fetched as soon as this module loads (with the quiz screens), so a student who goes
// offline before the service worker took over still gets a code; if that fetch failed, creating the
// code is retried when the page comes back online, when the service worker takes control, or on a tap.
import { useCallback, useEffect, useRef, useState } from "react";

interface Props {
  text: string;
  /** What the code holds, for screen readers ("QR code du lien du quiz"). */
  label: string;
}

interface Matrix {
  size: number;
  path: string;
}

type Encoder = typeof import("uqr");
let encoder: Promise<Encoder> | null = null;

/** The QR encoder, fetched once; a failed fetch is forgotten so the next call tries again. */
function loadEncoder(): Promise<Encoder> {
  encoder ??= import("uqr").catch((error: unknown) => {
    encoder = null;
    throw error;
  });
  return encoder;
}

if (typeof window !== "undefined") loadEncoder().catch(() => undefined);

/** Calls `retry` when creating the code may now succeed: back online, or a service worker took control. */
function useRetrySignals(active: boolean, retry: () => void): void {
  useEffect(() => {
    if (!active) return;
    const sw = "serviceWorker" in navigator ? navigator.serviceWorker : null;
    window.addEventListener("online", retry);
    sw?.addEventListener("controllerchange", retry);
    return () => {
      window.removeEventListener("online", retry);
      sw?.removeEventListener("controllerchange", retry);
    };
  }, [active, retry]);
}

function toPath(data: boolean[][]): string {
  let path = "";
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return path;
}

function QrSvg({ matrix, label, className }: { matrix: Matrix; label: string; className: string }) {
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${matrix.size} ${matrix.size}`} className={className} shapeRendering="crispEdges">
      <rect width={matrix.size} height={matrix.size} fill="#ffffff" />
      <path d={matrix.path} fill="#000000" />
    </svg>
  );
}

export default function QrCode({ text, label }: Props) {
  const [matrix, setMatrix] = useState<Matrix | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  useRetrySignals(failed, retry);

  useEffect(() => {
    let live = true;
    loadEncoder()
      .then(({ encode }) => {
        const qr = encode(text, { ecc: "M", border: 3 });
        if (live) setMatrix({ size: qr.size, path: toPath(qr.data) });
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [text, attempt]);

  if (failed) {
    return (
      <div className="space-y-2" data-testid="qr-failed">
        <p className="text-sm text-muted">Le QR code n’a pas pu être créé pour l’instant : le lien ci-dessus marche déjà. Il sera créé dès que possible.</p>
        <button type="button" onClick={retry} className="min-h-11 w-full rounded-xl border-2 border-line bg-surface px-4 font-semibold">
          Réessayer de créer le QR code
        </button>
      </div>
    );
  }
  if (!matrix) return <p role="status" className="text-sm text-muted">Création du QR code…</p>;
  return (
    <div className="space-y-2">
      <QrSvg matrix={matrix} label={label} className="mx-auto block aspect-square w-full max-w-80 rounded-lg" />
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="min-h-11 w-full rounded-xl border-2 border-line bg-surface px-4 font-semibold"
      >
        Afficher le QR code en grand
      </button>
      <dialog
        ref={dialog}
        aria-label={label}
        className="m-auto max-h-none max-w-none bg-white p-4 backdrop:bg-black/80"
      >
        <QrSvg matrix={matrix} label={label} className="block h-[min(85vw,80vh)] w-[min(85vw,80vh)]" />
        <form method="dialog" className="mt-3 text-center">
          <button type="submit" className="min-h-11 rounded-xl bg-[#075e8c] px-6 font-semibold text-white">
            Fermer
          </button>
        </form>
      </dialog>
    </div>
  );
}
