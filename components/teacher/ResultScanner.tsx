"use client";
// Scanning students' result QR codes with the camera, where the browser has `BarcodeDetector`
// (Chrome on Android, among others). Elsewhere the button is not shown: pasting links always works.
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

export default function ResultScanner({ onScan }: { onScan: (text: string) => void }) {
  const supported = useBrowserFeature(() => detectorClass() !== null && !!navigator.mediaDevices?.getUserMedia) === true;
  const [active, setActive] = useState(false);
  const [status, setStatus] = useState("");
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const seen = useRef(new Set<string>());

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
          onScan(code.rawValue);
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
      setStatus("Caméra active : visez le QR code d’un élève. Chaque résultat lu est ajouté.");
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
    </div>
  );
}
