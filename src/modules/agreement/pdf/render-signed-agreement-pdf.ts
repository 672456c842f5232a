import type { PdfBranding } from "../../../lib/pdf/branding"
import { printableDeep } from "../../../lib/pdf/fonts"
import { h } from "../../../lib/pdf/h"
import { createPdfContext, header } from "../../../lib/pdf/layout"
import { loadReactPdf } from "../../../lib/pdf/load-react-pdf"
import type { SignedPdfInput } from "../document"
import { certificatePage } from "./certificate-page"
import { documentMetadata, footer, quoteBody } from "./sections"
import { signatureBlock } from "./signature-block"

/**
 * The signed agreement: the quote as it was signed, the drawn signature, then
 * the signature certificate as the last page. Dated with the signing time, so
 * the same input (and time zone) always renders to the same bytes.
 */
export async function renderSignedAgreementPdf(
  input: SignedPdfInput,
  branding: PdfBranding,
  options: { time_zone?: string } = {}
): Promise<Buffer> {
  const pdf = await loadReactPdf()
  const ctx = createPdfContext(pdf, branding, input.document.locale, options.time_zone)
  const title = ctx.t("quote.signed_document", { number: input.document.quote.number })
  const metadata = documentMetadata(input.document, title, input.signature.signed_at)
  const shown = printableDeep(input)
  const { document, signature } = shown
  return pdf.renderToBuffer(
    h(
      pdf.Document,
      metadata,
      h(
        pdf.Page,
        { size: "A4", style: ctx.styles.page },
        header(
          ctx,
          ctx.t("quote.signed_title"),
          ctx.t("quote.number", { number: document.quote.number })
        ),
        ...quoteBody(
          ctx,
          document,
          ctx.t("quote.signer_confirmed"),
          signatureBlock(ctx, signature)
        ),
        footer(ctx, document)
      ),
      certificatePage(ctx, shown)
    )
  )
}
