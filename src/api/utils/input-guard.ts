import {
  errorHandler,
  type MedusaErrorHandlerFunction,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import multer from "multer"
import { refusalOf } from "../../lib/refusal"
import { explainStockRefusal, isStockRefusal } from "../store/portal-key/stock-refusal"
import { answerClientError, answerRefusal, PortalHttpError } from "./errors"
import { maskTokens, shieldTokenRouteError, tokenInPath } from "./token-routes"

/**
 * Input hygiene for every route of ours, in one place (docs/ARCHITECTURE.md):
 * text that PostgreSQL cannot store or that is not Unicode, undecodable or odd
 * path ids, query strings on writes, bodies that are not JSON objects or are
 * nested absurdly deep, and broken uploads all become a 4xx before any route
 * code runs, so bad input never reaches the database.
 */

/** Deeper than any body of ours (the deepest is three levels); well short of stack trouble. */
export const MAX_INPUT_DEPTH = 32

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Why a string cannot be taken as text (PostgreSQL refuses NUL; jsonb refuses lone surrogates), or null. */
export function unsafeTextReason(text: string): string | null {
  if (text.includes("\u0000")) return "contains a NUL character"
  if (LONE_SURROGATE.test(text)) return "is not valid Unicode (a lone surrogate)"
  return null
}

/**
 * The first problem in a parsed body or query: a key or string that is not
 * safe text, or nesting deeper than `maxDepth`. Walks without recursion, so a
 * body nested thousands of levels cannot overflow the stack.
 */
export function findInputProblem(
  value: unknown,
  label: string,
  maxDepth = MAX_INPUT_DEPTH
): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value, path: label, depth: 0 },
  ]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === "string") {
      const reason = unsafeTextReason(value)
      if (reason) return `${path} ${reason}`
      continue
    }
    if (!value || typeof value !== "object") continue
    if (depth >= maxDepth) return `${path} is nested deeper than ${maxDepth} levels`
    for (const [key, child] of Object.entries(value)) {
      const reason = unsafeTextReason(key)
      if (reason) return `A key in ${path} ${reason}`
      stack.push({ value: child, path: `${path}.${key}`, depth: depth + 1 })
    }
  }
  return null
}

/** A path segment: ids, tokens and our own route names all look like this. */
export const PathSegment = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/)

/** The reason a raw (still percent-encoded) path cannot name anything of ours, or null. */
export function pathProblem(rawPath: string): string | null {
  for (const raw of rawPath.split("/").filter(Boolean)) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return `The path segment "${raw.slice(0, 40)}" is not valid percent-encoded UTF-8`
    }
    if (!PathSegment.safeParse(segment).success) {
      return `The path segment "${raw.slice(0, 40)}" is not a valid id: use letters, digits, "_" and "-", at most 200`
    }
  }
  return null
}

/**
 * The reason a raw query string is not one we take, or null: every name and
 * value must be valid percent-encoded UTF-8 (qs would silently keep the raw
 * text), and names are flat (Medusa's query normaliser fails on `a.b.c`).
 */
export function queryStringProblem(rawQuery: string): string | null {
  for (const pair of rawQuery.split("&").filter(Boolean)) {
    const [name, value = ""] = pair.split("=", 2)
    for (const part of [name, value]) {
      try {
        decodeURIComponent(part.replace(/\+/g, " "))
      } catch {
        return `The query parameter "${name.slice(0, 40)}" is not valid percent-encoded UTF-8`
      }
    }
    if (decodeURIComponent(name).includes(".")) {
      return `Unknown query parameter "${name.slice(0, 40)}"`
    }
  }
  return null
}

/** Whether the request carries a body, by its headers (as body-parser decides). */
function hasBody(req: MedusaRequest): boolean {
  const length = req.headers["content-length"]
  return req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0")
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** A matcher such as `/admin/portal/x/:id/verify` as a RegExp over whole paths. */
const matcherPattern = (matcher: string) => new RegExp(`^${matcher.replace(/:\w+/g, "[^/]+")}/?$`)

/** None of our writes takes a query string; reads (and CORS preflights) may. */
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"])

const markNoSniff = (res: MedusaResponse) => res.setHeader("X-Content-Type-Options", "nosniff")

/**
 * The guard for a route group (`/admin/portal`, `/store/portal`). Marks every
 * answer `nosniff`, then refuses: bad path segments; query strings on writes
 * (none of ours takes one); NUL, lone surrogates or deep nesting
 * in the query or body; and bodies that are not a JSON object, except
 * multipart uploads on the routes listed in `uploads`.
 */
export function portalInputGuard(options: { uploads?: string[] } = {}) {
  const uploads = (options.uploads ?? []).map(matcherPattern)
  return function portalInputGuard(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    markNoSniff(res)
    const fullPath = `${req.baseUrl}${req.path}`
    // A token's text is never echoed: the answer's message reaches the log.
    const token = tokenInPath(fullPath)
    const rawQuery = req.originalUrl.includes("?")
      ? req.originalUrl.split("?").slice(1).join("?")
      : ""
    const problem =
      (token !== null && pathProblem(`/${token}`) ? "The token in the path is not valid" : null) ??
      pathProblem(maskTokens(fullPath, "token")) ??
      queryStringProblem(rawQuery) ??
      (WRITES.has(req.method) && Object.keys(req.query ?? {}).length
        ? "This route takes no query parameters"
        : null) ??
      findInputProblem(req.query, "query")
    if (problem) throw invalid(problem)
    if (!hasBody(req)) return next()

    if (uploads.some((pattern) => pattern.test(fullPath)) && req.is("multipart/form-data")) {
      return next()
    }
    if (!req.is("application/json")) {
      throw new PortalHttpError(
        415,
        MedusaError.Types.INVALID_DATA,
        "Send the request body as application/json"
      )
    }
    if (!req.body || typeof req.body !== "object" || Array.isArray(req.body)) {
      throw invalid("The request body must be a JSON object")
    }
    const bodyProblem = findInputProblem(req.body, "body")
    if (bodyProblem) throw invalid(bodyProblem)
    next()
  }
}

/**
 * One file from a multipart body, in memory, as `req.file`. Multer's and
 * busboy's errors are the client's: a file over `maxBytes` is a 413, every
 * other malformed upload (wrong or extra field, truncated body, no boundary)
 * a 400 saying what to send.
 */
export function singleFileUpload(field: string, maxBytes: number) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 20, parts: 30, fieldSize: 64 * 1024 },
  }).single(field)
  const expected = `Upload one file as the multipart field \`${field}\``
  return function singleFileUpload(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    upload(req, res, (error?: unknown) => {
      if (!error) return next()
      const code = (error as { code?: string }).code
      if (code === "LIMIT_FILE_SIZE") {
        const megabytes = Math.floor(maxBytes / (1024 * 1024))
        return next(
          new PortalHttpError(
            413,
            MedusaError.Types.INVALID_DATA,
            `The file is larger than ${megabytes} MB`
          )
        )
      }
      if (
        code === "LIMIT_PART_COUNT" ||
        code === "LIMIT_FIELD_COUNT" ||
        code === "LIMIT_FIELD_VALUE"
      ) {
        return next(
          new PortalHttpError(
            413,
            MedusaError.Types.INVALID_DATA,
            `Too many or too large form fields. ${expected}`
          )
        )
      }
      const detail = error instanceof Error ? error.message : String(error)
      next(invalid(`The upload could not be read (${detail}). ${expected}`))
    })
  }
}

const OUR_PATHS = /^\/(admin|store)\/portal(\/|$)/i

/**
 * Medusa's error handler, with fixes for our paths only: token routes never leak their token
 * (even on refusals that run before our code), a bad percent-encoding is a 400, and a 4xx keeps
 * its status and a MedusaError type (docs/ARCHITECTURE.md, "Security rules").
 */
export function portalErrorHandler(): MedusaErrorHandlerFunction {
  const medusaErrorHandler = errorHandler()
  return function portalErrorHandler(error, req, res, next) {
    shieldTokenRouteError(req, res)
    if (OUR_PATHS.test(req.path)) {
      markNoSniff(res)
      if (error instanceof URIError) {
        error = invalid("The path is not valid percent-encoded UTF-8")
      }
      if (refusalOf(error)) {
        return void answerRefusal(error, req, res)
          .catch(() => false)
          .then((answered) => {
            if (!answered) medusaErrorHandler(error, req, res, next)
          })
      }
      if (answerClientError(error, req, res)) return
    }
    if (isStockRefusal(error, req)) {
      return void explainStockRefusal(error, req).then((explained) =>
        medusaErrorHandler(explained, req, res, next)
      )
    }
    return medusaErrorHandler(error, req, res, next)
  }
}
