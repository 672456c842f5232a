import { MedusaError } from "@medusajs/framework/utils"

/**
 * A MedusaError that Medusa's error handler answers with this status and this
 * message. Needed for 409 (the handler replaces CONFLICT messages with a
 * generic one) and 429 (no MedusaError type maps to it).
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

export function tooManyRequests(message: string): PortalHttpError {
  return new PortalHttpError(429, "too_many_requests", message)
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
