"use client";
// A link to pass on: shown as text, a copy button, the system share sheet where there is one (phones),
// and a QR code. Used for quiz links (teacher → class) and result links (student → teacher).
import { useBrowserFeature } from "../useBrowserFeature";
import { useId, useState } from "react";
import QrCode from "./QrCode";

interface Props {
  url: string;
  /** Label of the link field ("Lien du quiz"). */
  label: string;
  /** Title and text handed to the share sheet. */
  shareTitle: string;
  shareText: string;
  qrLabel: string;
  testId?: string;
}

async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older or restricted browsers: select the text so the person can copy it by hand.
    field?.select();
    return false;
  }
}

export default function ShareLink({ url, label, shareTitle, shareText, qrLabel, testId }: Props) {
  const id = useId();
  const [status, setStatus] = useState("");
  const canShare = useBrowserFeature(() => typeof navigator.share === "function") === true;

  const share = async () => {
    try {
      await navigator.share({ title: shareTitle, text: shareText, url });
    } catch (error) {
      if ((error as Error)?.name !== "AbortError") setStatus("Le partage n’a pas abouti : copiez le lien.");
    }
  };

  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <input
          id={id}
          readOnly
          value={url}
          data-testid={testId}
          onFocus={(event) => event.target.select()}
          className="min-h-11 w-full rounded-xl border-2 border-line bg-bg px-3 font-mono text-sm"
        />
      </div>
      <div className="grid grid-cols-2 gap-2">
        <button
          type="button"
          onClick={async () => {
            const ok = await copyText(url, document.getElementById(id) as HTMLInputElement | null);
            setStatus(ok ? "Lien copié." : "Copie impossible ici : le lien est sélectionné, copiez-le à la main.");
          }}
          className={`min-h-11 rounded-xl bg-brand px-4 font-semibold text-brand-ink ${canShare ? "" : "col-span-2"}`}
        >
          Copier le lien
        </button>
        {canShare && (
          <button type="button" onClick={share} className="min-h-11 rounded-xl border-2 border-brand px-4 font-semibold text-brand">
            Partager…
          </button>
        )}
      </div>
      <p role="status" className="min-h-5 text-sm">
        {status}
      </p>
      <QrCode text={url} label={qrLabel} />
    </div>
  );
}
