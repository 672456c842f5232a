import type { ReactElement } from "react"
import { printable } from "../../../lib/pdf/fonts"
import { formatLocalTime, formatUtc } from "../../../lib/pdf/format"
import { h } from "../../../lib/pdf/h"
import type { PdfContext } from "../../../lib/pdf/layout"
import pdfWords from "../../../shared/i18n/catalogs/en/pdf"
import type { SignatureRecord, SignedPdfInput } from "../document"

const EVENTS = pdfWords.certificate.events
const ACTORS = pdfWords.certificate.actors
import { footer, hasAgreement } from "./sections"

function describeIdentification(ctx: PdfContext, signature: SignatureRecord): string {
  if (signature.identified_by === "link") return ctx.t("certificate.by_link")
  return signature.customer_id
    ? ctx.t("certificate.by_login_customer", { customer: signature.customer_id })
    : ctx.t("certificate.by_login")
}

/** A timeline event's name in the reader's language ("sent", "signed"); unknown ones as they are. */
const eventName = (ctx: PdfContext, event: string) =>
  event in EVENTS
    ? ctx.t(`certificate.events.${event as keyof typeof EVENTS}`)
    : event.replace(/_/g, " ")

/** "customer", "staff", "system" in the reader's language; a signer's name and email as they are. */
const actorName = (ctx: PdfContext, actor: string) =>
  actor in ACTORS ? ctx.t(`certificate.actors.${actor as keyof typeof ACTORS}`) : actor

/**
 * "Supply agreement, version 2", and the language version signed when it was a translation:
 * "Liefervertrag, Fassung 2 (Deutsch)".
 */
export function agreementName(
  ctx: PdfContext,
  agreement: { name: string; version: number; language?: string | null }
): string {
  const values = { name: agreement.name, version: agreement.version }
  if (!agreement.language) return ctx.t("quote.agreement_named", values)
  const language =
    new Intl.DisplayNames([ctx.language], { type: "language" }).of(agreement.language) ??
    agreement.language
  return ctx.t("quote.agreement_named_language", { ...values, language })
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
    { size: "A4", style: styles.page, bookmark: ctx.t("certificate.title") },
    h(
      View,
      { style: styles.header, fixed: true },
      h(Text, { style: styles.certificateTitle }, ctx.t("certificate.title")),
      h(
        Text,
        { style: styles.documentSubtitle },
        ctx.t("quote.number", { number: document.quote.number })
      )
    ),
    row(ctx.t("certificate.quote_number"), document.quote.number),
    hasAgreement(document)
      ? row(ctx.t("certificate.agreement"), agreementName(ctx, document.agreement))
      : null,
    row(ctx.t("certificate.merchant"), document.merchant.name),
    row(ctx.t("certificate.signer_name"), signature.signer_name),
    row(ctx.t("certificate.signer_email"), signature.signer_email),
    row(ctx.t("certificate.identified_by"), describeIdentification(ctx, signature)),
    row(ctx.t("certificate.ip"), signature.ip ?? ctx.t("certificate.not_recorded")),
    row(ctx.t("certificate.user_agent"), signature.user_agent ?? ctx.t("certificate.not_recorded")),
    row(ctx.t("certificate.signed_utc"), formatUtc(signature.signed_at)),
    utc ? null : row(ctx.t("certificate.signed_local"), `${local(signature.signed_at)} (${zone})`),
    row(ctx.t("certificate.consent"), document.consent_text),

    h(Text, { style: styles.sectionTitle, minPresenceAhead: 40 }, ctx.t("certificate.audit_trail")),
    h(
      View,
      { style: styles.tableHead },
      h(
        Text,
        { style: styles.auditTimeCell },
        ctx.t(utc ? "certificate.time_utc" : "certificate.time_utc_local")
      ),
      h(Text, { style: styles.auditEventCell }, ctx.t("certificate.event")),
      h(Text, { style: styles.auditActorCell }, ctx.t("certificate.actor"))
    ),
    input.audit_trail.length === 0
      ? h(Text, { style: styles.tableRow }, ctx.t("certificate.no_events"))
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
        h(Text, { style: styles.auditEventCell }, eventName(ctx, entry.event)),
        h(Text, { style: styles.auditActorCell }, actorName(ctx, entry.actor))
      )
    ),

    h(
      View,
      { wrap: false },
      h(Text, { style: styles.sectionTitle }, ctx.t("certificate.fingerprints")),
      h(Text, { style: styles.label }, ctx.t("certificate.document_hash")),
      h(Text, { style: styles.hash }, input.document_sha256),
      h(Text, { style: styles.label }, ctx.t("certificate.signature_hash")),
      h(Text, { style: styles.hash }, input.signature_sha256),
      h(Text, { style: styles.note }, ctx.t("certificate.pdf_hash_note"))
    ),
    footer(ctx, document)
  )
}
