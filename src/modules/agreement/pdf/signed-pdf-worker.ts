// The worker thread that renders signed agreement PDFs (off-thread.ts starts it). It runs
// only as a compiled worker entry; imported anywhere else it does nothing.
import { isMainThread, parentPort } from "node:worker_threads"
import type { SignedPdfJob, SignedPdfReply } from "./off-thread"
import { renderSignedAgreementPdf } from "./render-signed-agreement-pdf"

/** Structured cloning hands Buffers over as plain Uint8Arrays; react-pdf wants Buffers. */
const asBuffer = (bytes: Uint8Array | null | undefined) =>
  bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes

if (!isMainThread && parentPort) {
  const port = parentPort
  port.on("message", async ({ id, input, branding, options }: SignedPdfJob) => {
    let reply: SignedPdfReply
    try {
      const pdf = await renderSignedAgreementPdf(
        { ...input, signature: { ...input.signature, image: asBuffer(input.signature.image)! } },
        { ...branding, logo: asBuffer(branding.logo) },
        options
      )
      reply = { id, pdf }
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) }
    }
    port.postMessage(reply)
  })
}
