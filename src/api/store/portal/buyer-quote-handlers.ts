import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { refusal } from "../../../lib/refusal"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import { renderQuotePdf } from "../../../modules/agreement/pdf"
import type AgreementModuleService from "../../../modules/agreement/service"
import type { Access, MemberAccess } from "../../../shared/permissions"
import { signQuoteAgreementWorkflow } from "../../../workflows/quote/workflows/sign-quote-agreement"
import {
  acceptQuoteWorkflow,
  addQuoteMessageWorkflow,
  declineQuoteWorkflow,
  isPricesChanged,
  updateQuoteSelectionWorkflow,
} from "../../../workflows/quote"
import { quoteFiltersFor } from "../../../workflows/quote/utils/buyer-access"
import { recordQuoteView } from "../../../workflows/quote/utils/record-quote-view"
import {
  buildCurrentDocument,
  merchantConsentText,
  signedAgreementOf,
  viewBuyerAgreement,
} from "./quotes/agreement-presenters"
import { clientAddress } from "../../utils/client-address"
import { fetchBuyerPageContext } from "../../utils/branding"
import {
  fetchActedQuote,
  fetchBuyerQuote,
  fetchBuyerStanding,
  presentViewedQuote,
} from "./quotes/presenters"
import { runWorkflow } from "../../utils/run-workflow"
import { sendPdf } from "../../utils/send-pdf"
import type {
  StoreAcceptQuoteType,
  StoreDeclineQuoteType,
  StoreQuoteMessageType,
  StoreQuoteSelectionType,
  StoreSignQuoteType,
} from "./quote-links/validators"
import type {
  StorePortalQuoteAcceptResponse,
  StorePortalQuoteMessageListResponse,
  StorePortalQuoteMessageResponse,
  StorePortalQuoteResponse,
  StorePortalQuoteSelectionResponse,
  StorePortalQuoteSignResponse,
  StorePortalQuoteViewResponse,
} from "../../../shared/http"

/**
 * The buyer's quote actions, shared by the link and member routes so both ways of acting
 * behave the same; each passes the caller's access to its workflow (docs/ARCHITECTURE.md,
 * "Routes and guards").
 */
export type BuyerRequest<Body = unknown> = MedusaRequest<Body> & { access: Access }

/**
 * The quote a buyer route acts on: the one the link opens, or the one named
 * in the path if it is the member's active company's and has been sent to
 * them; anything else is the same 404 as an unknown id.
 */
export async function buyerQuoteId(req: BuyerRequest): Promise<string> {
  if (req.access.kind === "link") return req.access.quote_id
  const id = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_quote",
    fields: ["id"],
    filters: quoteFiltersFor(id, req.access),
  })
  if (!data.length) {
    throw refusal(MedusaError.Types.NOT_FOUND, "quote.not_found", { id })
  }
  return id
}

/** The logged-in contact's name and email, as their signature and messages carry them. */
async function memberContact(scope: MedusaContainer, access: MemberAccess) {
  const customers = scope.resolve(Modules.CUSTOMER)
  const customer = await customers.retrieveCustomer(access.customer_id, {
    select: ["first_name", "last_name", "email"],
  })
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return { name: name || customer.email, email: customer.email }
}

/**
 * The buyer opens the quote (docs/ARCHITECTURE.md, "Routes and guards", the
 * token view): one statement records the view and reads the quote back with
 * its lines and thread, then its customer, the settings and, only on a cache
 * miss, the agreement's template; a link holder's common case is four
 * statements with the guard's.
 */
export const viewQuote = async (
  req: BuyerRequest,
  res: MedusaResponse<StorePortalQuoteViewResponse>
) => {
  const quoteId = await buyerQuoteId(req)
  const [view, page, signer] = await Promise.all([
    recordQuoteView(req.scope, { quote_id: quoteId, access: req.access }),
    fetchBuyerPageContext(req.scope),
    req.access.kind === "member" ? memberContact(req.scope, req.access) : null,
  ])
  if (!view) {
    throw refusal(MedusaError.Types.NOT_FOUND, "quote.not_found", { id: quoteId })
  }
  const raw = view.quote as unknown as Parameters<typeof viewBuyerAgreement>[1]["quote"] &
    Record<string, unknown>
  const { quote, customer, language } = await presentViewedQuote(req.scope, raw, req.access)
  const agreement = await viewBuyerAgreement(req.scope, {
    quote: raw,
    customer,
    merchant_name: page.merchant_name,
    consent_text: page.consent_text,
    language,
  })
  res.setHeader("Cache-Control", "no-store")
  res.json({
    quote,
    agreement: agreement.agreement,
    signed_agreement: agreement.signed,
    branding: page.branding,
    language,
    // A contact signs as who they are logged in as; the page fills it in.
    ...(signer ? { signer } : {}),
  })
}

export const selectItems = async (
  req: BuyerRequest<StoreQuoteSelectionType>,
  res: MedusaResponse<StorePortalQuoteSelectionResponse>
) => {
  const quoteId = await buyerQuoteId(req)
  await runWorkflow(updateQuoteSelectionWorkflow, req.scope, {
    quote_id: quoteId,
    selected_item_ids: req.validatedBody.selected_item_ids,
    shipping_address_id: req.validatedBody.shipping_address_id,
    access: req.access,
  })
  const quote = await fetchActedQuote(req.scope, quoteId, req.access)
  res.json({ quote, totals: quote.totals })
}

/**
 * Accept and sign price the buyer's choice afresh only when it changed (lockQuoteForBuyer,
 * `when-changed`). If Medusa's order then charges another total (tax or promotions changed
 * since the quote was priced), the 409 stands and the quote is priced again for the same
 * choice, so the page the buyer reloads shows what accepting now charges
 * (docs/ARCHITECTURE.md, "Money").
 */
async function repricedOnConflict<T>(
  req: BuyerRequest<{ selected_item_ids: string[]; shipping_address_id?: string }>,
  quoteId: string,
  action: () => Promise<T>
): Promise<T> {
  try {
    return await action()
  } catch (error) {
    if (isPricesChanged(error)) {
      await runWorkflow(updateQuoteSelectionWorkflow, req.scope, {
        quote_id: quoteId,
        selected_item_ids: req.validatedBody.selected_item_ids,
        shipping_address_id: req.validatedBody.shipping_address_id,
        access: req.access,
      })
    }
    throw error
  }
}

export const acceptQuote = async (
  req: BuyerRequest<StoreAcceptQuoteType>,
  res: MedusaResponse<StorePortalQuoteAcceptResponse>
) => {
  const quoteId = await buyerQuoteId(req)
  // A quote with an agreement is accepted by signing it: say so, change nothing.
  const standing = await fetchBuyerStanding(req.scope, quoteId, req.access)
  if (standing.can_respond && standing.requires_signature) {
    return res.json({ next: "sign", quote: await fetchActedQuote(req.scope, quoteId, req.access) })
  }
  const accepted = await repricedOnConflict(req, quoteId, () =>
    runWorkflow(acceptQuoteWorkflow, req.scope, {
      quote_id: quoteId,
      selected_item_ids: req.validatedBody.selected_item_ids,
      shipping_address_id: req.validatedBody.shipping_address_id,
      access: req.access,
    })
  )
  const quote = await fetchActedQuote(req.scope, quoteId, req.access, {
    id: accepted.order_id,
    display_id: accepted.order_display_id,
  })
  res.json({ quote, order: quote.order })
}

/**
 * Signs the quote's agreement. Through a link the signer types their name and
 * email; a logged-in contact signs with their login's email, and the evidence
 * says so (`identified_by: "login"` with their customer id).
 */
export const signQuote = async (
  req: BuyerRequest<Omit<StoreSignQuoteType, "signer_email"> & { signer_email?: string }>,
  res: MedusaResponse<StorePortalQuoteSignResponse>
) => {
  const quoteId = await buyerQuoteId(req)
  const body = req.validatedBody
  const signerEmail =
    req.access.kind === "member"
      ? (await memberContact(req.scope, req.access)).email
      : (body.signer_email as string)
  const consentText = await merchantConsentText(req.scope)
  const result = await repricedOnConflict(req, quoteId, () =>
    runWorkflow(signQuoteAgreementWorkflow, req.scope, {
      quote_id: quoteId,
      selected_item_ids: body.selected_item_ids,
      shipping_address_id: body.shipping_address_id,
      signer_name: body.signer_name,
      signer_email: signerEmail,
      signature: body.signature,
      // The sentence the page showed next to the box the buyer ticked.
      consent_text: consentText,
      ip: clientAddress(req),
      user_agent: req.get("user-agent") ?? null,
      access: req.access,
    })
  )
  const [quote, signed] = await Promise.all([
    fetchActedQuote(req.scope, quoteId, req.access, {
      id: result.order_id,
      display_id: result.order_display_id,
    }),
    signedAgreementOf(req.scope, quoteId),
  ])
  res.json({
    quote,
    order: quote.order,
    signed_agreement: signed,
    signed_agreement_id: result.signed_agreement_id,
    invoice_id: result.invoice_id,
  })
}

export const declineQuote = async (
  req: BuyerRequest<StoreDeclineQuoteType>,
  res: MedusaResponse<StorePortalQuoteResponse>
) => {
  const quoteId = await buyerQuoteId(req)
  await runWorkflow(declineQuoteWorkflow, req.scope, {
    quote_id: quoteId,
    reason: req.validatedBody.reason,
    access: req.access,
  })
  res.json({ quote: await fetchActedQuote(req.scope, quoteId, req.access) })
}

export const listMessages = async (
  req: BuyerRequest,
  res: MedusaResponse<StorePortalQuoteMessageListResponse>
) => {
  const quote = await fetchBuyerQuote(req.scope, await buyerQuoteId(req), req.access)
  res.setHeader("Cache-Control", "no-store")
  res.json({ messages: quote.messages })
}

/**
 * A question on the quote's thread: a contact's carries their login's name
 * (the member body has no `author_name`), a link holder's the name they give.
 */
export const postMessage = async (
  req: BuyerRequest<StoreQuoteMessageType>,
  res: MedusaResponse<StorePortalQuoteMessageResponse>
) => {
  const quoteId = await buyerQuoteId(req)
  const member = req.access.kind === "member" ? req.access : null
  const message = await runWorkflow(addQuoteMessageWorkflow, req.scope, {
    quote_id: quoteId,
    author_type: "customer",
    author_id: member?.customer_id ?? null,
    author_name: member
      ? (await memberContact(req.scope, member)).name
      : (req.validatedBody.author_name ?? null),
    body: req.validatedBody.body,
    access: req.access,
  })
  res.status(201).json({
    message: {
      id: message.id,
      author_type: message.author_type,
      author_name: message.author_name,
      body: message.body,
      // A string in JSON.
      created_at: message.created_at as unknown as string,
    },
  })
}

/** The quote as a PDF for the current selection or, once signed, the signed agreement as stored. */
export const downloadQuotePdf = async (req: BuyerRequest, res: MedusaResponse) => {
  const quoteId = await buyerQuoteId(req)
  const agreements: AgreementModuleService = req.scope.resolve(AGREEMENT_MODULE)
  const [signed] = await agreements.listPortalSignedAgreements(
    { quote_id: quoteId },
    { select: ["pdf_file_id", "document"] }
  )
  if (signed) {
    const pdf = await req.scope.resolve(Modules.FILE).getAsBuffer(signed.pdf_file_id)
    const number = (signed.document as { quote?: { number?: string } }).quote?.number ?? "quote"
    return sendPdf(res, pdf, `${number}-signed-agreement.pdf`)
  }
  const { document } = await buildCurrentDocument(req.scope, quoteId)
  const pdf = await renderQuotePdf(document, { name: document.merchant.name })
  sendPdf(res, pdf, `${document.quote.number}.pdf`)
}
