// Button styles shared by the settings panels (tap targets of at least 44 px, visible focus from globals.css).
export const PRIMARY = "inline-flex min-h-11 items-center justify-center rounded-xl bg-brand px-4 font-semibold text-brand-ink disabled:opacity-50";
export const SECONDARY =
  "inline-flex min-h-11 items-center justify-center rounded-xl border-2 border-brand px-4 font-semibold text-brand disabled:opacity-50";
export const DANGER = "inline-flex min-h-11 items-center justify-center rounded-xl bg-bad px-4 font-semibold text-surface";
