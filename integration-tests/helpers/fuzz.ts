import { readdirSync, readFileSync } from "node:fs"
import http from "node:http"
import { join, sep } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** mulberry32: a tiny seeded PRNG, so a fuzz run can be repeated exactly. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Random = ReturnType<typeof mulberry32>
export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]

export type DiscoveredRoute = {
  /** Express-style path, e.g. `/admin/portal/quotes/:id/items/:item_id`. */
  path: string
  params: string[]
  methods: string[]
  /** The handler reads an uploaded file (`req.file`), so it takes multipart bodies. */
  upload: boolean
}

/**
 * Every route of ours, read from `src/api/**\/route.ts` the way Medusa maps
 * them: folders are path segments, `[id]` is the param `:id`, and each exported
 * GET/POST/DELETE/PUT/PATCH function is a method, whether declared there or
 * re-exported (`export { viewQuote as GET } from ...`).
 */
export function discoverRoutes(apiDir: string): DiscoveredRoute[] {
  const files = (readdirSync(apiDir, { recursive: true }) as string[]).filter(
    (file) => file === "route.ts" || file.endsWith(`${sep}route.ts`)
  )
  return files
    .map((file) => {
      const source = readFileSync(join(apiDir, file), "utf8")
      const segments = file.split(sep).slice(0, -1)
      const params = segments.filter((s) => /^\[.+\]$/.test(s)).map((s) => s.slice(1, -1))
      const path = "/" + segments.map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
      const methods = [
        ...source.matchAll(
          /export\s+(?:const|async\s+function|function)\s+(GET|POST|DELETE|PUT|PATCH)\b/g
        ),
        ...[...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((block) => [
          ...block[1].matchAll(/\bas\s+(GET|POST|DELETE|PUT|PATCH)\b/g),
        ]),
      ].map((match) => match[1])
      return { path, params, methods, upload: /\breq\.files?\b/.test(source) }
    })
    .filter((route) => route.methods.length)
    .sort((a, b) => a.path.localeCompare(b.path))
}

export type RawRequest = {
  method: string
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
}

export type RawResponse = {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any
}

/**
 * Sends exactly these bytes with node:http (axios would normalise bodies and
 * paths). A socket error after the response arrived is ignored: a server may
 * stop reading an oversized upload once it has answered.
 */
export function rawRequest(
  baseUrl: string,
  request: RawRequest,
  agent: http.Agent
): Promise<RawResponse> {
  const url = new URL(baseUrl)
  const body = request.body === undefined ? undefined : Buffer.from(request.body)
  const headers: Record<string, string> = { ...request.headers }
  if (body && !("content-length" in headers) && !("transfer-encoding" in headers)) {
    headers["content-length"] = String(body.length)
  }
  return new Promise((resolve, reject) => {
    let answered = false
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers,
        agent,
      },
      (res) => {
        answered = true
        const chunks: Buffer[] = []
        res.on("data", (chunk: Buffer) => chunks.push(chunk))
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          let json: unknown = undefined
          try {
            json = JSON.parse(text)
          } catch {
            json = undefined
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
        })
        res.on("error", reject)
      }
    )
    req.on("error", (error) => {
      if (!answered) reject(error)
    })
    if (body) req.write(body)
    req.end()
  })
}

/** Runs `worker` over `items` with at most `concurrency` in flight, keeping results in order. */
export async function mapPool<T, R>(
  items: T[],
  concurrency: number,
  worker: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const lanes = Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await worker(items[index])
    }
  })
  await Promise.all(lanes)
  return results
}

export type DbSnapshot = Record<string, { rows: number; md5: string }>

/**
 * Row count and an md5 of the ordered rows of every table in the public
 * schema except `exclude`, to prove a run of requests changed nothing.
 */
export async function snapshotDatabase(
  container: MedusaContainer,
  exclude: RegExp
): Promise<DbSnapshot> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: tables } = await pg.raw(
    "select tablename from pg_tables where schemaname = 'public' order by tablename"
  )
  const snapshot: DbSnapshot = {}
  for (const { tablename } of tables as { tablename: string }[]) {
    if (exclude.test(tablename)) continue
    const { rows } = await pg.raw(
      `select count(*)::int as rows, md5(coalesce(string_agg(t::text, '' order by t::text), '')) as md5 from "${tablename}" t`
    )
    snapshot[tablename] = rows[0]
  }
  return snapshot
}

/** The tables whose rows differ between two snapshots. */
export function changedTables(before: DbSnapshot, after: DbSnapshot): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...names].filter(
    (name) => before[name]?.rows !== after[name]?.rows || before[name]?.md5 !== after[name]?.md5
  )
}
