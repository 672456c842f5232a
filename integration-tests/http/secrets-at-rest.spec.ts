import { createHash } from "node:crypto"
import { DistributedTransaction } from "@medusajs/framework/orchestration"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  agreementTemplateBody,
  createAdminUser,
  createSentQuote,
  createStore,
  signBody,
  tokenOf,
  quoteLink as link,
  waitFor,
} from "../helpers/fixtures"
import { captureDefaultLog } from "../helpers/log-capture"
import { mailCatcher } from "../helpers/mail"

jest.setTimeout(180_000)

/**
 * No raw link token at rest: not in any table (ours or Medusa's, notification
 * rows and workflow executions included), not in any workflow checkpoint
 * (the inputs and step outputs that the workflow engine persists for stored
 * workflows, in PostgreSQL or Redis), not in the server log (the access log
 * included). The email, read from the SMTP path, still carries the link.
 * (docs/ARCHITECTURE.md, "Security rules")
 */
const mail = mailCatcher()

medusaIntegrationTestRunner({
  inApp: true,
  // Medusa's request logger is off under NODE_ENV=test; run as in development.
  env: { NODE_ENV: "development" },
  testSuite: ({ api, getContainer, dbConnection }) => {
    /**
     * Records what the default log level prints and every workflow checkpoint,
     * until `restore()`.
     */
    function capture() {
      // At "debug" Medusa's router also prints request paths, link tokens included;
      // the README says not to run production at that level.
      const log = captureDefaultLog(getContainer())
      const restore: Array<() => void> = [log.restore]
      // Every checkpoint of every workflow, whether or not this one is stored.
      const checkpoints: string[] = []
      const saveCheckpoint = DistributedTransaction.prototype.saveCheckpoint
      DistributedTransaction.prototype.saveCheckpoint = function (
        this: InstanceType<typeof DistributedTransaction>,
        ...args: Parameters<typeof saveCheckpoint>
      ) {
        checkpoints.push(JSON.stringify({ flow: this.getFlow(), context: this.getContext() }))
        return saveCheckpoint.apply(this, args)
      }
      restore.push(() => (DistributedTransaction.prototype.saveCheckpoint = saveCheckpoint))

      return {
        logged: log.logged,
        checkpoints,
        restore: () => restore.forEach((undo) => undo()),
      }
    }

    /** Every row of every table, ours and Medusa's, as text. */
    async function dumpDatabase() {
      const { rows: tables } = await dbConnection.raw(
        `SELECT table_schema, table_name FROM information_schema.tables
         WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`
      )
      let dump = ""
      for (const { table_schema, table_name } of tables) {
        const { rows } = await dbConnection.raw(
          `SELECT t::text AS row FROM "${table_schema}"."${table_name}" t`
        )
        dump += rows.map((r: { row: string }) => r.row).join("\n")
      }
      return dump
    }

    /** A company with portal access, its members' admin path, and a publishable key. */
    async function portalCompany() {
      const admin = (await createAdminUser(getContainer())).headers
      const key = await api.post("/admin/api-keys", { title: "Portal", type: "publishable" }, admin)
      const store = { headers: { "x-publishable-api-key": key.data.api_key.token } }
      const company = (await api.post("/admin/portal/companies", { name: "Acme" }, admin)).data
        .company
      return { admin, store, members: `/admin/portal/companies/${company.id}/members` }
    }

    /** The invitation token in the last invitation email received. */
    const lastInvitationToken = async () =>
      /\/invite\/([A-Za-z0-9_-]{43})$/.exec(
        await mail.linkIn({ template: "portal-invitation" })
      )![1]

    it("keeps every sent token out of the database, the workflow storage and the log", async () => {
      const container = getContainer()
      const { logged, checkpoints, restore } = capture()
      try {
        const admin = (await createAdminUser(container)).headers
        const store = await createStore(container)
        const template = await api.post(
          "/admin/portal/agreement-templates",
          agreementTemplateBody(),
          admin
        )
        const tokens: string[] = []

        // A quote sent twice (the first token dies), opened, chosen from, asked about, accepted.
        const first = await createSentQuote(api, admin, store)
        tokens.push(first.token)
        const resent = await api.post(`/admin/portal/quotes/${first.quote.id}/send`, {}, admin)
        const live = tokenOf(resent.data.link.url)
        tokens.push(live)
        await api.get(link(live), store.storeHeaders)
        await api.post(link(live, "/selection"), { selected_item_ids: [] }, store.storeHeaders)
        await api.post(link(live, "/messages"), { body: "Lead time?" }, store.storeHeaders)
        await api.get(link(live, "/messages"), store.storeHeaders)
        await api.post(link(live, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
        await api.get(link(first.token), store.storeHeaders).catch(() => null)

        // A quote with an agreement, signed through its link; a third only opened.
        const signed = await createSentQuote(api, admin, store, {
          agreement_template_id: template.data.agreement_template.id,
        })
        tokens.push(signed.token)
        await api.post(link(signed.token, "/sign"), signBody(), store.storeHeaders)
        await api.get(link(signed.token, "/pdf"), store.storeHeaders)
        const opened = await createSentQuote(api, admin, store)
        tokens.push(opened.token)
        await api.get(link(opened.token), store.storeHeaders)

        // The buyer's email carried each link, in content only.
        const emailed = (await mail.all()).map((email) => JSON.stringify(email))
        for (const token of tokens) {
          expect(emailed.some((email) => email.includes(`/q/${token}`))).toBe(true)
        }

        const dump = await dumpDatabase()
        const log = logged.join("\n")

        // The capture worked: hashes are stored, the access log saw the link routes.
        expect(dump).toContain(createHash("sha256").update(live).digest("hex"))
        expect(checkpoints.some((c) => c.includes("portal-send-quote"))).toBe(true)
        expect(log).toContain("/store/portal/quote-links/:token")
        expect(dump).toContain("portal-quote-sent")

        for (const token of tokens) {
          expect({ token, inDatabase: dump.includes(token) }).toEqual({ token, inDatabase: false })
          expect({ token, inWorkflowStorage: checkpoints.some((c) => c.includes(token)) }).toEqual({
            token,
            inWorkflowStorage: false,
          })
          expect(logged.filter((line) => line.includes(token))).toEqual([])
        }
      } finally {
        restore()
      }
    })

    it("keeps invitation tokens and passwords out of the database, the workflow storage and the log", async () => {
      const container = getContainer()
      const { logged, checkpoints, restore } = capture()
      try {
        const { admin, store, members } = await portalCompany()
        const invited = async (email: string) => {
          const member = (await api.post(members, { customer: { email } }, admin)).data.member
          return member.id as string
        }
        const invite = async (memberId: string) => {
          await api.post(`${members}/${memberId}/invite`, {}, admin)
          return lastInvitationToken()
        }
        const accept = (token: string, password: string) =>
          api.post("/store/portal/invitations/accept", { token, password }, store).catch((e) => e)
        const password = "a password nobody else has 7"

        // Sent, resent (the first dies), accepted; another sent and revoked; a third accepted
        // twice, the second time refused; a wrong password against an existing login.
        const bea = await invited("bea@acme.test")
        const first = await invite(bea)
        const live = await invite(bea)
        await accept(first, password)
        await accept(live, password)
        const carl = await invited("carl@acme.test")
        const revoked = await invite(carl)
        await api.post(`${members}/${carl}/invitations/revoke`, {}, admin)
        await accept(revoked, password)
        const dora = await invited("dora@acme.test")
        const used = await invite(dora)
        await accept(used, password)
        await accept(used, password)
        const erin = await invited("erin@acme.test")
        await container.resolve(Modules.AUTH).register("emailpass", {
          body: { email: "erin@acme.test", password: "erin's own password 1" },
        })
        const wrongPassword = "a wrong password guess 9"
        await accept(await invite(erin), wrongPassword)
        const tokens = [first, live, revoked, used]

        const dump = await dumpDatabase()
        const log = logged.join("\n")
        // The capture worked: hashes are stored, the workflows and the route ran.
        expect(dump).toContain(createHash("sha256").update(live).digest("hex"))
        expect(checkpoints.some((c) => c.includes("portal-invite-member"))).toBe(true)
        expect(checkpoints.some((c) => c.includes("portal-accept-invitation"))).toBe(true)
        expect(log).toContain("/store/portal/invitations/accept")
        expect(dump).toContain("portal-invitation")

        for (const secret of [...tokens, password, wrongPassword]) {
          expect({ secret, inDatabase: dump.includes(secret) }).toEqual({
            secret,
            inDatabase: false,
          })
          expect({
            secret,
            inWorkflowStorage: checkpoints.some((c) => c.includes(secret)),
          }).toEqual({ secret, inWorkflowStorage: false })
          expect(logged.filter((line) => line.includes(secret))).toEqual([])
        }
      } finally {
        restore()
      }
    })

    it("keeps password reset tokens out of the database and the log", async () => {
      const { logged, restore } = capture()
      try {
        const { admin, store, members } = await portalCompany()
        const member = (await api.post(members, { customer: { email: "bea@acme.test" } }, admin))
          .data.member
        await api.post(`${members}/${member.id}/invite`, {}, admin)
        await api.post(
          "/store/portal/invitations/accept",
          { token: await lastInvitationToken(), password: "the first password 1" },
          store
        )

        // Asked twice (the first token dies unused), the second used to set a new password.
        const resetTokens: string[] = []
        for (let i = 0; i < 2; i++) {
          await api.post("/auth/customer/emailpass/reset-password", {
            identifier: "bea@acme.test",
            metadata: { portal: true },
          })
          const email = await waitFor(async () => {
            const emails = await mail.all({
              to: "bea@acme.test",
              template: "portal-password-reset",
            })
            return emails.length > i ? emails[i] : null
          })
          resetTokens.push(new URL(email.links[0]).searchParams.get("token")!)
        }
        const update = await api.post(
          "/auth/customer/emailpass/update",
          { password: "the second password 2" },
          { headers: { authorization: `Bearer ${resetTokens[1]}` } }
        )
        expect(update.status).toBe(200)

        const dump = await dumpDatabase()
        const log = logged.join("\n")
        // The capture worked: the reset routes and the email were seen.
        expect(log).toContain("/auth/customer/emailpass/reset-password")
        expect(dump).toContain("portal-password-reset")
        for (const token of resetTokens) {
          expect({ token, inDatabase: dump.includes(token) }).toEqual({ token, inDatabase: false })
          expect(logged.filter((line) => line.includes(token))).toEqual([])
        }
      } finally {
        restore()
      }
    })
  },
})
