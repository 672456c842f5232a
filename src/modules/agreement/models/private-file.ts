import { model } from "@medusajs/framework/utils"

/** What a tracked private file is for (docs/ARCHITECTURE.md, "Crash safety"). */
export const PRIVATE_FILE_PURPOSES = [
  "agreement_signature",
  "agreement_pdf",
  "supplier_bill",
] as const

/**
 * A private file the plugin stored and no finished action has claimed yet.
 * `storeFileStep` writes the row right after the file (when asked to track it),
 * and the signing removes it once the quote has its order, a bill submission
 * once the bill row is written. A row older than the
 * grace period therefore names a file a dead or failed process left behind;
 * the reconciler finds it here without listing the storage (S3 in production).
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
