import { model } from "@medusajs/framework/utils"

/** What a tracked private file is for (docs/ARCHITECTURE.md, "Crash safety"). */
export const PRIVATE_FILE_PURPOSES = [
  "agreement_signature",
  "agreement_pdf",
  "supplier_bill",
  "document",
] as const

/**
 * A private file stored and not yet claimed by a finished action, so the reconciler finds
 * what a dead process left without listing the storage (docs/ARCHITECTURE.md, "Crash
 * safety").
 */
export const PrivateFile = model
  .define("portal_private_file", {
    id: model.id({ prefix: "pfile" }).primaryKey(),
    /** The File module's id (the provider's key). */
    file_id: model.text(),
    purpose: model.enum([...PRIVATE_FILE_PURPOSES]),
    /** The quote being signed, when the file belongs to one. */
    quote_id: model.text().nullable(),
  })
  .indexes([{ on: ["file_id"], unique: true }, { on: ["quote_id"] }, { on: ["created_at"] }])
