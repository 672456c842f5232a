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
  try {
    const { result } = await workflow(scope).run({ input })
    return result
  } catch (error) {
    throw toHttpError(error)
  }
}
