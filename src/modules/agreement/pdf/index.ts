export type { PdfBranding } from "../../../lib/pdf/branding"
export { renderQuotePdf, type RenderQuotePdfOptions } from "./render-quote-pdf"
export { renderSignedAgreementPdf } from "./render-signed-agreement-pdf"
export { renderSignedAgreementPdfOffThread } from "./off-thread"
