import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { refusal } from "../../lib/refusal"

/**
 * Checks a route's path parameters against a strict zod schema (400 naming
 * the parameter), as validateAndTransformBody/Query do for the body and query.
 */
export function validateParams(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.params)
    if (!result.success) {
      const issue = result.error.issues[0]
      // The check's own words (zod's) stay English, as validators' do.
      return next(
        refusal(MedusaError.Types.INVALID_DATA, "input.path_parameter", {
          name: issue.path.join(".") || "(unknown)",
          problem: issue.message,
        })
      )
    }
    next()
  }
}

/** A Medusa id with this prefix and a ULID: `pcomp_01J…`. */
export const prefixedId = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}_[0-9A-Z]{26}$`), `must be a ${prefix}_… id`)
