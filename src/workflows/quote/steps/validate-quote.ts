import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { assertSelectableItemIds } from "../../../modules/quote/selection"
import {
  assertDuplicable,
  assertEditable,
  assertOpenToBuyer,
  assertTransition,
  formatQuoteNumber,
  isPastValidity,
  QuoteStatus,
  requiresSignature,
} from "../../../modules/quote/status"

/** The shape these checks need; every workflow loads at least this much. */
export type QuoteForValidation = {
  id: string
  status: string
  display_number: number | string
  valid_until?: Date | string | null
  shipping_address?: unknown
  items?: Array<{ id: string; is_optional: boolean } | null> | null
}

const numberOf = (quote: QuoteForValidation) => formatQuoteNumber(quote.display_number)
const itemsOf = (quote: QuoteForValidation) =>
  (quote.items ?? []).filter((item): item is { id: string; is_optional: boolean } => !!item)

export const assertQuoteEditableStep = createStep(
  "portal-assert-quote-editable",
  async ({ quote }: { quote: QuoteForValidation }) => {
    assertEditable(quote.status as QuoteStatus, numberOf(quote))
  }
)

export const assertQuoteItemsBelongStep = createStep(
  "portal-assert-quote-items-belong",
  async ({ quote, item_ids }: { quote: QuoteForValidation; item_ids: string[] }) => {
    const own = new Set(itemsOf(quote).map((item) => item.id))
    const missing = item_ids.filter((id) => !own.has(id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Quote ${numberOf(quote)} has no item ${missing.join(", ")}`
      )
    }
  }
)

export const assertQuoteSendableStep = createStep(
  "portal-assert-quote-sendable",
  async ({ quote }: { quote: QuoteForValidation }) => {
    assertTransition(quote.status as QuoteStatus, "sent", numberOf(quote))
    if (!itemsOf(quote).length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Quote ${numberOf(quote)} has no items; add at least one before sending it`
      )
    }
    if (!quote.shipping_address) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Quote ${numberOf(quote)} has no shipping address; choose one of the customer's addresses before sending it`
      )
    }
    if (isPastValidity(quote.valid_until)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Quote ${numberOf(quote)} is valid until a date that has passed; set a later valid_until first`
      )
    }
  }
)

/** The buyer acts only on an open, unexpired quote, and chooses only among its optional items. */
export const assertBuyerCanActStep = createStep(
  "portal-assert-buyer-can-act",
  async ({
    quote,
    selected_item_ids,
  }: {
    quote: QuoteForValidation
    selected_item_ids?: string[]
  }) => {
    assertOpenToBuyer(quote, numberOf(quote))
    if (selected_item_ids) {
      assertSelectableItemIds(itemsOf(quote), selected_item_ids)
    }
  }
)

export const assertQuoteDuplicableStep = createStep(
  "portal-assert-quote-duplicable",
  async ({ quote }: { quote: QuoteForValidation }) => {
    assertDuplicable(quote.status as QuoteStatus, numberOf(quote))
  }
)

/** A quote with an agreement becomes accepted only through signing. */
export const assertAcceptableWithoutSignatureStep = createStep(
  "portal-assert-acceptable-without-signature",
  async ({ quote }: { quote: QuoteForValidation & { agreement_template_id?: string | null } }) => {
    if (requiresSignature(quote)) {
      throw refusal(MedusaError.Types.CONFLICT, "quote.signing_required", {
        number: numberOf(quote),
      })
    }
  }
)
