"use client";
// Free recall: the student types the answer (typed and cloze questions) and validates with Enter.
import { useId, useState } from "react";

interface Props {
  disabled: boolean;
  onSubmit: (text: string) => void;
}

export default function TypedAnswer({ disabled, onSubmit }: Props) {
  const [text, setText] = useState("");
  const id = useId();
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() !== "") onSubmit(text);
      }}
    >
      <label htmlFor={id} className="font-medium">
        Ta réponse
      </label>
      <input
        id={id}
        // Autofocus is expected here: the student has just been asked to type.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        value={text}
        disabled={disabled}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="done"
        className="min-h-12 rounded-xl border-2 border-line bg-surface px-4 text-lg"
      />
      {!disabled && (
        <button type="submit" className="min-h-12 rounded-xl bg-brand font-semibold text-brand-ink">
          Valider
        </button>
      )}
    </form>
  );
}
