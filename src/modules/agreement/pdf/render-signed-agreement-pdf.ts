import type { SignedPdfInput } from "../document"
import type { PdfBranding } from "./branding"
import { certificatePage } from "./certificate-page"
import { h } from "./h"
import { loadReactPdf } from "./load-react-pdf"
import { createPdfContext, documentMetadata, footer, header, quoteBody } from "./sections"
import { signatureBlock } from "./signature-block"

/**
 * The signed agreement: the quote as it was signed, the drawn signature, then
 * the signature certificate as the last page. Dated with the signing time, so
 * the same input always renders to the same bytes.
 */
export async function renderSignedAgreementPdf(
  input: SignedPdfInput,
  branding: PdfBranding
): Promise<Buffer> {
  const pdf = await loadReactPdf()
  const ctx = createPdfContext(pdf, branding)
  const { document, signature } = input
  const title = `Signed agreement, quote ${document.quote.number}`
  return pdf.renderToBuffer(
    h(
      pdf.Document,
      documentMetadata(document, title, signature.signed_at),
      h(
        pdf.Page,
        { size: "A4", style: ctx.styles.page },
        header(ctx, "Signed agreement", `Quote ${document.quote.number}`),
        ...quoteBody(ctx, document, "The signer confirmed:"),
        signatureBlock(ctx, signature),
        footer(ctx, document)
      ),
      certificatePage(ctx, input)
    )
  )
}
