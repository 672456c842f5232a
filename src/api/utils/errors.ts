import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

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
 * 429 for a client past its budget, typed `not_allowed`: the request may be
 * well formed, but it is refused until the window ends (docs/ARCHITECTURE.md,
 * "Security rules").
 */
export function tooManyRequests(message: string): PortalHttpError {
  return new PortalHttpError(429, MedusaError.Types.NOT_ALLOWED, message)
}

/**
 * Workflow errors arrive serialized (plain objects); give conflicts back their
 * 409 and their own message, pass everything else through unchanged.
 */
export function toHttpError(error: unknown): unknown {
  const candidate = error as { type?: string; message?: string } | null
  if (candidate?.type === MedusaError.Types.CONFLICT && !(error instanceof PortalHttpError)) {
    return new PortalHttpError(409, MedusaError.Types.CONFLICT, candidate.message ?? "Conflict")
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
  req.scope
    ?.resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Error ${status} at ${req.path}: ${message}`)
  res.status(status).json({ type, message })
  return true
}
