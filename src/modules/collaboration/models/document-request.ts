import { model } from "@medusajs/framework/utils"
import { DOCUMENT_REQUEST_STATUSES } from "../../../shared/documents"

/**
 * Staff ask a company for named documents: a checklist its contacts upload against, then
 * say "Done uploading" (docs/ARCHITECTURE.md, "Documents").
 */
export const DocumentRequest = model
  .define("portal_document_request", {
    id: model.id({ prefix: "pdreq" }).primaryKey(),
    company_id: model.text(),
    title: model.text(),
    note: model.text().nullable(),
    /** open → done (a contact said so) → closed by staff; staff may reopen. */
    status: model.enum([...DOCUMENT_REQUEST_STATUSES]).default("open"),
    done_at: model.dateTime().nullable(),
    /** The customer who said "Done uploading". */
    done_by: model.text().nullable(),
    /** The admin user who asked. */
    requested_by: model.text().nullable(),
    items: model.hasMany(() => DocumentRequestItem, { mappedBy: "request" }),
  })
  .indexes([{ on: ["company_id", "created_at"] }, { on: ["status"] }])

/** One document asked for: its name, what it is, by when. */
export const DocumentRequestItem = model
  .define("portal_document_request_item", {
    id: model.id({ prefix: "pdritem" }).primaryKey(),
    name: model.text(),
    description: model.text().nullable(),
    /** "YYYY-MM-DD", or none. */
    due_date: model.text().nullable(),
    position: model.number().default(0),
    request: model.belongsTo(() => DocumentRequest, { mappedBy: "items" }),
  })
  .indexes([{ on: ["request_id", "position"] }])
