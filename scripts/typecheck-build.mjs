// `npm run typecheck:build`: type-checks the server code as `medusa build` does.
// The build first generates the Query types into .medusa/types (query.graph and
// useQueryGraphStep results typed per entity, e.g. `display_id: Maybe<string>`,
// the portal's own models such as `PortalQuote`) and then compiles with
// tsconfig.json, which includes them; `npm run typecheck` (tsconfig.check.json)
// runs without them, so a loose cast or assignment can pass it and fail the
// build. This generates the same types with Medusa's own generator (no database,
// no admin bundle: seconds, where the build takes a minute or two), then runs tsc
// on tsconfig.json. Works on a clean clone: .medusa/types need not exist.
import { spawnSync } from "node:child_process"
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
// medusa-config.ts is TypeScript; load it as the medusa CLI does.
require("ts-node").register({ transpileOnly: true })
require("dotenv").config()

const directory = process.cwd()
const { initializeContainer } = require("@medusajs/medusa/loaders/index")
const { generateTypes } = require("@medusajs/medusa/commands/utils/generate-types")
const { ContainerRegistrationKeys } = require("@medusajs/framework/utils")

const container = await initializeContainer(directory, {
  skipDbConnection: true,
  throwOnValidationError: false,
})
await generateTypes({
  directory,
  container,
  logger: container.resolve(ContainerRegistrationKeys.LOGGER),
})

const tsc = spawnSync("npx", ["tsc", "--noEmit", "-p", "tsconfig.json"], { stdio: "inherit" })
// The loaded modules keep handles open (e.g. the fake redis); leave explicitly.
process.exit(tsc.status ?? 1)
