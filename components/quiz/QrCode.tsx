"use client";
// A QR code drawn as SVG from uqr's module matrix (no markup strings). uqr is imported only when a
// code is shown, so it never weighs on a route's first load. Always dark on white, even in dark mode,
// with a quiet zone, as scanners expect; "Afficher en grand" fills the screen for a projector.
import { useEffect, useRef, useState } from "react";

interface Props {
  text: string;
  /** What the code holds, for screen readers ("QR code du lien du quiz"). */
  label: string;
}

interface Matrix {
  size: number;
  path: string;
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
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    let live = true;
    import("uqr")
      .then(({ encode }) => {
        const qr = encode(text, { ecc: "M", border: 3 });
        if (live) setMatrix({ size: qr.size, path: toPath(qr.data) });
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [text]);

  if (failed) return <p className="text-sm text-muted">Le QR code n’a pas pu être créé : utilisez le lien.</p>;
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
