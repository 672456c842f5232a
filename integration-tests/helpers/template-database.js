// Jest globalSetup of the HTTP and browser tests (docs/ARCHITECTURE.md, "Tests"):
// migrates one database per state of the schema, which every test file then
// copies (`CREATE DATABASE … TEMPLATE …`, a fraction of a second) instead of
// running every module's migrations itself (integration-tests/helpers/medusa-runner.ts).
// The name carries a hash of everything that decides the schema, so a new
// migration, module or link builds a new template and a stale one is never used.
const { spawn } = require("node:child_process")
const { createHash } = require("node:crypto")
const { existsSync, readdirSync, readFileSync, statSync } = require("node:fs")
const { join } = require("node:path")
const { Client } = require("@medusajs/framework/pg")

const ROOT = join(__dirname, "..", "..")
// Templates other states of the tree left behind are dropped after this long.
const STALE_AFTER_MS = 6 * 60 * 60 * 1000

function files(path) {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)))
}

/** What decides the schema: Medusa's packages, our config, modules and links. */
function fingerprint() {
  const hash = createHash("sha256")
  const inputs = ["package-lock.json", "medusa-config.ts", "src/modules", "src/links"]
  for (const file of inputs.flatMap((p) => files(join(ROOT, p)))) {
    hash.update(file.slice(ROOT.length)).update(readFileSync(file))
  }
  // Redis swaps in modules with schemas of their own (medusa-config.ts).
  hash.update(process.env.REDIS_URL ? "redis" : "local")
  return hash.digest("hex").slice(0, 16)
}

function credentials() {
  return {
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD || undefined,
  }
}

function databaseUrl(name) {
  const { host, port, user, password } = credentials()
  const auth = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : user
  return `postgres://${auth}@${host}:${port}/${name}`
}

/** `medusa db:migrate` as the test runner migrates: no data scripts, every link and index. */
function migrate(name) {
  return new Promise((resolve, reject) => {
    let output = ""
    const child = spawn(
      "npx",
      ["medusa", "db:migrate", "--skip-scripts", "--execute-all-links", "--execute-all-search"],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: databaseUrl(name), NODE_ENV: "test" },
        stdio: ["ignore", "pipe", "pipe"],
      }
    )
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`medusa db:migrate failed:\n${output}`))
    )
  })
}

const quote = (name) => `"${name.replace(/"/g, '""')}"`

module.exports = async function templateDatabase() {
  const name = `portal-template-${fingerprint()}`
  const client = new Client({ ...credentials(), database: "postgres" })
  await client.connect()
  try {
    // Parallel runs on one server build a template once, one after the other.
    await client.query("SELECT pg_advisory_lock(hashtext('portal-template'))")
    const { rows } = await client.query(
      "SELECT datname, shobj_description(oid, 'pg_database') AS made FROM pg_database WHERE datname LIKE 'portal-template-%'"
    )
    for (const row of rows) {
      if (row.datname === name || Date.now() - Number(row.made) < STALE_AFTER_MS) continue
      await client.query(`DROP DATABASE IF EXISTS ${quote(row.datname)}`).catch(() => {})
    }
    if (!rows.some((row) => row.datname === name && row.made)) {
      // Built under another name and renamed when complete, so a half-built one is never copied.
      const building = `${name}-building`
      await client.query(`DROP DATABASE IF EXISTS ${quote(name)}`)
      await client.query(`DROP DATABASE IF EXISTS ${quote(building)}`)
      await client.query(`CREATE DATABASE ${quote(building)}`)
      await migrate(building)
      await client.query(`ALTER DATABASE ${quote(building)} RENAME TO ${quote(name)}`)
      await client.query(`COMMENT ON DATABASE ${quote(name)} IS '${Date.now()}'`)
    }
    await client.query("SELECT pg_advisory_unlock(hashtext('portal-template'))")
  } finally {
    await client.end()
  }
  process.env.PORTAL_TEST_TEMPLATE_DB = name
}
