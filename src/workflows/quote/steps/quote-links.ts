import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export type IssuedQuoteLink = { id: string; expires_at: Date }

/**
 * Stores a link by its token's hash. The raw token never enters a workflow
 * (inputs and outputs may be persisted): see `sendQuote`.
 */
export const issueQuoteLinkStep = createStep(
  "portal-issue-quote-link",
  async (data: { quote_id: string; token_hash: string; expires_at: Date }, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const link = await quotes.issueLink(data.quote_id, data.token_hash, data.expires_at)
    const issued: IssuedQuoteLink = { id: link.id, expires_at: link.expires_at }
    return new StepResponse(issued, link.id)
  },
  async (linkId, { container }) => {
    if (!linkId) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.deletePortalQuoteLinks(linkId)
  }
)

/** Revokes every live link of a quote; compensation un-revokes exactly those. */
export const revokeQuoteLinksStep = createStep(
  "portal-revoke-quote-links",
  async (data: { quote_id: string }, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const live = await quotes.listPortalQuoteLinks(
      { quote_id: data.quote_id, revoked_at: null },
      { select: ["id"] }
    )
    const ids = live.map((link) => link.id)
    if (ids.length) {
      const now = new Date()
      await quotes.updatePortalQuoteLinks(ids.map((id) => ({ id, revoked_at: now })))
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.updatePortalQuoteLinks(ids.map((id) => ({ id, revoked_at: null })))
  }
)

/** Keeps live links expiring with the quote's validity when staff change it. */
export const setQuoteLinksExpiryStep = createStep(
  "portal-set-quote-links-expiry",
  async (data: { quote_id: string; expires_at: Date }, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const live = await quotes.listPortalQuoteLinks(
      { quote_id: data.quote_id, revoked_at: null },
      { select: ["id", "expires_at"] }
    )
    if (live.length) {
      await quotes.updatePortalQuoteLinks(
        live.map((link) => ({ id: link.id, expires_at: data.expires_at }))
      )
    }
    return new StepResponse(
      void 0,
      live.map((link) => ({ id: link.id, expires_at: link.expires_at }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.updatePortalQuoteLinks(previous)
  }
)
