import type { MedusaResponse } from "@medusajs/framework/http"

/** Answers with a PDF download. */
export function sendPdf(res: MedusaResponse, pdf: Buffer, filename: string) {
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.end(pdf)
}
