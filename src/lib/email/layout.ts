import { translator } from "../i18n"
import { accentColor } from "../pdf/branding"

/** Who an email comes from, as the portal shows it: the merchant's name and brand colour. */
export type EmailBranding = { name: string; primary_color?: string | null }

/** What an email says; every string is plain text, escaped here for the HTML part. */
export type EmailMessage = {
  subject: string
  /** "Hello Ana,"; none for staff alerts. */
  greeting?: string
  /** What happened, a paragraph each. */
  paragraphs: string[]
  /** Words someone wrote (e.g. staff's answer to a change request), set apart and quoted. */
  quote?: { author: string; text: string } | null
  /** The one thing to do: a button in the brand colour, and the full URL in the text part. */
  action?: { label: string; url: string } | null
  /** Small print under the button. */
  footer?: string[]
}

export type EmailContent = { subject: string; html: string; text: string }

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!
  )

const FONT = "-apple-system,'Segoe UI',Helvetica,Arial,sans-serif"
const paragraph = (text: string, style = "margin:0 0 16px") =>
  `<p style="${style}">${escapeHtml(text).replace(/\n/g, "<br>")}</p>`

/**
 * Every email the portal sends, in one layout (docs/ARCHITECTURE.md, "Contact
 * emails"): the merchant's name as the header in their colour, the paragraphs,
 * a button-style link, and a plain-text part that carries the full URL, so
 * the link works in any mail client.
 */
export function renderEmail(
  branding: EmailBranding,
  message: EmailMessage,
  /** The reader's language (docs/ARCHITECTURE.md, "Languages"): the layout's own words. */
  language = "en"
): EmailContent {
  const t = translator(language, "email")
  const { action, quote } = message
  const wrote = quote ? t("layout.wrote", { author: quote.author }) : ""
  const color = accentColor({ name: branding.name, primary_color: branding.primary_color ?? "" })
  const body = [
    message.greeting ? paragraph(message.greeting) : "",
    ...message.paragraphs.map((text) => paragraph(text)),
    quote
      ? `<p style="margin:0 0 4px;color:#6b7280;font-size:13px">${escapeHtml(wrote)}</p>` +
        `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:3px solid ${color};color:#374151">` +
        `${escapeHtml(quote.text).replace(/\n/g, "<br>")}</blockquote>`
      : "",
    action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;` +
        `background:${color};color:#ffffff;padding:10px 18px;border-radius:6px;` +
        `text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p>` +
        `<p style="margin:0 0 16px;color:#6b7280;font-size:13px">` +
        `${escapeHtml(t("layout.button_fallback"))}<br><a href="${escapeHtml(action.url)}" ` +
        `style="color:${color};word-break:break-all">${escapeHtml(action.url)}</a></p>`
      : "",
    ...(message.footer ?? []).map((text) =>
      paragraph(text, "margin:0 0 8px;color:#6b7280;font-size:13px")
    ),
  ].join("")
  const html =
    `<!doctype html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>${escapeHtml(message.subject)}</title></head>` +
    `<body style="margin:0;padding:24px 0;background:#f4f4f5">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;` +
    `background:#ffffff;border-radius:8px;font-family:${FONT};color:#111827;font-size:15px;line-height:1.5">` +
    `<tr><td style="background:${color};color:#ffffff;padding:16px 24px;font-size:18px;` +
    `font-weight:600;border-radius:8px 8px 0 0">${escapeHtml(branding.name)}</td></tr>` +
    `<tr><td style="padding:24px">${body}</td></tr></table></td></tr></table></body></html>`
  const text = [
    branding.name,
    message.greeting,
    ...message.paragraphs,
    quote ? `${wrote}\n${quote.text.replace(/^/gm, "> ")}` : undefined,
    action ? `${action.label}: ${action.url}` : undefined,
    ...(message.footer ?? []),
  ]
    .filter((part): part is string => !!part)
    .join("\n\n")
  return { subject: message.subject, html, text }
}
