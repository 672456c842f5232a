import { readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import ts from "typescript"

// The HTTP contract is one layer (docs/ARCHITECTURE.md, "Routes and guards"):
// every route answers a type declared in src/shared/http, and no front end
// declares its own copy of one.

const ROOT = resolve(__dirname, "../..")
const SHARED_HTTP = join(ROOT, "src/shared/http")

/** Handlers that send a file (a PDF), not JSON: `MedusaResponse` without a body type. */
const FILE_HANDLERS = new Set([
  "src/api/admin/portal/invoices/[id]/pdf/route.ts GET",
  "src/api/admin/portal/purchase-orders/[id]/pdf/route.ts GET",
  "src/api/admin/portal/quotes/[id]/signed-agreement/pdf/route.ts GET",
  "src/api/store/portal/invoices/[id]/pdf/route.ts GET",
  "src/api/store/portal/purchase-orders/[id]/pdf/route.ts GET",
  "src/api/store/portal/quote-links/[token]/invoices/[invoice_id]/pdf/route.ts GET",
  "src/api/store/portal/quote-links/[token]/pdf/route.ts GET",
  "src/api/store/portal/quotes/[id]/pdf/route.ts GET",
  "src/api/admin/portal/supplier-bills/[id]/pdf/route.ts GET",
  "src/api/store/portal/supplier-bills/[id]/pdf/route.ts GET",
  "src/api/admin/portal/documents/[id]/file/route.ts GET",
  "src/api/store/portal/documents/[id]/file/route.ts GET",
  "src/api/store/portal/work-requests/[id]/attachments/[document_id]/route.ts GET",
])

const HANDLER_NAMES = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"])

function filesUnder(directory: string, accept: (name: string) => boolean): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "node_modules" || entry.name === "__tests__"
        ? []
        : filesUnder(path, accept)
    }
    return accept(entry.name) ? [path] : []
  })
}

const parse = (path: string) =>
  ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true)

/** The file a relative module specifier names, or null for a package. */
function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null
  const base = resolve(dirname(from), specifier)
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), base]) {
    try {
      readFileSync(candidate)
      return candidate
    } catch {
      // try the next spelling
    }
  }
  return base
}

/** Local name → module file of every import in a source file. */
function importsOf(source: ts.SourceFile): Map<string, string | null> {
  const imports = new Map<string, string | null>()
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause) continue
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text
    const module = resolveModule(source.fileName, specifier)
    const bindings = statement.importClause.namedBindings
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) imports.set(element.name.text, module)
    } else if (bindings && ts.isNamespaceImport(bindings)) {
      imports.set(bindings.name.text, module)
    }
  }
  return imports
}

type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration

/** The function a top-level name is bound to in a file (`const X = async (…) =>`, `function X`). */
function functionNamed(source: ts.SourceFile, name: string): FunctionLike | null {
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === name) return statement
    if (!ts.isVariableStatement(statement)) continue
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name) continue
      const init = declaration.initializer
      if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) return init
      if (init && ts.isIdentifier(init)) return functionNamed(source, init.text)
      return null
    }
  }
  return null
}

/** Every handler a route file exports, with the file and function that implement it. */
function handlersOf(
  routeFile: string
): Array<{ method: string; source: ts.SourceFile; fn: FunctionLike | null }> {
  const source = parse(routeFile)
  const handlers: Array<{ method: string; source: ts.SourceFile; fn: FunctionLike | null }> = []
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false
    if (ts.isVariableStatement(statement) && exported) {
      for (const declaration of statement.declarationList.declarations) {
        const name = (declaration.name as ts.Identifier).text
        if (HANDLER_NAMES.has(name)) {
          handlers.push({ method: name, source, fn: functionNamed(source, name) })
        }
      }
    } else if (ts.isFunctionDeclaration(statement) && exported && statement.name) {
      if (HANDLER_NAMES.has(statement.name.text)) {
        handlers.push({ method: statement.name.text, source, fn: statement })
      }
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      const target = resolveModule(
        routeFile,
        (statement.moduleSpecifier as ts.StringLiteral).text
      ) as string
      const targetSource = parse(target)
      for (const element of statement.exportClause.elements) {
        if (!HANDLER_NAMES.has(element.name.text)) continue
        const original = (element.propertyName ?? element.name).text
        handlers.push({
          method: element.name.text,
          source: targetSource,
          fn: functionNamed(targetSource, original),
        })
      }
    }
  }
  return handlers
}

const insideSharedHttp = (file: string | null | undefined) =>
  !!file && !relative(SHARED_HTTP, file).startsWith("..")

/** Why a handler's `res` is not typed with the contract, or null when it is. */
function responseProblem(
  handler: { source: ts.SourceFile; fn: FunctionLike | null },
  isFile: boolean
): string | null {
  const res = handler.fn?.parameters[1]
  if (!handler.fn || !res) return "has no (req, res) handler function the check can read"
  const type = res.type
  if (!type || !ts.isTypeReferenceNode(type) || type.typeName.getText() !== "MedusaResponse") {
    return "`res` is not typed MedusaResponse<…>"
  }
  const [body] = type.typeArguments ?? []
  if (!body) return isFile ? null : "`res` is MedusaResponse without a type from src/shared/http"
  if (isFile) return "sends a file but declares a JSON body type"
  if (!ts.isTypeReferenceNode(body)) {
    return `\`res\` is MedusaResponse<${body.getText()}>, not a named type from src/shared/http`
  }
  const root = body.typeName.getText().split(".")[0]
  const from = importsOf(handler.source).get(root)
  return insideSharedHttp(from)
    ? null
    : `\`res\` is MedusaResponse<${body.getText()}>, not imported from src/shared/http`
}

/** Names the contract exports (types and interfaces of src/shared/http/*.ts). */
function contractNames(): Set<string> {
  const names = new Set<string>()
  for (const file of filesUnder(SHARED_HTTP, (name) => name.endsWith(".ts"))) {
    for (const statement of parse(file).statements) {
      if (
        (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) &&
        ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      ) {
        names.add(statement.name.text)
      }
    }
  }
  return names
}

/** One entry per offending file, its problems below it. */
const report = (offenders: Map<string, string[]>) =>
  [...offenders].map(([file, problems]) => `${file}\n  ${problems.join("\n  ")}`)

describe("the HTTP contract (src/shared/http)", () => {
  it("types every route handler's response with a type from src/shared/http", () => {
    const offenders = new Map<string, string[]>()
    const routes = filesUnder(join(ROOT, "src/api"), (name) => name === "route.ts")
    expect(routes.length).toBeGreaterThan(0)
    for (const route of routes) {
      const file = relative(ROOT, route)
      for (const handler of handlersOf(route)) {
        const problem = responseProblem(handler, FILE_HANDLERS.has(`${file} ${handler.method}`))
        if (problem)
          offenders.set(file, [...(offenders.get(file) ?? []), `${handler.method}: ${problem}`])
      }
    }
    expect(report(offenders)).toEqual([])
  })

  it("leaves no response type declared in the admin or the storefront", () => {
    const names = contractNames()
    expect(names.size).toBeGreaterThan(0)
    const offenders = new Map<string, string[]>()
    const frontEnds = [join(ROOT, "src/admin"), join(ROOT, "storefront-portal/src")]
    for (const directory of frontEnds) {
      for (const path of filesUnder(directory, (name) => /\.tsx?$/.test(name))) {
        for (const statement of parse(path).statements) {
          if (!ts.isTypeAliasDeclaration(statement) && !ts.isInterfaceDeclaration(statement))
            continue
          if (!ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
            continue
          }
          const name = statement.name.text
          if (name.endsWith("Response") || names.has(name)) {
            const file = relative(ROOT, path)
            offenders.set(file, [...(offenders.get(file) ?? []), `declares ${name}`])
          }
        }
      }
    }
    expect(report(offenders)).toEqual([])
  })
})
