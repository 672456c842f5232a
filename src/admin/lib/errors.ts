import { FetchError } from "@medusajs/js-sdk"

/** The server's message for a failed request ({ type, message } from MedusaError). */
export const errorMessage = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : "Something went wrong; try again"

export const hasStatus = (error: unknown, status: number): error is FetchError =>
  error instanceof FetchError && error.status === status

export const isNotFound = (error: unknown) => hasStatus(error, 404)
