// What `@medusajs/test-utils` resolves to in our tests (jest.config.js maps it
// here): Medusa's own test utilities, with medusaIntegrationTestRunner starting
// each file's database as a copy of the migrated template that
// integration-tests/helpers/template-database.js built for this run
// (docs/ARCHITECTURE.md, "Tests").
import { LinkLoader } from "@medusajs/framework"
import { Client } from "@medusajs/framework/pg"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getResolvedPlugins } from "@medusajs/framework/utils"
import * as testUtils from "@medusajs/test-utils/dist/index"
import { join } from "node:path"
import { ulid } from "ulid"

export * from "@medusajs/test-utils/dist/index"

type RunnerOptions = Parameters<typeof testUtils.medusaIntegrationTestRunner>[0]

async function copyTemplate(template: string, dbName: string) {
  const client = new Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database: "postgres",
  })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE "${dbName}" TEMPLATE "${template}"`)
  } finally {
    await client.end()
  }
}

/**
 * Medusa's runner migrates every module and syncs every link on each file's new
 * database: about 5 s on an idle machine, 30 s on a busy one, even when all is up
 * to date, as checking is what costs. On a copy of the template there is nothing
 * to migrate, so that step is skipped; of the link sync only what the app needs
 * stays (loading the links' definitions and building the planner, which
 * registers them, read-only links included). Both steps are looked up on this
 * module at each call (test-utils 2.21), hence the assignment; the check fails
 * loudly if a new version moves them.
 */
function skipMigrationSteps() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const steps = require("@medusajs/test-utils/dist/medusa-test-runner-utils/use-db")
  if (typeof steps.migrateDatabase !== "function" || typeof steps.syncLinks !== "function") {
    throw new Error("@medusajs/test-utils changed: see integration-tests/helpers/medusa-runner.ts")
  }
  steps.migrateDatabase = async () => {}
  steps.syncLinks = async (
    appLoader: { getLinksExecutionPlanner: () => Promise<unknown> },
    directory: string,
    container: MedusaContainer,
    logger: ConstructorParameters<typeof LinkLoader>[1]
  ) => {
    const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    const plugins = await getResolvedPlugins(directory, config, true)
    await new LinkLoader(
      plugins.map((plugin) => join(plugin.resolve, "links")),
      logger
    ).load()
    await appLoader.getLinksExecutionPlanner()
  }
}

export function medusaIntegrationTestRunner(options: RunnerOptions) {
  const template = process.env.PORTAL_TEST_TEMPLATE_DB
  if (!template) return testUtils.medusaIntegrationTestRunner(options)
  skipMigrationSteps()
  const dbName =
    options.dbName ??
    `medusa-${ulid().toLowerCase()}-integration-${process.env.JEST_WORKER_ID ?? "1"}`
  return testUtils.medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      // Medusa's runner calls this just before it creates the database, which it
      // then finds made.
      beforeServerStart: async (container) => {
        await copyTemplate(template, dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
