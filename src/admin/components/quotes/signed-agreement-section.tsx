import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { useAgreementTemplate } from "../../hooks/agreement-templates"
import type { QuoteDetail } from "../../hooks/quotes"
import { formatDateTime } from "../../lib/format"
import { agreementTemplatePath } from "../agreement-templates/paths"
import { SignedPdfButton } from "./signed-pdf-button"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-[10rem_1fr] gap-x-4">
    <Text size="small" className="text-ui-fg-subtle" asChild>
      <dt>{label}</dt>
    </Text>
    <Text size="small" className="break-words" asChild>
      <dd>{children}</dd>
    </Text>
  </div>
)

/**
 * The agreement attached to the quote and, once signed, its audit trail: who,
 * when, how identified, from where, the consent shown, the document's and the
 * PDF's SHA-256, and the stored PDF.
 */
export const SignedAgreementSection = ({ quote }: { quote: QuoteDetail }) => {
  const templateId = quote.signed_agreement?.template_id ?? quote.agreement_template_id
  const template = useAgreementTemplate(templateId ?? "")
  if (!templateId) return null
  const signed = quote.signed_agreement
  const templateName = template.data
    ? `${template.data.name} (version ${signed?.template_version ?? template.data.version})`
    : "Agreement"

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <div>
          <Heading level="h2">Agreement</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            <Link className="text-ui-fg-interactive" to={agreementTemplatePath(templateId)}>
              {templateName}
            </Link>
            {signed ? " · signed" : " · the buyer signs it to accept"}
          </Text>
        </div>
        {signed && <SignedPdfButton quoteId={quote.id} />}
      </div>
      {signed ? (
        <dl className="flex flex-col gap-y-2 px-6 py-4" aria-label="Signature audit trail">
          <Row label="Signed by">
            {signed.signer_name} ({signed.signer_email})
          </Row>
          <Row label="Signed at">
            {formatDateTime(signed.signed_at)} (UTC {signed.signed_at})
          </Row>
          <Row label="Identified by">
            {signed.identified_by === "link" ? "The quote link" : "Portal login"}
          </Row>
          <Row label="IP address">{signed.ip ?? "–"}</Row>
          <Row label="Browser">{signed.user_agent ?? "–"}</Row>
          <Row label="Consent shown">{signed.consent_text}</Row>
          <Row label="Document SHA-256">
            <code className="break-all font-mono">{signed.document_sha256}</code>
          </Row>
          <Row label="PDF SHA-256">
            <code className="break-all font-mono">{signed.pdf_sha256}</code>
          </Row>
        </dl>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Not signed yet.
        </Text>
      )}
    </Container>
  )
}
