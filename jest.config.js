const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const suites = {
  unit: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"],
  modules: ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
  http: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
  e2e: ["<rootDir>/e2e/**/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true, tsx: true },
          transform: { react: { runtime: "automatic" } },
        },
        // @react-pdf/renderer is ESM-only and is loaded with a dynamic import().
        module: { type: "commonjs", ignoreDynamic: true },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  // .data/build holds the demo's snapshot of the app (scripts/lib/production-build.mjs).
  modulePathIgnorePatterns: [
    "dist/",
    "<rootDir>/.medusa/",
    "<rootDir>/.data/",
    "<rootDir>/storefront-portal/",
  ],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  // Files that boot Medusa copy one migrated database instead of migrating their
  // own (docs/ARCHITECTURE.md, "Tests"): the template is built once per schema,
  // and @medusajs/test-utils resolves to our wrapper that copies it.
  ...(["http", "e2e", undefined].includes(process.env.TEST_TYPE) && {
    globalSetup: "<rootDir>/integration-tests/helpers/template-database.js",
  }),
  moduleNameMapper: {
    "^@medusajs/test-utils$": "<rootDir>/integration-tests/helpers/medusa-runner.ts",
  },
  testMatch: suites[process.env.TEST_TYPE] ?? Object.values(suites).flat(),
  testPathIgnorePatterns:
    process.env.TEST_TYPE === "modules" ? ["\\.unit\\.spec\\.[jt]s$"] : ["/node_modules/"],
}
