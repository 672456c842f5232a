import { existsSync } from "node:fs"
import { join } from "node:path"
import { Worker } from "node:worker_threads"
import type { PdfBranding } from "../../../lib/pdf/branding"
import type { SignedPdfInput } from "../document"
import { renderSignedAgreementPdf } from "./render-signed-agreement-pdf"

type RenderOptions = { time_zone?: string }

export type SignedPdfJob = {
  id: number
  input: SignedPdfInput
  branding: PdfBranding
  options: RenderOptions
}
export type SignedPdfReply = { id: number; pdf?: Uint8Array; error?: string }

/** The compiled worker entry; absent where the plugin runs from TypeScript (tests, develop). */
const WORKER_FILE = join(__dirname, "signed-pdf-worker.js")

let worker: Worker | undefined
let nextId = 0
type PendingJob = {
  job: SignedPdfJob
  resolve: (pdf: Buffer | Promise<Buffer>) => void
  reject: (e: Error) => void
}
const pending = new Map<number, PendingJob>()

/** The worker died or could not start: its jobs render on this thread instead. */
function renderHere() {
  const jobs = [...pending.values()]
  pending.clear()
  worker = undefined
  for (const { job, resolve } of jobs) {
    resolve(renderSignedAgreementPdf(job.input, job.branding, job.options))
  }
}

function renderWorker(): Worker | undefined {
  if (worker) return worker
  if (!__filename.endsWith(".js") || !existsSync(WORKER_FILE)) return undefined
  const started = new Worker(WORKER_FILE)
  // A renderer never keeps the server from exiting.
  started.unref()
  started.on("message", ({ id, pdf, error }: SignedPdfReply) => {
    const job = pending.get(id)
    if (!job) return
    pending.delete(id)
    if (pdf) job.resolve(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength))
    else job.reject(new Error(error ?? "The signed PDF could not be rendered"))
  })
  started.on("error", () => renderHere())
  started.on("exit", () => {
    if (worker === started) renderHere()
  })
  worker = started
  return worker
}

/**
 * `renderSignedAgreementPdf` on a worker thread, one per process, so the server's own thread
 * goes on with the signing (creating the order) while the PDF lays out, which is most of
 * a signing's CPU (docs/ARCHITECTURE.md, "Accept core"). Where there is no compiled worker
 * (the plugin running from TypeScript), or the worker stops, it renders on this thread; the
 * bytes are the same. A render that fails in the worker fails as it would here.
 */
export function renderSignedAgreementPdfOffThread(
  input: SignedPdfInput,
  branding: PdfBranding,
  options: RenderOptions = {}
): Promise<Buffer> {
  const renderer = renderWorker()
  if (!renderer) return renderSignedAgreementPdf(input, branding, options)
  const id = ++nextId
  const job: SignedPdfJob = { id, input, branding, options }
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { job, resolve, reject })
    renderer.postMessage(job)
  })
}
