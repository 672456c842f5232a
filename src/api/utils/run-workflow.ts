import type { MedusaContainer } from "@medusajs/framework/types"
import type { ReturnWorkflow } from "@medusajs/framework/workflows-sdk"
import { toHttpError } from "./errors"

/** Runs one workflow for a route and returns its result, with errors mapped for HTTP. */
export async function runWorkflow<TInput, TResult>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  workflow: ReturnWorkflow<TInput, TResult, any>,
  scope: MedusaContainer,
  input: TInput
): Promise<TResult> {
  return withHttpErrors(async () => (await workflow(scope).run({ input })).result)
}

/** Runs an action built around a workflow (e.g. `sendQuote`) with errors mapped for HTTP. */
export async function withHttpErrors<TResult>(action: () => Promise<TResult>): Promise<TResult> {
  try {
    return await action()
  } catch (error) {
    throw toHttpError(error)
  }
}
