import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  {
    ignores: [
      ".tmp/**",
      "out/**",
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "samples/**",
      "test-artifacts/**",
    ],
  },
  ...officeAddins.configs.recommended,
  // The plugin's recommended block covers .ts only: give .tsx the same plugins and rules.
  ...officeAddins.configs.recommended
    .filter((c) => c.files?.some((f) => f.includes("ts")))
    .map((c) => ({ ...c, files: ["**/*.tsx"] })),
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      // Declared so that no-implied-eval sees setTimeout("code") and window.setInterval("code").
      globals: {
        window: "readonly",
        self: "readonly",
        setTimeout: "readonly",
        setInterval: "readonly",
        execScript: "readonly",
      },
    },
    rules: {
      "no-undef": "off",
      "no-new-func": "error",
      "no-implied-eval": "error",
      "office-addins/no-context-sync-in-loop": "error",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
  },
];
