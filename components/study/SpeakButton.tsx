"use client";
// « Écouter »: reads text aloud with the device's French voice (Web Speech API). Rendered only when
// the device has a French voice, so no student meets a button that does nothing or speaks English.
import { useSyncExternalStore } from "react";

function frenchVoice(): SpeechSynthesisVoice | null {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return null;
  const voices = window.speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith("fr"));
  return voices.find((v) => v.lang.toLowerCase() === "fr-fr") ?? voices[0] ?? null;
}

function subscribe(notify: () => void): () => void {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return () => undefined;
  // Voices load asynchronously in most browsers: `voiceschanged` tells when they are there.
  window.speechSynthesis.addEventListener("voiceschanged", notify);
  return () => window.speechSynthesis.removeEventListener("voiceschanged", notify);
}

/** The device's French voice, or null (none, or no speech synthesis). */
export function useFrenchVoice(): SpeechSynthesisVoice | null {
  return useSyncExternalStore(subscribe, frenchVoice, () => null);
}

export default function SpeakButton({ texts, label = "Écouter" }: { texts: readonly string[]; label?: string }) {
  const voice = useFrenchVoice();
  if (!voice) return null;
  const speak = () => {
    window.speechSynthesis.cancel();
    for (const text of texts) {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      window.speechSynthesis.speak(utterance);
    }
  };
  return (
    <button type="button" onClick={speak} className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-line px-3 text-sm font-medium" data-testid="speak">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M11 5L6 9H2v6h4l5 4zM15.5 8.5a5 5 0 0 1 0 7M19 5a10 10 0 0 1 0 14" />
      </svg>
      {label}
    </button>
  );
}
