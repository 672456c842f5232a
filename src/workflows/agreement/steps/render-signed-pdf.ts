import { randomUUID } from "node:crypto"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AgreementDocument, AuditTrailEntry } from "../../../modules/agreement/document"
import { sha256Hex } from "../../../modules/agreement/hashing"
import { renderSignedAgreementPdfOffThread } from "../../../modules/agreement/pdf"

export type RenderSignedPdfInput = {
  quote_id: string
  document: AgreementDocument
  document_sha256: string
  signature: { base64: string; sha256: string }
  signer_name: string
  signer_email: string
  signed_at: Date
  ip: string | null
  user_agent: string | null
  identified_by: "link" | "login"
  signer_customer_id: string | null
}

/**
 * Renders in progress, by job key: a job lives from `startSignedPdfStep` to
 * `awaitSignedPdfStep` of the same signing, in this process.
 */
const renders = new Map<string, Promise<Buffer>>()

/**
 * Starts rendering the signed PDF with its certificate page (the quote's timeline as audit
 * trail) off the server's thread and answers at once with the job's key, so the signing's
 * next steps run while it renders (docs/ARCHITECTURE.md, "Accept core").
 */
export const startSignedPdfStep = createStep(
  "portal-start-signed-pdf",
  async (input: RenderSignedPdfInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: events } = await query.graph({
      entity: "portal_quote_event",
      fields: ["type", "actor_type", "created_at"],
      filters: { quote_id: input.quote_id },
    })
    const signedAt = new Date(input.signed_at)
    const audit_trail: AuditTrailEntry[] = [
      ...events
        .map((event) => ({
          at: new Date(event.created_at as unknown as string),
          event: String(event.type),
          actor: String(event.actor_type),
        }))
        .sort((a, b) => a.at.getTime() - b.at.getTime()),
      { at: signedAt, event: "signed", actor: `${input.signer_name} <${input.signer_email}>` },
    ]
    const rendering = renderSignedAgreementPdfOffThread(
      {
        document: input.document,
        signature: {
          signer_name: input.signer_name,
          signer_email: input.signer_email,
          signed_at: signedAt,
          ip: input.ip,
          user_agent: input.user_agent,
          identified_by: input.identified_by,
          customer_id: input.signer_customer_id,
          image: Buffer.from(input.signature.base64, "base64"),
        },
        document_sha256: input.document_sha256,
        signature_sha256: input.signature.sha256,
        audit_trail,
      },
      { name: input.document.merchant.name }
    )
    // A render nobody awaits any more (the signing failed first) must not fail the process.
    rendering.catch(() => undefined)
    const job = `${input.quote_id}:${randomUUID()}`
    renders.set(job, rendering)
    return new StepResponse({ job }, job)
  },
  async (job) => {
    if (job) renders.delete(job)
  }
)

/** The signed PDF `startSignedPdfStep` began, once rendered: its bytes and SHA-256. */
export const awaitSignedPdfStep = createStep(
  "portal-await-signed-pdf",
  async ({ job }: { job: string }) => {
    const rendering = renders.get(job)
    if (!rendering) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The signed PDF was started in another process; sign again"
      )
    }
    try {
      const pdf = await rendering
      return new StepResponse({ base64: pdf.toString("base64"), sha256: sha256Hex(pdf) })
    } finally {
      renders.delete(job)
    }
  }
)
