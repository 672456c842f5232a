// The demo's local mail catcher: maildev's SMTP server, which keeps every email it
// receives, and its web inbox (with a REST API at /api/email), both on loopback
// only. Each run starts with an empty inbox in a temp dir, deleted on stop.
import { mkdtempSync, rmSync } from "node:fs"
import net from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"

const HOST = "127.0.0.1"

/**
 * Starts maildev on `smtpPort` and `webPort` when free (0, or a taken port:
 * one the system picks). Answers the ports it bound and `stop()`.
 */
export async function startMailCatcher({ smtpPort = 1025, webPort = 1080 } = {}) {
  const { MailDev } = await import("maildev")
  const mailDirectory = mkdtempSync(join(tmpdir(), "portal-demo-mail-"))
  const maildev = new MailDev({
    smtp: (await portFree(smtpPort)) ? smtpPort : 0,
    ip: HOST,
    web: (await portFree(webPort)) ? webPort : 0,
    webIp: HOST,
    // A new dir, so nothing older is restored into the inbox.
    mailDirectory,
    silent: true,
  })
  let servers
  try {
    servers = await maildev.start()
  } catch (error) {
    rmSync(mailDirectory, { recursive: true, force: true })
    throw error
  }
  return {
    smtpPort: servers.smtp.getAddress().port,
    webPort: servers.api.getAddress().port,
    host: HOST,
    async stop() {
      await maildev.stop().catch(() => {})
      rmSync(mailDirectory, { recursive: true, force: true })
    },
  }
}

/** Whether `port` can be bound on loopback now (0 always can). */
function portFree(port) {
  if (!port) return Promise.resolve(false)
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, HOST, () => server.close(() => resolve(true)))
  })
}
