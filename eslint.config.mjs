// One lint config for the whole project (flat config). Besides Next's rules, it keeps lib/ pure:
// no React, no next/*, no zustand there (the store module excepted), and ts-fsrs only in its wrapper.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

const uiImports = [
  { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "lib/ is pure TypeScript: no React." },
  { group: ["next", "next/*"], message: "lib/ is pure TypeScript: no next/*." },
];
const storeImports = { group: ["zustand", "zustand/*"], message: "Only lib/store may import zustand." };
// Classic zod weighs ~30 KB gzipped in a browser chunk: browser code validates with zod/mini.
const classicZod = { name: "zod", message: "Browser code uses zod/mini; classic zod is for lib/content/schema.ts (build time)." };
const hiddenClock = "lib/ takes `now` as a parameter (no hidden clock).";
const fsrsImports = { group: ["ts-fsrs"], message: "ts-fsrs is wrapped once, in lib/study/scheduler.ts." };
// A folder's index re-exports all its modules, and the bundler keeps them all: one import of
// `@/lib/share` brought links, CSV and class files to every page. App code imports the module itself
// (tests and scripts may use the index).
const folderIndexes = ["share", "quiz", "french", "answer", "study", "testwise", "generate", "random"].map((folder) => ({
  name: `@/lib/${folder}`,
  message: `Import the module itself (@/lib/${folder}/…): the index would bring the whole folder into the page's JavaScript.`,
}));

const config = [
  { ignores: [".next/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.tsx"],
    rules: { ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    rules: {
      "no-restricted-imports": ["error", { patterns: [fsrsImports] }],
    },
  },
  {
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [classicZod, ...folderIndexes], patterns: [...uiImports, storeImports, fsrsImports] }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: hiddenClock },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: hiddenClock },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "Use the seeded PRNG in lib/random." },
      ],
    },
  },
  {
    files: ["lib/store/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [classicZod, ...folderIndexes], patterns: [...uiImports, fsrsImports] }] },
  },
  {
    files: ["lib/study/scheduler.ts", "lib/study/scheduler.test.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [classicZod, ...folderIndexes], patterns: [...uiImports, storeImports] }] },
  },
  {
    files: ["lib/content/schema.ts", "lib/**/*.test.ts"],
    ignores: ["lib/study/scheduler.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...uiImports, fsrsImports] }] },
  },
  {
    files: ["components/**/*.tsx", "components/**/*.ts", "app/**/*.tsx", "app/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [classicZod, ...folderIndexes], patterns: [fsrsImports] }] },
  },
  {
    files: ["lib/**/*.test.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
];

export default config;
