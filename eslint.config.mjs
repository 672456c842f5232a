import { readdirSync } from "node:fs"
import js from "@eslint/js"
import tseslint from "typescript-eslint"

/*
 * Layer boundaries (docs/ARCHITECTURE.md, "Layers"), with ESLint's own
 * no-restricted-imports. A relative import's target is known from the importing file's
 * depth, so each layer gets one block per depth: in src/<layer>/<d folders>/file.ts,
 * `(../){d + 1}` reaches src/. One block per file, because a later block's options for
 * the same rule replace an earlier one's.
 */
const MAX_DEPTH = 6
const TS = "{ts,tsx,mts}"
const MODULES = readdirSync("src/modules", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const STOREFRONT_FEATURES = readdirSync("storefront-portal/src/features", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
/*
 * Workflow domains and the domains each may import (docs/ARCHITECTURE.md, "Workflows"):
 * arrows point one way only, so no two domains import each other. `shared` (what every
 * domain may use) imports no domain; `hooks` (handlers on Medusa's own workflows) sits
 * on top. A new folder in src/workflows must be added here.
 */
const WORKFLOW_DOMAINS = {
  shared: [],
  portal: [],
  agreement: [],
  billing: ["portal"],
  quote: ["portal", "agreement", "billing"],
  procurement: ["portal"],
  collaboration: ["portal", "quote"],
  hooks: ["portal", "agreement", "billing", "quote", "procurement"],
}
for (const entry of readdirSync("src/workflows", { withFileTypes: true })) {
  if (entry.isDirectory() && !(entry.name in WORKFLOW_DOMAINS)) {
    throw new Error(`src/workflows/${entry.name} is not in eslint.config.mjs's WORKFLOW_DOMAINS.`)
  }
}
/** Exactly `levels` folders up, then a name: `../../x` for 2, not `../../../x`. */
const up = (levels) => `^(\\.\\./){${levels}}(?!\\.\\./)`
const filesAt = (folder, depth) => [`${folder}/${"*/".repeat(depth)}*.${TS}`]

const ONLY_SHARED = 'imports only src/shared from src/ (docs/ARCHITECTURE.md, "Layers").'
const STOREFRONT_ONLY_SHARED = {
  regex: "^\\.{1,2}/(.*/)?src/",
  message: `The storefront ${ONLY_SHARED} Import it as @shared/*.`,
}
/** In src/workflows/<d folders>/file.ts, `(../){d + 1}` reaches src/. */
const WORKFLOW_NO_API = (depth) => ({
  regex: `${up(depth + 1)}api(/|$)`,
  message: 'A workflow never imports src/api (docs/ARCHITECTURE.md, "Layers").',
})
const DOMAIN_REACH = (name, allowed) =>
  name === "shared"
    ? "imports no workflow domain"
    : `imports ${allowed.length ? `only ${allowed.join(", ")} of the other domains` : "no other domain"}, and shared`
const boundaries = [
  // Modules: no workflows or api, and no other module (a cross-module rule lives in a
  // workflow or a link).
  ...MODULES.flatMap((name) =>
    Array.from({ length: MAX_DEPTH }, (_, depth) => ({
      files: filesAt(`src/modules/${name}`, depth),
      patterns: [
        {
          regex: `${up(depth + 2)}(workflows|api)(/|$)`,
          message: "A module never imports src/workflows or src/api (docs/ARCHITECTURE.md).",
        },
        {
          regex: `${up(depth + 1)}(?!${name}(/|$))`,
          message: `src/modules/${name} doesn't import another module (docs/ARCHITECTURE.md).`,
        },
      ],
    }))
  ),
  ...Array.from({ length: MAX_DEPTH }, (_, depth) => [
    {
      // Server code that modules share (the PDF toolkit): below the modules, above src/shared.
      files: filesAt("src/lib", depth),
      patterns: [{ regex: `${up(depth + 1)}(?!shared(/|$))`, message: `src/lib ${ONLY_SHARED}` }],
    },
    {
      files: filesAt("src/workflows", depth),
      patterns: [WORKFLOW_NO_API(depth)],
    },
    // Subscribers and jobs run workflows; route code is not theirs to import.
    ...["subscribers", "jobs"].map((layer) => ({
      files: filesAt(`src/${layer}`, depth),
      patterns: [
        {
          regex: `${up(depth + 1)}api(/|$)`,
          message: `src/${layer} runs workflows and never imports src/api: what it shares with a route goes in src/workflows/shared or src/shared (docs/ARCHITECTURE.md, "Layers").`,
        },
      ],
    })),
    {
      files: filesAt("src/admin", depth),
      patterns: [{ regex: `${up(depth + 1)}(?!shared(/|$))`, message: `The admin ${ONLY_SHARED}` }],
    },
  ]).flat(),
  // A workflow domain imports only the domains WORKFLOW_DOMAINS lets it (and shared);
  // each block repeats the src/api rule above, which it replaces. In
  // src/workflows/<domain>/<d folders>/file.ts, `(../){d + 1}` reaches src/workflows.
  ...Object.entries(WORKFLOW_DOMAINS).flatMap(([name, allowed]) =>
    Array.from({ length: MAX_DEPTH - 1 }, (_, depth) => ({
      files: filesAt(`src/workflows/${name}`, depth),
      patterns: [
        WORKFLOW_NO_API(depth + 1),
        {
          regex: `${up(depth + 1)}(?!(${[name, "shared", ...allowed].join("|")})(/|$))`,
          message: `src/workflows/${name} ${DOMAIN_REACH(name, allowed)}: no back-arrow between workflow domains (docs/ARCHITECTURE.md, "Workflows").`,
        },
      ],
    }))
  ),
  {
    // Any depth: the storefront reaches the plugin's src/ only as ../…/src/.
    files: [`storefront-portal/src/**/*.${TS}`],
    patterns: [STOREFRONT_ONLY_SHARED],
  },
  // A storefront feature imports the app shell, components and lib, never another
  // feature (docs/ARCHITECTURE.md, "Storefront portal"); each block repeats the rule above,
  // which it replaces.
  ...STOREFRONT_FEATURES.flatMap((name) =>
    Array.from({ length: MAX_DEPTH }, (_, depth) => ({
      files: filesAt(`storefront-portal/src/features/${name}`, depth),
      patterns: [
        STOREFRONT_ONLY_SHARED,
        {
          regex: `${up(depth + 1)}(?!${name}(/|$))`,
          message: `storefront features/${name} doesn't import another feature: what both need goes in src/app, src/components or src/lib (docs/ARCHITECTURE.md, "Storefront portal").`,
        },
      ],
    }))
  ),
].map(({ files, patterns }) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns }] },
}))

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".medusa/",
      ".data/",
      "**/dist/",
      "storefront-portal/dist/",
      "src/modules/*/migrations/",
      "coverage/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        fetch: "readonly",
        __dirname: "readonly",
        require: "readonly",
        module: "writable",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/__tests__/**", "integration-tests/**"],
    languageOptions: { globals: { jest: "readonly" } },
  },
  ...boundaries
)
