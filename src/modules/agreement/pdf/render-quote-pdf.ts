import type { PdfBranding } from "../../../lib/pdf/branding"
import { printableDeep } from "../../../lib/pdf/fonts"
import { h } from "../../../lib/pdf/h"
import { createPdfContext, header } from "../../../lib/pdf/layout"
import { loadReactPdf } from "../../../lib/pdf/load-react-pdf"
import type { AgreementDocument } from "../document"
import { documentMetadata, footer, quoteBody } from "./sections"

export type RenderQuotePdfOptions = {
  /** Stamped into the PDF metadata; pass a fixed date for byte-identical output. Default: now. */
  generated_at?: Date
  /** IANA time zone the dates are printed in. Default: `PORTAL_TIME_ZONE`, else UTC. */
  time_zone?: string
}

/**
 * The quote as the buyer reads it before signing, with the agreement they
 * will be asked to sign when the quote has one.
 */
export async function renderQuotePdf(
  document: AgreementDocument,
  branding: PdfBranding,
  options: RenderQuotePdfOptions = {}
): Promise<Buffer> {
  const pdf = await loadReactPdf()
  const ctx = createPdfContext(pdf, branding, document.locale, options.time_zone)
  const shown = printableDeep(document)
  const title = ctx.t("quote.number", { number: document.quote.number })
  return pdf.renderToBuffer(
    h(
      pdf.Document,
      documentMetadata(document, title, options.generated_at ?? new Date()),
      h(
        pdf.Page,
        { size: "A4", style: ctx.styles.page },
        header(ctx, ctx.t("quote.title"), shown.quote.number),
        ...quoteBody(ctx, shown, ctx.t("quote.confirm_when_signing")),
        footer(ctx, shown)
      )
    )
  )
}
