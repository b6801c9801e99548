"use client";
// The error boundary of every screen (Next wraps each page in it): French, with reload and backup export.
import ErrorScreen from "@/components/errors/ErrorScreen";

export default function ScreenError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorScreen onRetry={reset} />;
}
