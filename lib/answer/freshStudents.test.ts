// Answers from new students, never tuned on; add tuning cases to teacherVerdicts.test.ts instead.
// Issue 17's goal: at least 28 of 30 agree with the teacher. Set A was written before any tuning
// (20/30 then), but its disagreements were printed while the rules were written, so it only guards
// against regressions (24/30 now). Set B was written before tuning too and first run after it: 28/30.
import { describe, expect, it } from "vitest";
import { agrees, appVerdict, type TeacherCase } from "./testing";

const c = (fact: string, kind: TeacherCase["kind"], input: string, verdict: TeacherCase["verdict"]): TeacherCase => ({ fact, kind, input, verdict });

const FRESH: TeacherCase[] = [
  // acceptable
  c("caspienne-etats-riverains", "typed", "les pays riverains de la mer Caspienne", "correct"),
  c("citation-aral-role", "typed", "un role pro-actif", "correct"),
  c("one-water-partenaires", "typed", "la Banque mondiale, la France et l'Arabie saoudite", "correct"),
  c("investissements-transport", "typed", "plusieurs dizaines de milliards de dollars", "correct"),
  c("pont-deux-continents", "typed", "un pont entre l'Europe et l'Asie", "correct"),
  c("appel-reforme-onu", "cloze", "aux défis actuels et aux objectifs de demain", "correct"),
  c("ong-actions", "typed", "surveiller les forces de l'ordre, documenter les violations et aider les victimes juridiquement", "correct"),
  c("crise-confiance", "typed", "une crise de la confiance", "correct"),
  c("architecture-securite", "cloze", "architecture de sécurité mondiale", "correct"),
  c("citation-dialogue-nucleaire", "typed", "d'un dialogue de haut niveau entre puissances nucléaires", "correct"),
  c("ia-secteurs", "typed", "tous les secteurs de l'économie et les services publics", "correct"),
  c("reformes-politiques", "typed", "les réformes politiques et la démocratisation", "correct"),
  c("equipes-pays-domaines", "typed", "développement durable, droits humains et égalité hommes-femmes", "correct"),
  c("centre-regional-theme", "typed", "au développement durable", "correct"),
  c("voix-puissances-moyennes", "typed", "des puissances moyennes responsables", "correct"),
  c("concept-ressources-eau", "typed", "le concept de gestion de l'eau", "correct"),
  c("semipalatinsk-region", "typed", "la région de Semeï", "correct"),
  c("note-choiseul-titre", "typed", "« Kazakhstan : puissance moyenne, géant en devenir ? »", "correct"),
  c("rcs-nom", "cloze", "Sommet régional sur le climat", "correct"),
  c("crises-ukraine-gaza", "typed", "la guerre en Ukraine et la crise humanitaire à Gaza", "correct"),
  // to refuse
  c("caspienne-etats-riverains", "typed", "les pays d'Asie centrale", "wrong"),
  c("one-water-partenaires", "typed", "la France et la Banque mondiale", "wrong"),
  c("investissements-transport", "typed", "des milliards de dollars", "wrong"),
  c("appel-reforme-onu", "typed", "aux défis d'aujourd'hui", "wrong"),
  c("crise-confiance", "typed", "crise économique", "wrong"),
  c("reformes-politiques", "typed", "la réforme de l'ONU", "wrong"),
  c("voix-puissances-moyennes", "typed", "des grandes puissances", "wrong"),
  c("conseil-securite-regions", "typed", "l'Asie, l'Afrique et l'Europe", "wrong"),
  c("conseil-securite-debut-mandat", "typed", "2018", "wrong"),
  c("domaines-influence", "typed", "l'autorité diplomatique et l'intégration internationale", "wrong"),
];

const HELD_OUT: TeacherCase[] = [
  c("onu-adhesion-date", "typed", "le 2/03/1992", "correct"),
  c("conseil-securite-organe", "typed", "au conseil de sécurité de l'ONU", "correct"),
  c("conseil-securite-dossier", "typed", "la non prolifération des armes de destruction massive", "correct"),
  c("semipalatinsk-organe", "cloze", "Assemblée générale de l'ONU", "correct"),
  c("discours-session", "typed", "la 80e", "correct"),
  c("onu-huit-decennies", "typed", "depuis 80 ans", "correct"),
  c("ia-technologie", "typed", "l'IA (intelligence artificielle)", "correct"),
  c("hcr-bureau", "typed", "le Haut Commissariat aux Réfugiés", "correct"),
  c("rail-echeance", "typed", "d'ici à 2029", "correct"),
  c("sommet-ecologique-ville", "typed", "à Astana, la capitale", "correct"),
  c("referendum-national", "typed", "par la voie d'un référendum", "correct"),
  c("ets-systeme", "typed", "un système d'échange de quotas d'émissions", "correct"),
  c("mer-caspienne", "typed", "la mer caspiene", "correct"),
  c("kibhr", "typed", "le Bureau international kazakh des droits humains et de l'État de droit", "correct"),
  c("aidarkyzy", "typed", "A. Aidarkyzy", "correct"),
  c("onu-partenaires-droits-humains", "typed", "avec le gouvernement kazakh et la société civile", "correct"),
  c("cinq-asie-centrale", "typed", "les cinq", "correct"),
  c("economie-de-marche", "typed", "l'économie de marché stable", "correct"),
  c("nouvelles-routes-soie", "typed", "la nouvelle route de la soie", "correct"),
  c("one-water-summit", "typed", "le sommet One Water", "correct"),
  c("onu-adhesion-date", "typed", "2 mars 1991", "wrong"),
  c("conseil-securite-organe", "typed", "Assemblée générale", "wrong"),
  c("discours-session", "typed", "78e session", "wrong"),
  c("onu-huit-decennies", "typed", "sept décennies", "wrong"),
  c("hcr-bureau", "typed", "l'UNICEF", "wrong"),
  c("rail-echeance", "typed", "2025", "wrong"),
  c("referendum-national", "typed", "par un vote du parlement", "wrong"),
  c("aidarkyzy", "typed", "Makasheva", "wrong"),
  c("cinq-asie-centrale", "typed", "quatre pays", "wrong"),
  c("nouvelles-routes-soie", "typed", "le corridor Nord-Sud", "wrong"),
];

const disagreementsOf = (cases: TeacherCase[]) =>
  cases.filter((x) => !agrees(x)).map((x) => `${x.fact} (${x.kind}): ${JSON.stringify(x.input)} is ${appVerdict(x.fact, x.kind, x.input)}, teacher says ${x.verdict}`);

describe("fresh students' answers (never tuned on)", () => {
  it("holds 30 answers, two thirds acceptable", () => {
    expect(FRESH).toHaveLength(30);
    expect(FRESH.filter((x) => x.verdict !== "wrong")).toHaveLength(20);
  });

  it("agrees with the teacher on at least 23 of set A (no regression)", () => {
    const disagreements = disagreementsOf(FRESH);
    expect(FRESH.length - disagreements.length, disagreements.join("\n")).toBeGreaterThanOrEqual(24);
  });

  it("agrees with the teacher on at least 28 of the 30 held-out answers of set B", () => {
    expect(HELD_OUT).toHaveLength(30);
    const disagreements = disagreementsOf(HELD_OUT);
    expect(HELD_OUT.length - disagreements.length, disagreements.join("\n")).toBeGreaterThanOrEqual(28);
  });
});
