// Thirty answers from new students, written before the checker was tuned and never tuned on: the
// goal is that the app agrees with the teacher on at least 28 of them (issue 17). Tuning the checker
// on these cases would make the figure meaningless; add new cases to teacherVerdicts.test.ts instead.
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

describe("fresh students' answers (never tuned on)", () => {
  it("holds 30 answers, two thirds acceptable", () => {
    expect(FRESH).toHaveLength(30);
    expect(FRESH.filter((x) => x.verdict !== "wrong")).toHaveLength(20);
  });

  it("agrees with the teacher on at least 28 of 30", () => {
    const disagreements = FRESH.filter((x) => !agrees(x)).map((x) => `${x.fact} (${x.kind}): ${JSON.stringify(x.input)} is ${appVerdict(x.fact, x.kind, x.input)}, teacher says ${x.verdict}`);
    expect(FRESH.length - disagreements.length, disagreements.join("\n")).toBeGreaterThanOrEqual(28);
  });
});
