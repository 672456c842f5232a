import { model } from "@medusajs/framework/utils"
import { WORK_REQUEST_STATUSES } from "../../../shared/work-requests"

/**
 * A job or a problem a company's contact brings to the merchant (docs/ARCHITECTURE.md,
 * "Work requests"): staff triage it, answer in its thread, and may turn it into a quote.
 * Its files are portal documents attached to it (`attached_to: work_request`).
 */
export const WorkRequest = model
  .define("portal_work_request", {
    id: model.id({ prefix: "pwreq" }).primaryKey(),
    /** Shown as "WR-1001" (formatWorkRequestNumber). */
    display_number: model.autoincrement(),
    company_id: model.text(),
    /** The contact who submitted it. */
    customer_id: model.text(),
    subject: model.text(),
    description: model.text(),
    /** "YYYY-MM-DD", or none. */
    preferred_date: model.text().nullable(),
    status: model.enum([...WORK_REQUEST_STATUSES]).default("new"),
    /** The admin user working on it. */
    assignee_id: model.text().nullable(),
    /** The quote staff made of it; set once (convertWorkRequestToQuoteWorkflow). */
    quote_id: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    /** When its thread last moved (or it was submitted): lists sort by it. */
    last_activity_at: model.dateTime(),
    messages: model.hasMany(() => WorkRequestMessage, { mappedBy: "request" }),
  })
  .indexes([
    { on: ["company_id", "last_activity_at"] },
    { on: ["status", "last_activity_at"] },
    { on: ["display_number"] },
    { on: ["quote_id"] },
  ])

/** One message of a request's thread, from a contact or from staff. */
export const WorkRequestMessage = model
  .define("portal_work_request_message", {
    id: model.id({ prefix: "pwrmsg" }).primaryKey(),
    author_type: model.enum(["customer", "staff"]),
    /** The customer or the admin user who wrote it. */
    author_id: model.text().nullable(),
    body: model.text(),
    request: model.belongsTo(() => WorkRequest, { mappedBy: "messages" }),
  })
  .indexes([{ on: ["request_id", "created_at"] }])
