// A production build of this repository's app (`medusa build`: the server and the
// admin dashboard) kept in a folder and reused while its sources are unchanged:
// `npm run demo` serves it with `medusa start`, which watches no file
// (docs/ARCHITECTURE.md, "Demo").
//
// The build is made in a snapshot of the app (snapshotApp: src/, medusa-config.ts,
// package.json, a tsconfig that compiles medusa-config.ts), never in the
// repository itself, whose .medusa/server is the plugin's package. Next to it,
// `.source-hash` holds the hash of what it was built from; a different hash
// builds again into a new folder that replaces the old one only when it succeeded.
import { createHash } from "node:crypto"
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { ROOT, runMedusa, snapshotApp } from "./medusa-app.mjs"

// Bump when the way the snapshot is built changes, so older builds are not reused.
const RECIPE = "1"
const HASHED_FILES = ["medusa-config.ts", "package.json", "package-lock.json", "tsconfig.json"]

/**
 * Where the process tests (test:scale, test:crash, test:demo) keep their shared
 * server-only build: outside the repository, one folder per checkout (the
 * snapshot links this checkout's node_modules), so a later test reuses it.
 */
export const testBuildDir = () =>
  join(
    tmpdir(),
    `portal-production-build-${createHash("sha256").update(ROOT).digest("hex").slice(0, 10)}`
  )

/** The hash of everything a build is made from: src/ (without tests) and the app's config files. */
export function sourceHash({ admin }) {
  const hash = createHash("sha256").update(`recipe ${RECIPE}; admin ${admin}\n`)
  const files = [...listFiles(join(ROOT, "src")), ...HASHED_FILES.map((f) => join(ROOT, f))]
  for (const file of files) {
    if (!existsSync(file)) continue
    hash
      .update(`${relative(ROOT, file)}\n`)
      .update(readFileSync(file))
      .update("\n")
  }
  return hash.digest("hex")
}

/**
 * The build in `dir`/app, made first when missing or built from other sources.
 * Answers `{ app, server, reused }`: `server` is the folder `medusa start` runs in.
 * `admin: false` builds the server only (DISABLE_MEDUSA_ADMIN at build time).
 */
export async function productionBuild({ dir, groups, env, admin = true, log }) {
  const app = join(dir, "app")
  const server = join(app, ".medusa", "server")
  const hashFile = join(app, ".source-hash")
  const hash = sourceHash({ admin })
  const complete =
    existsSync(join(server, "medusa-config.js")) &&
    (!admin || existsSync(join(server, "public", "admin", "index.html")))
  if (complete && existsSync(hashFile) && readFileSync(hashFile, "utf8").trim() === hash) {
    return { app, server, reused: true }
  }
  mkdirSync(dir, { recursive: true })
  removeAbandonedBuilds(dir)
  const next = join(dir, `app.building-${process.pid}`)
  rmSync(next, { recursive: true, force: true })
  snapshotApp(next)
  const buildEnv = { ...env, NODE_ENV: "production" }
  if (admin) delete buildEnv.DISABLE_MEDUSA_ADMIN
  else buildEnv.DISABLE_MEDUSA_ADMIN = "true"
  const logFile = log ?? join(dir, "build.log")
  writeFileSync(logFile, "")
  try {
    await runMedusa(groups, ["build", "--no-lint"], { cwd: next, env: buildEnv, log: logFile })
  } catch (error) {
    rmSync(next, { recursive: true, force: true })
    throw error
  }
  writeFileSync(join(next, ".source-hash"), `${hash}\n`)
  rmSync(app, { recursive: true, force: true })
  try {
    renameSync(next, app)
  } catch (error) {
    // Another run put its build there meanwhile: the same sources, so use that one.
    rmSync(next, { recursive: true, force: true })
    if (readFileSync(hashFile, "utf8").trim() !== hash) throw error
  }
  return { app, server, reused: false }
}

/** Side folders of builds whose process died (killed mid-build). */
function removeAbandonedBuilds(dir) {
  for (const name of readdirSync(dir)) {
    const pid = Number(name.match(/^app\.building-(\d+)$/)?.[1])
    if (!pid || pid === process.pid || alive(pid)) continue
    rmSync(join(dir, name), { recursive: true, force: true })
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

function listFiles(dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "__tests__") continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listFiles(path))
    else if (entry.isFile()) out.push(path)
  }
  return out.sort()
}
