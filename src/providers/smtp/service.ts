import type { NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import type Mail from "nodemailer/lib/mailer"
import { parseSmtpOptions, type SmtpNotificationOptions } from "./options"

/** Medusa's attachment (base64 content) as nodemailer sends it. */
function attachment(file: NotificationTypes.Attachment): Mail.Attachment {
  return {
    filename: file.filename,
    content: file.content,
    encoding: "base64",
    contentType: file.content_type,
    contentDisposition: file.disposition === "inline" ? "inline" : "attachment",
    ...(file.id ? { cid: file.id } : {}),
  }
}

/**
 * Sends the portal's emails through the merchant's SMTP server
 * (docs/ARCHITECTURE.md, "Contact emails"): the subject, HTML, plain text and
 * attachments the caller composed in `content`. It never logs a notification's
 * `data` or content, which may carry a link token.
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-smtp"

  protected readonly transport_: Transporter
  protected readonly from_: string

  static validateOptions(options: Record<string, unknown>): void {
    parseSmtpOptions(options as SmtpNotificationOptions)
  }

  constructor(_container: Record<string, unknown>, options: SmtpNotificationOptions) {
    super()
    const { transport, from } = parseSmtpOptions(options)
    this.transport_ = nodemailer.createTransport(transport)
    this.from_ = from
  }

  async send(
    notification: NotificationTypes.ProviderSendNotificationDTO
  ): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const content = notification?.content
    if (notification?.channel !== "email" || !content?.subject || !(content.html || content.text)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The SMTP provider sends emails with a subject and a body; template "${notification?.template}" has none`
      )
    }
    try {
      const info = await this.transport_.sendMail({
        from: notification.from?.trim() || this.from_,
        to: notification.to,
        subject: content.subject,
        text: content.text,
        html: content.html,
        attachments: (notification.attachments ?? []).map(attachment),
        // Which email this is, for the merchant's mail logs and filters (and the tests' inbox).
        headers: { "X-Medusa-Template": notification.template },
      })
      return { id: info.messageId }
    } catch (error) {
      // nodemailer's message names the server's answer, never the email's content.
      const reason = error instanceof Error ? error.message : String(error)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `SMTP: ${reason}`)
    }
  }
}
