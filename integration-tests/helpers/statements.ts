import { AsyncLocalStorage } from "node:async_hooks"
import http from "node:http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Every SQL statement the server issues while handling a request that carries
 * `x-statement-probe`, by probe: each such request runs in its own async
 * context, and Medusa's shared knex connection (which every module's service
 * uses) reports each statement in the context of the code that issued it.
 * Work the request starts after it answers (a subscriber) is attributed to it
 * too; work left over from an earlier request is not. Statements are counted,
 * never timed; BEGIN and COMMIT count as statements.
 */
const probes = new AsyncLocalStorage<string[]>()
export const statementsByProbe = new Map<string, string[]>()
const emit = http.Server.prototype.emit
http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
  const probe =
    event === "request" && (args[0] as http.IncomingMessage).headers["x-statement-probe"]
  if (typeof probe !== "string") return emit.call(this, event, ...args)
  const statements: string[] = []
  statementsByProbe.set(probe, statements)
  return probes.run(statements, () => emit.call(this, event, ...args))
} as typeof http.Server.prototype.emit

/** Starts recording the statements of probed requests on the app's knex connection. */
export function recordStatements(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  knex.client.on("query", (query: { sql: string }) => probes.getStore()?.push(query.sql))
}
