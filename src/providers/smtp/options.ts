import { MedusaError } from "@medusajs/framework/utils"
import type SMTPTransport from "nodemailer/lib/smtp-transport"

/**
 * The SMTP provider's options, as a merchant writes them in medusa-config:
 * either `url` (`smtp://user:pass@host:587`, `smtps://…:465`) or `host` with
 * `port`, `secure` and `auth`; `from` is the sender of every email.
 */
export type SmtpNotificationOptions = {
  url?: string
  host?: string
  port?: number | string
  secure?: boolean
  auth?: { user?: string; pass?: string }
  from?: string
  /** Medusa's own provider option: the channels this provider serves (["email"]). */
  channels?: string[]
}

export type SmtpSettings = { transport: SMTPTransport.Options; from: string }

const invalid = (reason: string) =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `SMTP notification provider: ${reason} (see README, "Email").`
  )

/** An address alone or "Name <address>", the forms nodemailer sends as From. */
const FROM = /^(?:[^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/

function port(value: number | string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > 65535) {
    throw invalid(`port must be a whole number from 1 to 65535, got "${value}"`)
  }
  return number
}

/** Reads `url` without ever repeating it in an error: it may carry the password. */
function fromUrl(url: string): SMTPTransport.Options {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw invalid("url is not a URL; expected smtp://user:pass@host:587 or smtps://…")
  }
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") {
    throw invalid(`url must start with smtp:// or smtps://, not ${parsed.protocol}//`)
  }
  if (!parsed.hostname) throw invalid("url has no host")
  const secure = parsed.protocol === "smtps:"
  const user = decodeURIComponent(parsed.username)
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ""),
    port: port(parsed.port) ?? (secure ? 465 : 587),
    secure,
    ...(user ? { auth: { user, pass: decodeURIComponent(parsed.password) } } : {}),
  }
}

/**
 * Checks the options when Medusa loads the provider, so a mistyped setting
 * stops the server at boot with a sentence instead of failing each email.
 */
export function parseSmtpOptions(options: SmtpNotificationOptions | undefined): SmtpSettings {
  const from = options?.from?.trim()
  if (!from) throw invalid('"from" is required, e.g. "Acme <orders@acme.test>"')
  if (!FROM.test(from)) {
    throw invalid(`"from" must be an address or "Name <address>", got "${from}"`)
  }
  const url = options?.url?.trim()
  if (url && options?.host) throw invalid('give either "url" or "host", not both')
  if (url) return { transport: fromUrl(url), from }
  const host = options?.host?.trim()
  if (!host) throw invalid('"url" or "host" is required')
  const user = options?.auth?.user
  if (options?.auth && (!user || typeof options.auth.pass !== "string")) {
    throw invalid('"auth" needs both "user" and "pass"')
  }
  const secure = options?.secure ?? false
  if (typeof secure !== "boolean") throw invalid('"secure" must be true or false')
  return {
    transport: {
      host,
      port: port(options?.port) ?? (secure ? 465 : 587),
      secure,
      ...(user ? { auth: { user, pass: options!.auth!.pass } } : {}),
    },
    from,
  }
}
