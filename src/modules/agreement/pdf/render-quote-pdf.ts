import type { AgreementDocument } from "../document"
import type { PdfBranding } from "./branding"
import { h } from "./h"
import { loadReactPdf } from "./load-react-pdf"
import { createPdfContext, documentMetadata, footer, header, quoteBody } from "./sections"

export type RenderQuotePdfOptions = {
  /** Stamped into the PDF metadata; pass a fixed date for byte-identical output. Default: now. */
  generated_at?: Date
}

/** The quote as the buyer reads it before signing, with the agreement they will be asked to sign. */
export async function renderQuotePdf(
  document: AgreementDocument,
  branding: PdfBranding,
  options: RenderQuotePdfOptions = {}
): Promise<Buffer> {
  const pdf = await loadReactPdf()
  const ctx = createPdfContext(pdf, branding)
  const title = `Quote ${document.quote.number}`
  return pdf.renderToBuffer(
    h(
      pdf.Document,
      documentMetadata(document, title, options.generated_at ?? new Date()),
      h(
        pdf.Page,
        { size: "A4", style: ctx.styles.page },
        header(ctx, "Quote", document.quote.number),
        ...quoteBody(ctx, document, "When you sign, you will be asked to confirm:"),
        footer(ctx, document)
      )
    )
  )
}
