import { model } from "@medusajs/framework/utils"
import { QUOTE_STATUSES } from "../status"
import { QuoteEvent } from "./quote-event"
import { QuoteItem } from "./quote-item"
import { QuoteLink } from "./quote-link"
import { QuoteMessage } from "./quote-message"

export const Quote = model
  .define("portal_quote", {
    id: model.id({ prefix: "quo" }).primaryKey(),
    // A Postgres sequence that starts at 1001 (see the migration); shown as "Q-1001".
    display_number: model.autoincrement(),
    status: model.enum([...QUOTE_STATUSES]).default("draft"),
    customer_id: model.text(),
    customer_email: model.text(),
    // The portal company the quote is for (docs/ARCHITECTURE.md, "Accounts"):
    // the customer's single active membership unless staff choose one.
    company_id: model.text().nullable(),
    region_id: model.text().nullable(),
    sales_channel_id: model.text().nullable(),
    currency_code: model.text(),
    valid_until: model.dateTime().nullable(),
    deposit_percent: model.float().nullable(),
    deposit_amount: model.bigNumber().nullable(),
    /**
     * Where the order ships: a copy of one of the customer's addresses (with
     * its id), so later edits of the address book do not change a sent quote.
     */
    shipping_address: model.json().nullable(),
    /** The region's flat-rate shipping option the order's shipping method uses. */
    shipping_option_id: model.text().nullable(),
    shipping_method_name: model.text().nullable(),
    /** The option's flat amount, or the freight staff entered for this quote. */
    shipping_amount: model.bigNumber().nullable(),
    /** From Medusa's Tax Module for the shipping address (docs/ARCHITECTURE.md, "Money"). */
    shipping_tax_lines: model.json().nullable(),
    /** Automatic promotions Medusa applies to the shipping method. */
    shipping_adjustments: model.json().nullable(),
    terms: model.text().nullable(),
    /** The language of its link emails and papers; null: the company's, else the store's. */
    language: model.text().nullable(),
    internal_note: model.text().nullable(),
    assigned_user_ids: model.array().default([]),
    agreement_template_id: model.text().nullable(),
    order_id: model.text().nullable(),
    /** Set when a member asked for it (status `requested`): members see it until it is sent. */
    requested_at: model.dateTime().nullable(),
    sent_at: model.dateTime().nullable(),
    accepted_at: model.dateTime().nullable(),
    declined_at: model.dateTime().nullable(),
    decline_reason: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
    expired_at: model.dateTime().nullable(),
    last_viewed_at: model.dateTime().nullable(),
    staff_view_alert_at: model.dateTime().nullable(),
    items: model.hasMany(() => QuoteItem, { mappedBy: "quote" }),
    messages: model.hasMany(() => QuoteMessage, { mappedBy: "quote" }),
    links: model.hasMany(() => QuoteLink, { mappedBy: "quote" }),
    events: model.hasMany(() => QuoteEvent, { mappedBy: "quote" }),
  })
  .cascades({ delete: ["items", "messages", "links", "events"] })
  // The lists' orders and filters (migration Migration20261215090000, which also
  // adds the trigram index for the admin's email search that this DSL cannot name).
  .indexes([
    { on: ["created_at"] },
    { on: ["status", "created_at"] },
    { on: ["display_number"] },
    { on: ["customer_id"] },
    { on: ["company_id", "created_at"] },
    { on: ["valid_until"], where: "status IN ('sent', 'viewed')" },
    { on: ["order_id"], unique: true, where: "order_id IS NOT NULL" },
  ])
