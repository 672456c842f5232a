import { readdirSync } from "node:fs"
import { join } from "node:path"

/**
 * Medusa records a migration as run by its class name alone, whatever the module: two
 * modules with a migration of the same name run only the first, and the other's columns
 * never appear (seen when the quote and accounts modules both had Migration20261230090000).
 */
describe("the modules' migrations", () => {
  it("have names no other module's migration has", () => {
    const modules = join(__dirname, "..")
    const names = readdirSync(modules, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "__tests__")
      .flatMap((entry) => {
        try {
          return readdirSync(join(modules, entry.name, "migrations"))
        } catch {
          return []
        }
      })
      .filter((file) => /^Migration\d+\.ts$/.test(file))
    expect(names.length).toBeGreaterThan(10)
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([])
  })
})
