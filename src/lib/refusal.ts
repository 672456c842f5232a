// A refusal a buyer or supplier reads: a MedusaError whose message is a catalog sentence, so
// the error handler can answer it in the reader's language (docs/ARCHITECTURE.md, "Languages").
import { MedusaError } from "@medusajs/framework/utils"
import { type RefusalKey, translator } from "./i18n"
import { SOURCE_LANGUAGE } from "../shared/i18n/languages"

/** Values a refusal's sentence is filled with: names, numbers, statuses. */
export type RefusalValues = Record<string, string | number>

/**
 * What a refusal carries besides its English message. Own, plain properties: a workflow
 * serializes a step's error (Medusa's serializeError keeps own properties), so they reach
 * the error handler even when the class does not.
 */
export type RefusalFields = { refusal_key: RefusalKey; refusal_values: RefusalValues }

/** A MedusaError of `type`, in English, that names its catalog sentence (`refusal.key`). */
export class PortalRefusal extends MedusaError implements RefusalFields {
  readonly refusal_key: RefusalKey
  readonly refusal_values: RefusalValues

  constructor(type: string, key: RefusalKey, values: RefusalValues = {}) {
    super(type, refusalText(SOURCE_LANGUAGE, key, values))
    this.refusal_key = key
    this.refusal_values = values
  }
}

/**
 * `new PortalRefusal(...)`, for a `throw` that reads as a sentence. `status` answers with a
 * status no MedusaError type maps to (413 for a file over the limit), as own properties that
 * survive a workflow's serialization too.
 */
export function refusal(
  type: string,
  key: RefusalKey,
  values?: RefusalValues,
  options: { status?: number } = {}
): PortalRefusal {
  const error = new PortalRefusal(type, key, values)
  if (options.status) {
    Object.assign(error, { status: options.status, statusCode: options.status, expose: true })
  }
  return error
}

/** A refusal's sentence in `language` (English where that language lacks it). */
export function refusalText(language: string, key: RefusalKey, values: RefusalValues = {}) {
  return translator(language, "refusal")(key, values)
}

/** The key and values an error carries when it is a refusal (or a serialized one), else null. */
export function refusalOf(error: unknown): RefusalFields | null {
  const candidate = error as Partial<RefusalFields> | null
  if (!candidate || typeof candidate.refusal_key !== "string") return null
  const values = candidate.refusal_values
  return {
    refusal_key: candidate.refusal_key,
    refusal_values: values && typeof values === "object" ? values : {},
  }
}
