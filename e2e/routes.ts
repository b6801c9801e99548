// Every route of the static export, with a heading each must show; the offline journey opens them all.
// e2e/offline.spec.ts checks this list against the exported pages, so a new route cannot be forgotten.
export const ROUTES: { path: string; heading: RegExp }[] = [
  { path: "/", heading: /Révisions/ },
  { path: "/article/kazakhstan-onu/", heading: /Le Kazakhstan et les Nations Unies/ },
  { path: "/reviser/", heading: /Réviser/ },
  { path: "/entrainement/", heading: /Entraînement/ },
  { path: "/cartes/", heading: /Mes cartes/ },
  { path: "/match/", heading: /^Match$/ },
  { path: "/stats/", heading: /Statistiques/ },
  { path: "/reglages/", heading: /Réglages/ },
  { path: "/quiz/", heading: /^Quiz$/ },
  { path: "/quiz/play/", heading: /À toi de jouer/ },
  { path: "/prof/", heading: /Créer un quiz pour la classe/ },
  { path: "/prof/imprimer/", heading: /Sujet et corrigé à imprimer/ },
  { path: "/resultats/", heading: /Résultats de la classe/ },
];
