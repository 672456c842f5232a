import type { ReactElement } from "react"
import { printable } from "../../../lib/pdf/fonts"
import { formatLocalTime, formatUtc } from "../../../lib/pdf/format"
import { h } from "../../../lib/pdf/h"
import type { PdfContext } from "../../../lib/pdf/layout"
import type { SignatureRecord, SignedPdfInput } from "../document"
import { footer, hasAgreement } from "./sections"

function describeIdentification(signature: SignatureRecord): string {
  return signature.identified_by === "link"
    ? "Secure quote link (a token unique to this quote, sent by email)"
    : `Portal login (signed-in customer account${signature.customer_id ? ` ${signature.customer_id}` : ""})`
}

/**
 * The last page of a signed agreement: who signed what, how, when, and the hashes to check
 * it later. Its title repeats on every page it spans, so the file's last page is always
 * recognisably the certificate.
 */
export function certificatePage(ctx: PdfContext, input: SignedPdfInput): ReactElement {
  const { Page, View, Text } = ctx.pdf
  const { styles } = ctx
  const { document, signature } = input
  const local = (date: Date) => printable(formatLocalTime(date, ctx.dates))
  // In UTC the local time says the same as the exact instant: printed once, under one name.
  const zone = ctx.dates.time_zone
  const utc = zone === "UTC"

  const row = (label: string, value: string) =>
    h(
      View,
      { style: styles.certificateRow, wrap: false },
      h(Text, { style: styles.certificateLabel }, label),
      h(Text, { style: styles.certificateValue }, value)
    )

  return h(
    Page,
    { size: "A4", style: styles.page, bookmark: "Signature certificate" },
    h(
      View,
      { style: styles.header, fixed: true },
      h(Text, { style: styles.certificateTitle }, "Signature certificate"),
      h(Text, { style: styles.documentSubtitle }, `Quote ${document.quote.number}`)
    ),
    row("Quote number", document.quote.number),
    hasAgreement(document)
      ? row("Agreement", `${document.agreement.name}, version ${document.agreement.version}`)
      : null,
    row("Merchant", document.merchant.name),
    row("Signer name", signature.signer_name),
    row("Signer email", signature.signer_email),
    row("Identified by", describeIdentification(signature)),
    row("IP address", signature.ip ?? "not recorded"),
    row("User agent", signature.user_agent ?? "not recorded"),
    row("Signed (exact UTC)", formatUtc(signature.signed_at)),
    utc ? null : row("Signed (local time)", `${local(signature.signed_at)} (${zone})`),
    row("Consent given", document.consent_text),

    h(Text, { style: styles.sectionTitle, minPresenceAhead: 40 }, "Audit trail"),
    h(
      View,
      { style: styles.tableHead },
      h(Text, { style: styles.auditTimeCell }, utc ? "Time (UTC)" : "Time (UTC, local)"),
      h(Text, { style: styles.auditEventCell }, "Event"),
      h(Text, { style: styles.auditActorCell }, "Actor")
    ),
    input.audit_trail.length === 0
      ? h(Text, { style: styles.tableRow }, "No events recorded.")
      : null,
    ...input.audit_trail.map((entry) =>
      h(
        View,
        { style: styles.tableRow, wrap: false },
        h(
          View,
          { style: styles.auditTimeCell },
          h(Text, { style: styles.auditUtc }, entry.at.toISOString()),
          utc ? null : h(Text, { style: styles.auditLocal }, local(entry.at))
        ),
        h(Text, { style: styles.auditEventCell }, entry.event),
        h(Text, { style: styles.auditActorCell }, entry.actor)
      )
    ),

    h(
      View,
      { wrap: false },
      h(Text, { style: styles.sectionTitle }, "Fingerprints (SHA-256)"),
      h(
        Text,
        { style: styles.label },
        "Agreement document as signed (canonical JSON of the text, selection and totals)"
      ),
      h(Text, { style: styles.hash }, input.document_sha256),
      h(Text, { style: styles.label }, "Signature image (PNG)"),
      h(Text, { style: styles.hash }, input.signature_sha256),
      h(
        Text,
        { style: styles.note },
        "The SHA-256 of this PDF file itself is recorded by the merchant at the moment of " +
          "signing. Anyone holding this file can compute its SHA-256 (for example with " +
          "`sha256sum`) and ask the merchant to verify it against that record: any change " +
          "to the file, however small, produces a different hash."
      )
    ),
    footer(ctx, document)
  )
}
