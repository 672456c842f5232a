import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"

/**
 * The mail path in tests: a maildev SMTP server in this process, and Medusa
 * sending to it through the plugin's SMTP provider (medusa-config.ts uses it
 * whenever SMTP_URL is set). Tests read what a person would receive: the
 * recipients, subject, HTML, plain text, links and attachments.
 */

/** An email as maildev stored it (the fields tests read). */
type StoredEmail = {
  subject: string
  to: { address: string }[]
  from: { address: string; name?: string }[]
  html?: string
  text?: string
  headers: Record<string, string | string[]>
  attachments: { filename: string; contentType: string }[]
}

type RcptHandler = (
  address: { address: string },
  session: unknown,
  callback: (error?: Error) => void
) => void

type Storage = {
  initialize(): Promise<void>
  getAll(): Promise<StoredEmail[]>
  deleteAll(): Promise<number>
}
type SmtpServer = {
  /** smtp-server's own instance, whose handlers it calls per command. */
  smtp: { onRcptTo: RcptHandler }
  start(): Promise<void>
  stop(): Promise<void>
  getPort(): number
  on(event: "new", listener: () => void): void
}

export type ReceivedEmail = {
  to: string[]
  from: string
  subject: string
  html: string
  text: string
  /** The Medusa notification template it was sent for (the provider's X-Medusa-Template header). */
  template: string | null
  /** Every absolute link, from the HTML's hrefs and the plain text, in order, without repeats. */
  links: string[]
  attachments: { filename: string; contentType: string }[]
}

type Match = { to?: string; template?: string; subject?: string | RegExp }

const decodeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")

function received(email: StoredEmail): ReceivedEmail {
  const html = email.html ?? ""
  const text = email.text ?? ""
  const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => decodeHtml(m[1]))
  const inText = text.match(/https?:\/\/[^\s<>"]+/g) ?? []
  const template = email.headers["x-medusa-template"]
  return {
    to: email.to.map((address) => address.address),
    from: email.from[0]?.address ?? "",
    subject: email.subject,
    html,
    text,
    template: (Array.isArray(template) ? template[0] : template) ?? null,
    links: [...new Set([...hrefs, ...inText].filter((link) => /^https?:\/\//.test(link)))],
    attachments: email.attachments.map(({ filename, contentType }) => ({ filename, contentType })),
  }
}

const matches = (email: ReceivedEmail, match: Match) =>
  (!match.to || email.to.includes(match.to)) &&
  (!match.template || email.template === match.template) &&
  (!match.subject ||
    (typeof match.subject === "string"
      ? email.subject === match.subject
      : match.subject.test(email.subject)))

export type MailCatcher = ReturnType<typeof mailCatcher>

/**
 * Starts maildev's SMTP server on a free port in a top-level `beforeAll`, before Medusa boots,
 * and points SMTP_URL at it; call it above medusaIntegrationTestRunner (or
 * portalTestRunner). Every email the server sends is then readable here.
 */
export function mailCatcher() {
  let smtp: SmtpServer | undefined
  let storage: Storage | undefined
  let mailDir: string | undefined
  const saved = { SMTP_URL: process.env.SMTP_URL, SMTP_FROM: process.env.SMTP_FROM }
  const waiters = new Set<() => void>()
  const refused = new Set<string>()

  beforeAll(async () => {
    // maildev's own SMTP server and in-memory store, without its web inbox (whose
    // server jest cannot load). ESM-only packages: dynamic imports, which swc
    // leaves as they are (jest.config.js).
    const { MemoryStorage } = (await import("@maildev/core")) as unknown as {
      MemoryStorage: new () => Storage
    }
    const { SMTPServer } = (await import("@maildev/smtp")) as unknown as {
      SMTPServer: new (options: Record<string, unknown>) => SmtpServer
    }
    storage = new MemoryStorage()
    await storage.initialize()
    mailDir = await mkdtemp(join(tmpdir(), "portal-mail-"))
    smtp = new SMTPServer({ port: 0, host: "127.0.0.1", storage, mailDir, logger: false })
    await smtp.start()
    const accept = smtp.smtp.onRcptTo.bind(smtp.smtp)
    smtp.smtp.onRcptTo = (address, session, callback) =>
      refused.has(address.address.toLowerCase())
        ? callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }))
        : accept(address, session, callback)
    smtp.on("new", () => waiters.forEach((wake) => wake()))
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.getPort()}`
    process.env.SMTP_FROM = "Client portal <portal@merchant.test>"
  })

  afterAll(async () => {
    await smtp?.stop()
    if (mailDir) await rm(mailDir, { recursive: true, force: true })
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  })

  const all = async (match: Match = {}) => {
    if (!storage) throw new Error("mailCatcher(): the mail server has not started")
    const emails = (await storage.getAll()).map(received)
    return emails.filter((email) => matches(email, match))
  }

  /**
   * The first email matching, once it has arrived. Medusa sends most emails
   * before the request answers (maildev stores a message before it accepts
   * it); those sent from subscribers arrive a moment later, so this waits for
   * the next delivery rather than polling, up to `timeout` ms.
   */
  async function next(match: Match, timeout = 15_000): Promise<ReceivedEmail> {
    const deadline = Date.now() + timeout
    for (;;) {
      let timer: ReturnType<typeof setTimeout> | undefined
      let wake = () => {}
      const arrived = new Promise<void>((resolve) => {
        wake = () => (waiters.delete(wake), clearTimeout(timer), resolve())
        waiters.add(wake)
        timer = setTimeout(wake, Math.max(0, deadline - Date.now()))
      })
      const found = await all(match)
      if (found.length) {
        wake()
        return found[found.length - 1]
      }
      if (Date.now() >= deadline) {
        throw new Error(`No email matching ${JSON.stringify(match)} arrived`)
      }
      await arrived
    }
  }

  return {
    /** The emails received so far, oldest first, optionally only those matching. */
    all,
    /** The latest email matching, waiting for it to arrive. */
    latest: next,
    /** The single link in the latest matching email that starts with `prefix` (e.g. the portal's URL). */
    async linkIn(match: Match, prefix = "http"): Promise<string> {
      const email = await next(match)
      const link = email.links.find((candidate) => candidate.startsWith(prefix))
      if (!link) throw new Error(`The email "${email.subject}" has no link starting ${prefix}`)
      return link
    },
    /** The server answers 550 for these recipients (a mailbox that does not exist); none: accept all again. */
    refuse: (...addresses: string[]) => {
      refused.clear()
      addresses.forEach((address) => refused.add(address.toLowerCase()))
    },
    /** Forgets every email received (e.g. in beforeEach). */
    clear: async () => void (await storage?.deleteAll()),
  }
}
