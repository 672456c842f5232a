import { readFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import ts from "typescript"

// The HTTP contract binds the server and both front ends (docs/ARCHITECTURE.md,
// "Routes and guards"): renaming one field of a shared response type must fail
// all three typechecks. Each program is built twice with the compiler API, the
// second time with a host that reads the contract file with the field renamed.

const ROOT = resolve(__dirname, "../..")
const CONTRACT = join(ROOT, "src/shared/http/common.ts")
/** The order reference every quote, invoice and order answer carries (PortalOrderRef). */
const FIELD = "display_id"
const DECLARATION = "export type PortalOrderRef = { id: string; display_id: number }"
const RENAMED = DECLARATION.replace(FIELD, `${FIELD}_renamed`)

const PROGRAMS = [
  { name: "server", config: "tsconfig.check.json" },
  { name: "admin", config: "src/admin/tsconfig.json" },
  { name: "storefront", config: "storefront-portal/tsconfig.json" },
]

function parsedConfig(config: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, config), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"))
    },
  })
  if (!parsed) throw new Error(`Cannot read ${config}`)
  return parsed
}

/** A host that reads the contract file as `contract` says; every other file as it is. */
function hostReading(options: ts.CompilerOptions, contract: string): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true)
  const readFile = host.readFile.bind(host)
  const getSourceFile = host.getSourceFile.bind(host)
  host.readFile = (file) => (resolve(file) === CONTRACT ? contract : readFile(file))
  host.getSourceFile = (file, language, onError, shouldCreate) =>
    resolve(file) === CONTRACT
      ? ts.createSourceFile(file, contract, language)
      : getSourceFile(file, language, onError, shouldCreate)
  return host
}

/**
 * The type errors in the program's own files that write the field's name (a
 * rename's errors point there), as `file:position code`. Checking only those
 * files keeps the test cheap.
 */
function errorsWhereFieldIsUsed(program: ts.Program): string[] {
  return program
    .getSourceFiles()
    .filter(
      (source) =>
        !source.fileName.includes("/node_modules/") &&
        resolve(source.fileName) !== CONTRACT &&
        source.text.includes(FIELD)
    )
    .flatMap((source) =>
      program
        .getSemanticDiagnostics(source)
        .map(
          (diagnostic) =>
            `${relative(ROOT, source.fileName)}:${diagnostic.start} TS${diagnostic.code}`
        )
    )
}

describe("a renamed field of the HTTP contract", () => {
  const original = readFileSync(CONTRACT, "utf8")

  it("is declared where the test renames it", () => {
    expect(original).toContain(DECLARATION)
  })

  it.each(PROGRAMS)("fails the $name typecheck", ({ config }) => {
    const { options, fileNames } = parsedConfig(config)
    // Only the files that write the field, and what they import, need building.
    const rootNames = fileNames.filter((file) => readFileSync(file, "utf8").includes(FIELD))
    const baseline = ts.createProgram({
      rootNames,
      options,
      host: hostReading(options, original),
    })
    const before = new Set(errorsWhereFieldIsUsed(baseline))
    const renamed = ts.createProgram({
      rootNames,
      options,
      host: hostReading(options, original.replace(DECLARATION, RENAMED)),
      // Reuses every unchanged file's parse; only the checker runs again.
      oldProgram: baseline,
    })
    const after = errorsWhereFieldIsUsed(renamed)
    const added = after.filter((error) => !before.has(error))
    const removed = [...before].filter((error) => !after.includes(error))
    expect(removed).toEqual([])
    expect(added.length).toBeGreaterThan(0)
    // The errors point at the program's own files, not at the contract.
    for (const error of added) expect(dirname(error)).not.toContain("shared/http")
  })
})
