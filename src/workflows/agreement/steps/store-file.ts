import { randomUUID } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sha256Hex } from "../../../modules/agreement/hashing"

export type StoreFileInput = {
  mime_type: string
  /** Base64 content. */
  content: string
}

export type StoredFile = { id: string; url: string; sha256: string }

/**
 * Keeps a private file with Medusa's File module; compensation deletes it.
 *
 * The name handed to the provider is a random UUID, nothing else: providers build
 * the key from it (the local one as `private-<ms>-<name>`), so a quote number or a
 * path in it would make the key guessable or break the local provider's lookups.
 * The human name (e.g. `Q-1001-signed-agreement.pdf`) is given when our routes
 * serve the file, from the signed agreement's record.
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
  }
)
