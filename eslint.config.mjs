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
      "no-restricted-imports": ["error", { paths: [classicZod], patterns: [...uiImports, storeImports, fsrsImports] }],
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
    rules: { "no-restricted-imports": ["error", { paths: [classicZod], patterns: [...uiImports, fsrsImports] }] },
  },
  {
    files: ["lib/study/scheduler.ts", "lib/study/scheduler.test.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [classicZod], patterns: [...uiImports, storeImports] }] },
  },
  {
    files: ["lib/content/schema.ts", "lib/**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...uiImports, fsrsImports] }] },
  },
  {
    files: ["components/**/*.tsx", "components/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [classicZod], patterns: [fsrsImports] }] },
  },
  {
    files: ["lib/**/*.test.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
];

export default config;
