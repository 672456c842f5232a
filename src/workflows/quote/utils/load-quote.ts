import type { GraphResultSet } from "@medusajs/framework/types"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { QUOTE_WITH_ITEMS_FIELDS } from "../../../modules/quote/fields"
import type { Access } from "../../../shared/permissions"
import { quoteFiltersFor } from "./buyer-access"

/** A quote as Query returns it (the generated type once `medusa build` has run). */
export type LoadedQuote = GraphResultSet<"portal_quote">["data"][number]

/**
 * Loads one quote inside a workflow, within what `access` may reach (none:
 * staff); an unknown id, or one outside the access, is a 404.
 */
export function loadQuote(
  quoteId: string | WorkflowData<string>,
  name = "portal-load-quote",
  access?: Access | WorkflowData<Access | undefined>
): WorkflowData<LoadedQuote> {
  const filters = transform({ quoteId, access }, ({ quoteId, access }) =>
    quoteFiltersFor(quoteId as string, access as Access | undefined)
  )
  const { data } = useQueryGraphStep({
    entity: "portal_quote",
    fields: QUOTE_WITH_ITEMS_FIELDS,
    filters,
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name })
  // `data` is the step's output reference, which Medusa's typing of a
  // destructured step result leaves unwrapped.
  return data as WorkflowData<LoadedQuote>
}
