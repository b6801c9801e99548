"use client";
// Scanning students' result QR codes with the camera, where the browser has `BarcodeDetector`
// (Chrome on Android, among others). Elsewhere the button is not shown: pasting links always works.
// The camera stays on from one student to the next: each code read is added at once, listed under the
// picture (name and score, or why it was not added) with a short vibration, and never read twice.
import { useBrowserFeature } from "../useBrowserFeature";
import { useCallback, useEffect, useRef, useState } from "react";

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorConstructor = new (options: { formats: string[] }) => Detector;

function detectorClass(): DetectorConstructor | null {
  const ctor = (window as unknown as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
  return typeof ctor === "function" ? ctor : null;
}

/** What became of one code read: shown in the scan's list. */
export interface ScanOutcome {
  ok: boolean;
  text: string;
}

export default function ResultScanner({ onScan }: { onScan: (text: string) => ScanOutcome }) {
  const supported = useBrowserFeature(() => detectorClass() !== null && !!navigator.mediaDevices?.getUserMedia) === true;
  const [active, setActive] = useState(false);
  const [status, setStatus] = useState("");
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const seen = useRef(new Set<string>());
  const [read, setRead] = useState<ScanOutcome[]>([]);

  const stop = useCallback(() => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    setActive(false);
  }, []);
  useEffect(() => stop, [stop]);

  useEffect(() => {
    if (!active) return;
    const Ctor = detectorClass();
    if (!Ctor || !video.current) return;
    const detector = new Ctor({ formats: ["qr_code"] });
    let busy = false;
    const timer = setInterval(async () => {
      if (busy || !video.current || video.current.readyState < 2) return;
      busy = true;
      try {
        for (const code of await detector.detect(video.current)) {
          if (seen.current.has(code.rawValue)) continue;
          seen.current.add(code.rawValue);
          const outcome = onScan(code.rawValue);
          setRead((list) => [outcome, ...list]);
          navigator.vibrate?.(outcome.ok ? 60 : [60, 80, 60]);
        }
      } catch {
        // A frame the detector could not read: try the next one.
      } finally {
        busy = false;
      }
    }, 400);
    return () => clearInterval(timer);
  }, [active, onScan]);

  const start = async () => {
    try {
      const media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      stream.current = media;
      setActive(true);
      setStatus("Caméra active : visez les QR codes des élèves l’un après l’autre. Chaque résultat lu est ajouté aussitôt.");
      requestAnimationFrame(() => {
        if (video.current) {
          video.current.srcObject = media;
          void video.current.play();
        }
      });
    } catch {
      setStatus("La caméra n’est pas accessible. Collez plutôt les liens ci-dessus.");
    }
  };

  if (!supported) return null;
  return (
    <div className="space-y-2">
      {active ? (
        <>
          <video ref={video} muted playsInline className="aspect-square w-full rounded-xl bg-black object-cover" aria-label="Image de la caméra" />
          <button type="button" onClick={stop} className="min-h-11 w-full rounded-xl border-2 border-line bg-surface font-semibold">
            Arrêter la caméra
          </button>
        </>
      ) : (
        <button type="button" onClick={start} className="min-h-11 w-full rounded-xl border-2 border-brand bg-surface font-semibold text-brand">
          Scanner des QR codes avec la caméra
        </button>
      )}
      <p role="status" className="text-sm">
        {status}
      </p>
      {read.length > 0 && (
        <div aria-live="polite" className="space-y-1" data-testid="scan-list">
          <p className="text-sm font-semibold">
            {read.filter((r) => r.ok).length} résultat{read.filter((r) => r.ok).length > 1 ? "s" : ""} ajouté{read.filter((r) => r.ok).length > 1 ? "s" : ""} pendant ce scan
          </p>
          <ul className="space-y-1 text-sm">
            {read.map((outcome, i) => (
              <li key={read.length - i} className={outcome.ok ? undefined : "text-bad"}>
                <span aria-hidden="true">{outcome.ok ? "✓ " : "✗ "}</span>
                {outcome.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
