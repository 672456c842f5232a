import {
  getHttpResponseFromError,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { RefusalKey } from "../../lib/i18n"
import { type RefusalValues, refusalOf, refusalText } from "../../lib/refusal"
import { SOURCE_LANGUAGE } from "../../shared/i18n/languages"
import { readerLanguage } from "./reader-language"

/**
 * A MedusaError answered with this status, its own message and its
 * MedusaError type. Needed for 409 (Medusa's handler replaces CONFLICT
 * messages with a generic one) and for 413, 415 and 429, which no MedusaError
 * type maps to (Medusa's handler would call them `unknown_error`).
 */
export class PortalHttpError extends MedusaError {
  readonly statusCode: number
  readonly status: number
  readonly expose = true

  constructor(status: number, type: string, message: string) {
    super(type, message)
    this.statusCode = status
    this.status = status
  }
}

/**
 * A PortalHttpError whose message is a refusal sentence (src/lib/refusal.ts), answered in
 * the reader's language.
 */
export function httpRefusal(
  status: number,
  type: string,
  key: RefusalKey,
  values: RefusalValues = {}
): PortalHttpError {
  return Object.assign(
    new PortalHttpError(status, type, refusalText(SOURCE_LANGUAGE, key, values)),
    { refusal_key: key, refusal_values: values }
  )
}

/**
 * 429 for a client past its budget, typed `not_allowed`: the request may be
 * well formed, but it is refused until the window ends (docs/ARCHITECTURE.md,
 * "Security rules").
 */
export function tooManyRequests(key: RefusalKey, values?: RefusalValues): PortalHttpError {
  return httpRefusal(429, MedusaError.Types.NOT_ALLOWED, key, values)
}

/**
 * Workflow errors arrive serialized (plain objects); give conflicts back their
 * 409 and their own message, pass everything else through unchanged.
 */
export function toHttpError(error: unknown): unknown {
  const candidate = error as { type?: string; message?: string } | null
  if (candidate?.type === MedusaError.Types.CONFLICT && !(error instanceof PortalHttpError)) {
    const conflict = new PortalHttpError(
      409,
      MedusaError.Types.CONFLICT,
      candidate.message ?? "Conflict"
    )
    // A refusal keeps its sentence's key, to be answered in the reader's language.
    return Object.assign(conflict, refusalOf(error) ?? {})
  }
  return error
}

/** The MedusaError type of a client error by its status, for errors that carry none of their own. */
const typeOfStatus = (status: number): string =>
  ({
    401: MedusaError.Types.UNAUTHORIZED,
    403: MedusaError.Types.FORBIDDEN,
    404: MedusaError.Types.NOT_FOUND,
    409: MedusaError.Types.CONFLICT,
    429: MedusaError.Types.NOT_ALLOWED,
  })[status] ?? MedusaError.Types.INVALID_DATA

/**
 * Answers a 4xx that carries its status (ours, or Express's body parser's) as
 * `{ type, message }` with a MedusaError type, logged as Medusa's handler logs
 * it; anything else is left to Medusa's handler (false).
 */
export function answerClientError(error: unknown, req: MedusaRequest, res: MedusaResponse) {
  const candidate = error as { status?: unknown; expose?: unknown; message?: unknown } | null
  const status = typeof candidate?.status === "number" ? candidate.status : 0
  if (status < 400 || status >= 500 || candidate?.expose !== true) return false
  const message = String(candidate.message ?? "")
  const type = error instanceof PortalHttpError ? error.type : typeOfStatus(status)
  logClientError(req, status, message)
  res.status(status).json({ type, message })
  return true
}

const logClientError = (req: MedusaRequest, status: number, message: string) =>
  req.scope
    ?.resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Error ${status} at ${req.path}: ${message}`)

/**
 * Answers a refusal (src/lib/refusal.ts) that is a 4xx in the reader's language, with its
 * catalog key as `code`; logs it in English. False for anything else, which the caller
 * answers as before (docs/ARCHITECTURE.md, "Languages").
 */
export async function answerRefusal(
  error: unknown,
  req: MedusaRequest,
  res: MedusaResponse
): Promise<boolean> {
  const found = refusalOf(error)
  if (!found) return false
  const candidate = error as { status?: unknown; expose?: unknown; type?: unknown }
  let status: number
  let type: string
  if (typeof candidate.status === "number" && candidate.expose === true) {
    status = candidate.status
    type = typeof candidate.type === "string" ? candidate.type : typeOfStatus(status)
  } else if (candidate.type === MedusaError.Types.CONFLICT) {
    // Medusa's handler would replace a conflict's sentence with its generic one.
    ;[status, type] = [409, MedusaError.Types.CONFLICT]
  } else {
    const { statusCode, body } = getHttpResponseFromError(error as Error)
    ;[status, type] = [statusCode, String(body.type)]
  }
  if (status < 400 || status >= 500) return false
  const language = await readerLanguage(req).catch(() => SOURCE_LANGUAGE)
  logClientError(req, status, refusalText(SOURCE_LANGUAGE, found.refusal_key, found.refusal_values))
  res.status(status).json({
    type,
    code: found.refusal_key,
    message: refusalText(language, found.refusal_key, found.refusal_values),
  })
  return true
}
