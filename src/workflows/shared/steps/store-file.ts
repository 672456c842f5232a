import { randomUUID } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import { sha256Hex } from "../../../modules/agreement/hashing"
import type { PRIVATE_FILE_PURPOSES } from "../../../modules/agreement/models"
import type AgreementModuleService from "../../../modules/agreement/service"

export type StoreFileInput = {
  mime_type: string
  /** Base64 content. */
  content: string
  /**
   * Record the file as tracked until an action claims it (docs/ARCHITECTURE.md,
   * "Crash safety"): the reconciler deletes tracked files left behind by a dead
   * process. Whoever tracks a file must untrack it when done
   * (`untrackPrivateFilesStep`).
   */
  track?: { purpose: (typeof PRIVATE_FILE_PURPOSES)[number]; quote_id?: string | null }
}

export type StoredFile = { id: string; url: string; sha256: string }

/**
 * Keeps a private file with Medusa's File module; compensation deletes it. The provider
 * gets a random UUID as the name, because providers build the key from it and a quote
 * number would make it guessable (docs/ARCHITECTURE.md, "Security rules").
 */
export const storeFileStep = createStep(
  "portal-store-file",
  async (input: StoreFileInput, { container }) => {
    const files = container.resolve(Modules.FILE)
    const file = await files.createFiles({
      filename: randomUUID(),
      mimeType: input.mime_type,
      content: input.content,
      access: "private",
    })
    if (input.track) {
      const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
      await agreements.createPortalPrivateFiles({
        file_id: file.id,
        purpose: input.track.purpose,
        quote_id: input.track.quote_id ?? null,
      })
    }
    const stored: StoredFile = {
      id: file.id,
      url: file.url,
      sha256: sha256Hex(Buffer.from(input.content, "base64")),
    }
    return new StepResponse(stored, file.id)
  },
  async (fileId, { container }) => {
    if (!fileId) return
    await container.resolve(Modules.FILE).deleteFiles(fileId)
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    const rows = await agreements.listPortalPrivateFiles({ file_id: fileId }, { select: ["id"] })
    if (rows.length) await agreements.deletePortalPrivateFiles(rows.map((row) => row.id))
  }
)
