// The way to a quiz's printable question sheet and answer key (/prof/imprimer/), from wherever the
// teacher holds the quiz's link payload: the builder's « Lien du quiz prêt », later the class results.
import Link from "next/link";

export default function PrintSheetLink({ payload }: { payload: string }) {
  return (
    <Link prefetch={false} href={`/prof/imprimer/#${payload}`} className="flex w-fit min-h-11 items-center font-semibold text-brand underline">
      Sujet et corrigé à imprimer
    </Link>
  );
}
