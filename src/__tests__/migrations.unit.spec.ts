import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

const MODULES = join(__dirname, "..", "modules")

/** Every migration file of every module: `src/modules/<module>/migrations/*.ts`. */
const migrationFiles = () =>
  readdirSync(MODULES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((module) => {
      const folder = join(MODULES, module.name, "migrations")
      try {
        return readdirSync(folder)
          .filter((file) => file.endsWith(".ts"))
          .map((file) => join(folder, file))
      } catch {
        return []
      }
    })

describe("migrations", () => {
  // Medusa's loader constructs what a migration file exports: a second export (a helper)
  // fails `medusa db:migrate` in an installed store with "MigrationClass is not a constructor".
  it("export exactly one thing each: their class, named as the file", () => {
    const files = migrationFiles()
    expect(files.length).toBeGreaterThan(10)
    const offenders = files.flatMap((file) => {
      const exported = readFileSync(file, "utf8").match(/^export\s+.*$/gm) ?? []
      const name = file.split("/").pop()!.replace(/\.ts$/, "")
      const ok = exported.length === 1 && exported[0].startsWith(`export class ${name} `)
      return ok ? [] : [`${file}: ${exported.join(" | ")}`]
    })
    expect(offenders).toEqual([])
  })
})
