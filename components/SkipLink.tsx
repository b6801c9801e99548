// First focusable element: lets keyboard and screen-reader users jump past the navigation.
export default function SkipLink() {
  return (
    <a
      href="#contenu"
      className="sr-only print:hidden focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded-lg focus:bg-surface focus:px-4 focus:py-2 focus:text-ink"
    >
      Aller au contenu
    </a>
  );
}
