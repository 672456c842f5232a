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
import type { RefusalKey } from "../../lib/i18n"
import { type PortalRefusal, refusal, refusalOf, type RefusalValues } from "../../lib/refusal"
import { explainStockRefusal, isStockRefusal } from "../store/portal-key/stock-refusal"
import { answerClientError, answerRefusal, httpRefusal } from "./errors"
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

/** What makes a string unsafe as text (PostgreSQL refuses NUL; jsonb refuses lone surrogates), or null. */
function unsafeText(text: string): "nul" | "surrogate" | null {
  if (text.includes("\u0000")) return "nul"
  if (LONE_SURROGATE.test(text)) return "surrogate"
  return null
}

const UNSAFE_TEXT_REASONS = {
  nul: "contains a NUL character",
  surrogate: "is not valid Unicode (a lone surrogate)",
} as const

/** Why a string cannot be taken as text, in English words for a validator, or null. */
export function unsafeTextReason(text: string): string | null {
  const unsafe = unsafeText(text)
  return unsafe ? UNSAFE_TEXT_REASONS[unsafe] : null
}

/** A 400 refusal of input (src/lib/refusal.ts), built for the caller to throw or hand on. */
const invalid = (key: RefusalKey, values?: RefusalValues): PortalRefusal =>
  refusal(MedusaError.Types.INVALID_DATA, key, values)

/**
 * The first problem in a parsed body or query, as its refusal: a key or string that is not
 * safe text, or nesting deeper than `maxDepth`. Walks without recursion, so a body nested
 * thousands of levels cannot overflow the stack.
 */
export function findInputProblem(
  value: unknown,
  label: string,
  maxDepth = MAX_INPUT_DEPTH
): PortalRefusal | null {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value, path: label, depth: 0 },
  ]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === "string") {
      const unsafe = unsafeText(value)
      if (unsafe) return invalid(`input.text_${unsafe}`, { field: path })
      continue
    }
    if (!value || typeof value !== "object") continue
    if (depth >= maxDepth) return invalid("input.too_deep", { field: path, levels: maxDepth })
    for (const [key, child] of Object.entries(value)) {
      const unsafe = unsafeText(key)
      if (unsafe) return invalid(`input.key_${unsafe}`, { field: path })
      stack.push({ value: child, path: `${path}.${key}`, depth: depth + 1 })
    }
  }
  return null
}

/** A path segment: ids, tokens and our own route names all look like this. */
export const PathSegment = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/)

/** The refusal of a raw (still percent-encoded) path that cannot name anything of ours, or null. */
export function pathProblem(rawPath: string): PortalRefusal | null {
  for (const raw of rawPath.split("/").filter(Boolean)) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return invalid("input.segment_encoding", { segment: raw.slice(0, 40) })
    }
    if (!PathSegment.safeParse(segment).success) {
      return invalid("input.segment_invalid", { segment: raw.slice(0, 40) })
    }
  }
  return null
}

/**
 * The refusal of a raw query string that is not one we take, or null: every name
 * and value must be valid percent-encoded UTF-8 (qs would silently keep the raw
 * text), and names are flat (Medusa's query normaliser fails on `a.b.c`).
 */
export function queryStringProblem(rawQuery: string): PortalRefusal | null {
  for (const pair of rawQuery.split("&").filter(Boolean)) {
    const [name, value = ""] = pair.split("=", 2)
    for (const part of [name, value]) {
      try {
        decodeURIComponent(part.replace(/\+/g, " "))
      } catch {
        return invalid("input.query_encoding", { name: name.slice(0, 40) })
      }
    }
    if (decodeURIComponent(name).includes(".")) {
      return invalid("input.query_unknown", { name: name.slice(0, 40) })
    }
  }
  return null
}

/** Whether the request carries a body, by its headers (as body-parser decides). */
function hasBody(req: MedusaRequest): boolean {
  const length = req.headers["content-length"]
  return req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0")
}

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
      (token !== null && pathProblem(`/${token}`) ? invalid("input.token_invalid") : null) ??
      pathProblem(maskTokens(fullPath, "token")) ??
      queryStringProblem(rawQuery) ??
      (WRITES.has(req.method) && Object.keys(req.query ?? {}).length
        ? invalid("input.no_query")
        : null) ??
      findInputProblem(req.query, "query")
    if (problem) throw problem
    if (!hasBody(req)) return next()

    if (uploads.some((pattern) => pattern.test(fullPath)) && req.is("multipart/form-data")) {
      return next()
    }
    if (!req.is("application/json")) {
      throw httpRefusal(415, MedusaError.Types.INVALID_DATA, "input.json_only")
    }
    if (!req.body || typeof req.body !== "object" || Array.isArray(req.body)) {
      throw invalid("input.body_object")
    }
    const bodyProblem = findInputProblem(req.body, "body")
    if (bodyProblem) throw bodyProblem
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
          httpRefusal(413, MedusaError.Types.INVALID_DATA, "input.file_too_large", { megabytes })
        )
      }
      if (
        code === "LIMIT_PART_COUNT" ||
        code === "LIMIT_FIELD_COUNT" ||
        code === "LIMIT_FIELD_VALUE"
      ) {
        return next(
          httpRefusal(413, MedusaError.Types.INVALID_DATA, "input.form_too_large", { field })
        )
      }
      const detail = error instanceof Error ? error.message : String(error)
      next(invalid("input.upload_unreadable", { detail, field }))
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
    const ours = OUR_PATHS.test(req.path)
    if (ours) {
      markNoSniff(res)
      if (error instanceof URIError) {
        error = invalid("input.path_encoding")
      }
    }
    // A refusal of ours is answered in the reader's language wherever it was thrown: on
    // Medusa's routes too, where our hooks refuse (the place-order gate on cart completion).
    if (refusalOf(error)) {
      return void answerRefusal(error, req, res)
        .catch(() => false)
        .then((answered) => {
          if (!answered) medusaErrorHandler(error, req, res, next)
        })
    }
    if (ours && answerClientError(error, req, res)) return
    if (isStockRefusal(error, req)) {
      return void explainStockRefusal(error, req).then((explained) =>
        medusaErrorHandler(explained, req, res, next)
      )
    }
    return medusaErrorHandler(error, req, res, next)
  }
}

/**
 * A multipart file part as a workflow takes it: its name (multer reads it as latin1; a
 * browser sends UTF-8) and its bytes in base64; empty when none was sent, which the
 * workflow refuses after its own checks.
 */
export function uploadedFile(file?: { buffer?: Buffer; originalname?: string }) {
  return {
    file_name: Buffer.from(file?.originalname ?? "", "latin1").toString("utf8"),
    content: file?.buffer?.toString("base64") ?? "",
  }
}
