import { model } from "@medusajs/framework/utils"
import { DOCUMENT_PLACES, DOCUMENT_TYPES } from "../../../shared/documents"

/** Who put a document in the portal. */
export const DOCUMENT_SOURCES = ["staff", "contact"] as const

/**
 * A file shared with a company: by staff (a contract, a drawing, a picture of the job), or
 * uploaded by a contact. Its bytes are a private file of Medusa's File module, served only
 * through the portal's routes to those who may see it (docs/ARCHITECTURE.md, "Documents").
 */
export const PortalDocument = model
  .define("portal_document", {
    id: model.id({ prefix: "pdoc" }).primaryKey(),
    company_id: model.text(),
    title: model.text(),
    /** A picture's caption ("Before", "After: the new gate"). */
    caption: model.text().nullable(),
    /** The name it is downloaded as, cleaned (safeFileName). */
    file_name: model.text(),
    type: model.enum(Object.keys(DOCUMENT_TYPES)),
    size: model.number(),
    file_id: model.text(),
    file_sha256: model.text(),
    /**
     * Only its company, one of the company's quotes or orders, or an item of a document
     * request a contact uploaded it for (`attached_id`).
     */
    attached_to: model.enum([...DOCUMENT_PLACES]).default("company"),
    attached_id: model.text().nullable(),
    source: model.enum([...DOCUMENT_SOURCES]),
    /** The admin user or the customer who added it. */
    added_by: model.text().nullable(),
  })
  .indexes([
    { on: ["company_id", "created_at"] },
    { on: ["attached_to", "attached_id"] },
    { on: ["file_id"], unique: true },
  ])
