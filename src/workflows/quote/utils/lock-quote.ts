import { acquireLockStep } from "@medusajs/medusa/core-flows"
import { transform, when, WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { Access } from "../../../shared/permissions"
import { addressBookOwner, assertPermittedStep } from "./buyer-access"
import { loadQuote } from "./load-quote"
import { priceQuote } from "./price-quote"
import { resolveQuoteReferencesStep } from "../steps/resolve-quote-references"
import { updateQuoteStep } from "../steps/update-quote"
import { assertBuyerCanActStep } from "../steps/validate-quote"

/** How long a change may wait for the quote, and how long it may hold it. */
const LOCK_WAIT_SECONDS = 30
export const LOCK_TTL_SECONDS = 120

/** The quote's lock key; the reconciler takes the same lock (docs/ARCHITECTURE.md, "Crash safety"). */
export const quoteLockKey = (quoteId: string) => `portal-quote:${quoteId}`

/**
 * Every change to a quote runs under its lock and loads the quote fresh, so an edit racing
 * the buyer's accept sees the accepted quote and is refused (docs/ARCHITECTURE.md,
 * "Concurrency"). Release it with `releaseLockStep({ key: lockKey })`; a failing workflow
 * releases it by compensation.
 */
export function lockQuote(
  quoteId: string | WorkflowData<string>,
  name?: string,
  access?: Access | WorkflowData<Access | undefined>
) {
  const lockKey = transform({ quoteId }, ({ quoteId }) => quoteLockKey(quoteId))
  acquireLockStep({ key: lockKey, timeout: LOCK_WAIT_SECONDS, ttl: LOCK_TTL_SECONDS })
  const quote = loadQuote(quoteId, name, access)
  return { lockKey, quote }
}

export type BuyerChoice = {
  quote_id: string
  selected_item_ids: string[]
  /** One of the buyer's addresses (`addressBookOwner`), when they ship elsewhere. */
  shipping_address_id?: string
  /** Who is acting: the quote is loaded only within what they may reach. */
  access: Access
}

export type LockedBuyerQuote = ReturnType<typeof lockQuoteForBuyer>["quote"]

/**
 * When a buyer action prices the quote afresh: `always` (the buyer asks for the current
 * price: a new selection or address), or `when-changed` (accept and sign: only if the
 * selection or address they send differs from the one the quote was last priced for; the
 * quote is priced after every edit and every selection, so otherwise its stored price is
 * the one the page showed, and Medusa's order is checked against it).
 */
export type BuyerRepricing = "always" | "when-changed"

type ItemChoice = { id: string; is_optional: boolean; is_selected: boolean } | null

/** Whether the buyer's choice differs from the one the quote was priced for. */
export function choiceChanged(
  items: ItemChoice[] | null | undefined,
  selectedItemIds: string[],
  shippingAddressId?: string
): boolean {
  if (shippingAddressId) return true
  const selected = new Set(selectedItemIds)
  return (items ?? []).some(
    (item) => !!item?.is_optional && item.is_selected !== selected.has(item.id)
  )
}

/**
 * The start of every buyer action: lock, access and permission checks, then a fresh price for
 * exactly the buyer's selection and address where `repricing` asks for one, so the page and
 * the order charge the same (docs/ARCHITECTURE.md, "Accept core", "Money").
 */
export function lockQuoteForBuyer(
  input: BuyerChoice | WorkflowData<BuyerChoice>,
  repricing: BuyerRepricing = "always"
) {
  assertPermittedStep(
    transform({ input }, ({ input }) => ({
      access: input.access,
      permission: "quotes.accept" as const,
    }))
  )
  const { lockKey, quote: current } = lockQuote(input.quote_id, undefined, input.access)
  assertBuyerCanActStep(
    transform({ quote: current, input }, ({ quote, input }) => ({
      quote,
      selected_item_ids: input.selected_item_ids,
    }))
  )
  const reprice = transform(
    { current, input },
    ({ current, input }) =>
      repricing === "always" ||
      choiceChanged(
        current.items as ItemChoice[] | null,
        input.selected_item_ids,
        input.shipping_address_id
      )
  )
  const shippingAddress = when(
    "portal-buyer-picks-shipping-address",
    { input },
    ({ input }) => !!input.shipping_address_id
  ).then(() => {
    const references = resolveQuoteReferencesStep(
      transform({ current, input }, ({ current, input }) => ({
        // The link's buyer picks from the quote customer's addresses, a contact from their own.
        customer_id: addressBookOwner(input.access, current),
        variant_ids: [],
        shipping_address_id: input.shipping_address_id,
      }))
    ).config({ name: "portal-resolve-buyer-shipping-address" })
    updateQuoteStep(
      transform({ current, references }, ({ current, references }) => ({
        id: current.id,
        shipping_address: references.shipping_address,
      }))
    ).config({ name: "portal-set-buyer-shipping-address" })
    return references.shipping_address
  })
  // A new address is a changed choice too (choiceChanged).
  const priced = when("portal-price-buyer-choice", { reprice }, ({ reprice }) => reprice).then(
    () => {
      priceQuote(
        transform({ current, shippingAddress }, ({ current, shippingAddress }) => ({
          ...current,
          shipping_address: shippingAddress ?? current.shipping_address,
        })),
        transform({ input }, ({ input }) => input.selected_item_ids)
      )
      return loadQuote(input.quote_id, "portal-load-priced-quote", input.access)
    }
  )
  const quote = transform({ priced, current }, ({ priced, current }) => priced ?? current)
  return { lockKey, quote }
}
