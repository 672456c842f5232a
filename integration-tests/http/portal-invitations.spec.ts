import { createHash, randomBytes } from "node:crypto"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PORTAL_MODULE } from "../../src/modules/portal"
import { ACCOUNTS_MODULE } from "../../src/modules/accounts"
import type AccountsModuleService from "../../src/modules/accounts/service"
import type PortalModuleService from "../../src/modules/portal/service"
import { createAdminUser, Headers, settle, type TestResponse } from "../helpers/fixtures"
import { mailCatcher } from "../helpers/mail"
import { untranslated } from "../../src/lib/i18n"

jest.setTimeout(180_000)

const ACCEPT = "/store/portal/invitations/accept"
const PASSWORD = "correct horse battery"

/**
 * The invitation lifecycle (docs/ARCHITECTURE.md, "Security rules"): staff
 * invite a member, the link in the email is single-use, expires, can be
 * revoked and resent; accepting creates or checks the contact's emailpass
 * login and answers a token the member routes take. Raw tokens at rest:
 * secrets-at-rest.spec.ts. Emails are read from the SMTP path (helpers/mail.ts).
 */
const mail = mailCatcher()

medusaIntegrationTestRunner({
  inApp: true,
  // Refused tokens count towards the per-address budget; these tests refuse on purpose.
  env: { PORTAL_LINK_FAILURE_LIMIT: "1000" },
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let storeKey: string

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
      const key = await api.post("/admin/api-keys", { title: "Portal", type: "publishable" }, admin)
      storeKey = key.data.api_key.token
      await mail.clear()
    })

    const store = (extra: Record<string, string> = {}) => ({
      headers: { "x-publishable-api-key": storeKey, ...extra },
    })
    const portal = (): PortalModuleService => getContainer().resolve(PORTAL_MODULE)
    const accounts = (): AccountsModuleService => getContainer().resolve(ACCOUNTS_MODULE)
    const storeName = async () =>
      (await getContainer().resolve(Modules.STORE).listStores({}, { take: 1 }))[0].name
    const identitiesOf = (email: string) =>
      getContainer()
        .resolve(Modules.AUTH)
        .listProviderIdentities({ provider: "emailpass", entity_id: email })

    async function company(name: string, allow_portal = true) {
      const res = await api.post("/admin/portal/companies", { name, allow_portal }, admin)
      return res.data.company.id as string
    }

    async function member(companyId: string, body: Record<string, unknown>) {
      const res = await api.post(`/admin/portal/companies/${companyId}/members`, body, admin)
      return res.data.member as { id: string; customer_id: string }
    }

    const memberPath = (companyId: string, memberId: string) =>
      `/admin/portal/companies/${companyId}/members/${memberId}`

    /** Invites and returns the token from the email sent, which is the only place it appears. */
    async function invite(companyId: string, memberId: string) {
      const res = await api.post(`${memberPath(companyId, memberId)}/invite`, {}, admin)
      expect(res.status).toBe(201)
      const link = await mail.linkIn({ template: "portal-invitation" })
      const token = /\/invite\/([A-Za-z0-9_-]{43})$/.exec(link)![1]
      expect(JSON.stringify(res.data)).not.toContain(token)
      return { token, res }
    }

    const accept = (body: Record<string, unknown>) => settle(api.post(ACCEPT, body, store()))

    async function invitationStatus(companyId: string, memberId: string) {
      const res = await api.get(`/admin/portal/companies/${companyId}/members`, admin)
      return res.data.members.find((m: { id: string }) => m.id === memberId).invitation_status
    }

    const expectNeutral404 = (res: TestResponse) => {
      expect(res.status).toBe(404)
      expect(res.data.message).toBe("This invitation is not valid. Ask the sender for a new one.")
    }

    it("invites by email with the hash stored, accepts once and logs the contact in", async () => {
      const acme = await company("Acme")
      const bea = await member(acme, { customer: { email: "bea@acme.test" } })
      expect(await invitationStatus(acme, bea.id)).toBe("none")

      const { token, res } = await invite(acme, bea.id)
      expect(res.data.invitation).toMatchObject({ email: "bea@acme.test", status: "invited" })
      expect(res.data.member.invitation_status).toBe("invited")
      // The email a person opens: the merchant's name and colour, one absolute link to the
      // portal's invitation page (in the button and the plain text), which accepts below.
      const email = await mail.latest({ to: "bea@acme.test", template: "portal-invitation" })
      expect(email.subject).toBe("Your Acme portal login")
      expect(email.links).toEqual([`http://localhost:5173/invite/${token}`])
      expect(email.text).toContain(`http://localhost:5173/invite/${token}`)
      const settings = await portal().getSettings()
      expect(email.html).toContain(settings.primary_color)
      expect(email.html).toContain(`>${await storeName()}<`)
      const [row] = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: "bea@acme.test", template: "portal-invitation" })
      expect(row).toMatchObject({ provider_id: "smtp", status: "success" })
      expect(JSON.stringify(row.data)).not.toContain(token)
      const [stored] = await accounts().listPortalInvitations({ member_id: bea.id })
      expect(stored.token_hash).toBe(createHash("sha256").update(token).digest("hex"))
      expect(JSON.stringify(stored)).not.toContain(token)

      const accepted = await accept({ token, password: PASSWORD, first_name: "Bea" })
      expect(accepted.status).toBe(200)
      expect(accepted.headers["cache-control"]).toBe("no-store")
      const me = await api.get(
        "/store/portal/me",
        store({ authorization: `Bearer ${accepted.data.token}` })
      )
      expect(me.status).toBe(200)
      expect(me.data.contact).toMatchObject({ id: bea.customer_id, email: "bea@acme.test" })
      expect(me.data.companies.map((c: { id: string }) => c.id)).toEqual([acme])

      // Medusa's own login now works with that password, for the same customer.
      const login = await api.post("/auth/customer/emailpass", {
        email: "bea@acme.test",
        password: PASSWORD,
      })
      expect(login.status).toBe(200)
      const identities = await identitiesOf("bea@acme.test")
      expect(identities).toHaveLength(1)
      const identity = await getContainer()
        .resolve(Modules.AUTH)
        .retrieveAuthIdentity(identities[0].auth_identity_id!)
      expect(identity.app_metadata).toEqual({ customer_id: bea.customer_id })
      const customer = await getContainer()
        .resolve(Modules.CUSTOMER)
        .retrieveCustomer(bea.customer_id)
      expect(customer).toMatchObject({ has_account: true, first_name: "Bea" })
      expect(await invitationStatus(acme, bea.id)).toBe("active")

      // Single use.
      expectNeutral404(await accept({ token, password: PASSWORD }))
      const events = await api.get(`/admin/portal/companies/${acme}/events`, admin)
      expect(events.data.events.map((e: { type: string }) => e.type)).toEqual(
        expect.arrayContaining(["invitation_sent", "invitation_accepted"])
      )
    })

    it("writes the invitation in the company's language, or the contact's own once chosen", async () => {
      const created = await api.post(
        "/admin/portal/companies",
        { name: "Bergmann", language: "de" },
        admin
      )
      expect(created.data.company.language).toBe("de")
      const bergmann = created.data.company.id as string
      const jonas = await member(bergmann, { customer: { email: "jonas@bergmann.test" } })
      await invite(bergmann, jonas.id)
      const german = await mail.latest({ to: "jonas@bergmann.test", template: "portal-invitation" })
      expect(german.subject).toBe("Ihr Portalzugang für Bergmann")
      expect(german.html).toContain('<html lang="de">')
      expect(german.text).toContain("Passwort festlegen")
      // Not one English sentence of the catalogs (their words between the {{values}}).
      expect(untranslated(`${german.subject}\n${german.text}`, "email", "de")).toEqual([])

      // The contact's own choice comes before the company's.
      const preferences = await accounts().ensureContactPreferences(jonas.customer_id)
      await accounts().updatePortalContactPreferences({ id: preferences.id, language: "fr" })
      await mail.clear()
      await invite(bergmann, jonas.id)
      const french = await mail.latest({ to: "jonas@bergmann.test", template: "portal-invitation" })
      expect(french.subject).toBe("Votre accès au portail pour Bergmann")

      // A language without a catalog is refused, and the company keeps its own.
      const refused = await settle(
        api.post(`/admin/portal/companies/${bergmann}`, { language: "xx" }, admin)
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/de, en, fr/)
      const kept = await api.get(`/admin/portal/companies/${bergmann}`, admin)
      expect(kept.data.company.language).toBe("de")
    })

    it("answers unknown, malformed, expired, used and revoked tokens with one 404", async () => {
      const acme = await company("Acme")
      const bea = await member(acme, { customer: { email: "bea@acme.test" } })
      expectNeutral404(
        await accept({ token: randomBytes(32).toString("base64url"), password: PASSWORD })
      )
      expectNeutral404(await accept({ token: "not-a-token", password: PASSWORD }))

      const expired = await invite(acme, bea.id)
      const [row] = await accounts().listPortalInvitations({ member_id: bea.id })
      await accounts().updatePortalInvitations({
        id: row.id,
        expires_at: new Date(Date.now() - 1000),
      })
      expect(await invitationStatus(acme, bea.id)).toBe("expired")
      expectNeutral404(await accept({ token: expired.token, password: PASSWORD }))

      const revoked = await invite(acme, bea.id)
      const revoke = await api.post(`${memberPath(acme, bea.id)}/invitations/revoke`, {}, admin)
      expect(revoke.data.revoked_invitation_ids).toHaveLength(1)
      expect(revoke.data.member.invitation_status).toBe("revoked")
      expectNeutral404(await accept({ token: revoked.token, password: PASSWORD }))

      expect(await identitiesOf("bea@acme.test")).toHaveLength(0)
      const events = await api.get(`/admin/portal/companies/${acme}/events`, admin)
      expect(events.data.events.map((e: { type: string }) => e.type)).toContain(
        "invitation_revoked"
      )
    })

    it("tells the holder of an invitation link its state before anything is typed, and nothing more", async () => {
      const acme = await company("Acme Tools")
      const bea = await member(acme, { customer: { email: "bea@acme.test" } })
      const check = (token: string) =>
        settle(api.get(`/store/portal/invitations/${token}`, store()))

      const { token } = await invite(acme, bea.id)
      const valid = await check(token)
      expect(valid.status).toBe(200)
      expect(valid.data).toEqual({
        status: "valid",
        company_name: "Acme Tools",
        email: "bea@acme.test",
      })
      expect(valid.headers["cache-control"]).toBe("no-store")
      expect(valid.headers["referrer-policy"]).toBe("no-referrer")
      expectNeutral404(await check(randomBytes(32).toString("base64url")))
      expectNeutral404(await check("not-a-token"))
      expect(
        (await settle(api.get(`/store/portal/invitations/${token}?x=1`, store()))).status
      ).toBe(400)

      // A weak password is refused in the rule's words and leaves the invitation usable.
      const weak = await accept({ token, password: "short pw" })
      expect(weak.status).toBe(400)
      expect(weak.data.message).toContain("Password: at least 10 characters.")
      expect((await check(token)).data.status).toBe("valid")
      expect((await accept({ token, password: PASSWORD })).status).toBe(200)
      expect((await check(token)).data).toEqual({ status: "used", company_name: "Acme Tools" })

      const cal = await member(acme, { customer: { email: "cal@acme.test" } })
      const expiring = await invite(acme, cal.id)
      const [row] = await accounts().listPortalInvitations({ member_id: cal.id })
      await accounts().updatePortalInvitations({ id: row.id, expires_at: new Date(Date.now() - 1) })
      expect((await check(expiring.token)).data.status).toBe("expired")
      const revoked = await invite(acme, cal.id)
      await api.post(`${memberPath(acme, cal.id)}/invitations/revoke`, {}, admin)
      expect((await check(revoked.token)).data.status).toBe("revoked")
      // Accepting a live invitation of a company without portal access is refused: it reads revoked.
      const live = await invite(acme, cal.id)
      await api.post(`/admin/portal/companies/${acme}`, { allow_portal: false }, admin)
      expect((await check(live.token)).data).toEqual({
        status: "revoked",
        company_name: "Acme Tools",
      })
    })

    it("revokes the earlier invitation when staff resend", async () => {
      const acme = await company("Acme")
      const bea = await member(acme, { customer: { email: "bea@acme.test" } })
      const first = await invite(acme, bea.id)
      const second = await invite(acme, bea.id)

      expectNeutral404(await accept({ token: first.token, password: PASSWORD }))
      expect((await accept({ token: second.token, password: PASSWORD })).status).toBe(200)
      const events = await api.get(`/admin/portal/companies/${acme}/events`, admin)
      expect(events.data.events.map((e: { type: string }) => e.type)).toEqual(
        expect.arrayContaining(["invitation_sent", "invitation_resent", "invitation_accepted"])
      )
    })

    it("creates one identity when ten accepts of one invitation arrive at once", async () => {
      const acme = await company("Acme")
      const bea = await member(acme, { customer: { email: "bea@acme.test" } })
      const { token } = await invite(acme, bea.id)

      const results = await Promise.all(
        Array.from({ length: 10 }, () => accept({ token, password: PASSWORD }))
      )
      expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(404)])
      expect(await identitiesOf("bea@acme.test")).toHaveLength(1)
      const { data: accepted } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "portal_access_event",
          fields: ["id"],
          filters: { type: "invitation_accepted" },
        })
      expect(accepted).toHaveLength(1)
    })

    it("binds the guest customer record with the same email, creating no second customer", async () => {
      const guest = await api.post(
        "/admin/customers",
        { email: "guest@acme.test", first_name: "Gus" },
        admin
      )
      expect(guest.data.customer.has_account).toBe(false)
      const acme = await company("Acme")
      const gus = await member(acme, { customer_id: guest.data.customer.id })
      const { token } = await invite(acme, gus.id)

      const accepted = await accept({ token, password: PASSWORD })
      expect(accepted.status).toBe(200)
      const customers = await getContainer()
        .resolve(Modules.CUSTOMER)
        .listCustomers({ email: "guest@acme.test" })
      expect(customers.map((c) => [c.id, c.has_account])).toEqual([[guest.data.customer.id, true]])
      const me = await api.get(
        "/store/portal/me",
        store({ authorization: `Bearer ${accepted.data.token}` })
      )
      expect(me.data.contact.id).toBe(guest.data.customer.id)
    })

    it("requires the existing password when the email already has a login, and takes nothing over", async () => {
      // An admin user with the same email: Medusa keys emailpass identities by email across actors.
      const container = getContainer()
      const auth = container.resolve(Modules.AUTH)
      const user = await container
        .resolve(Modules.USER)
        .createUsers({ email: "sam@acme.test", first_name: "Sam" })
      const registered = await auth.register("emailpass", {
        body: { email: "sam@acme.test", password: "the admin password" },
      })
      await auth.updateAuthIdentities({
        id: registered.authIdentity!.id,
        app_metadata: { user_id: user.id },
      })
      const acme = await company("Acme")
      const sam = await member(acme, { customer: { email: "sam@acme.test" } })
      const { token } = await invite(acme, sam.id)

      const wrong = await accept({ token, password: PASSWORD })
      expect(wrong.status).toBe(401)
      expect(wrong.data.message).toContain("already has a login")
      const untouched = await auth.retrieveAuthIdentity(registered.authIdentity!.id)
      expect(untouched.app_metadata).toEqual({ user_id: user.id })
      expect(await invitationStatus(acme, sam.id)).toBe("invited")

      const right = await accept({ token, password: "the admin password" })
      expect(right.status).toBe(200)
      expect(await identitiesOf("sam@acme.test")).toHaveLength(1)
      const bound = await auth.retrieveAuthIdentity(registered.authIdentity!.id)
      expect(bound.app_metadata).toEqual({ user_id: user.id, customer_id: sam.customer_id })
      const me = await api.get(
        "/store/portal/me",
        store({ authorization: `Bearer ${right.data.token}` })
      )
      expect(me.status).toBe(200)
      expect(me.data.contact.id).toBe(sam.customer_id)
    })

    it("finds the login of the email whatever its case, and makes no second one", async () => {
      const auth = getContainer().resolve(Modules.AUTH)
      const registered = await auth.register("emailpass", {
        body: { email: "lee_1@acme.test", password: "lee's own password" },
      })
      // A look-alike that only matches if `_` were a wildcard.
      await auth.register("emailpass", {
        body: { email: "leex1@acme.test", password: "someone else's" },
      })
      // Medusa keeps a customer's email as typed.
      const customer = await api.post("/admin/customers", { email: "Lee_1@Acme.test" }, admin)
      expect(customer.data.customer.email).toBe("Lee_1@Acme.test")
      const acme = await company("Acme")
      const lee = await member(acme, { customer_id: customer.data.customer.id })
      const { token } = await invite(acme, lee.id)

      const wrong = await accept({ token, password: PASSWORD })
      expect(wrong.status).toBe(401)
      expect(await identitiesOf("Lee_1@Acme.test")).toHaveLength(0)
      expect(await invitationStatus(acme, lee.id)).toBe("invited")

      const right = await accept({ token, password: "lee's own password" })
      expect(right.status).toBe(200)
      expect(await identitiesOf("Lee_1@Acme.test")).toHaveLength(0)
      const bound = await auth.retrieveAuthIdentity(registered.authIdentity!.id)
      expect(bound.app_metadata).toEqual({ customer_id: lee.customer_id })
      const login = await api.post("/auth/customer/emailpass", {
        email: "lee_1@acme.test",
        password: "lee's own password",
      })
      const me = await api.get(
        "/store/portal/me",
        store({ authorization: `Bearer ${login.data.token}` })
      )
      expect(me.data.contact.id).toBe(lee.customer_id)
    })

    it("refuses a login bound to another customer record", async () => {
      const container = getContainer()
      const auth = container.resolve(Modules.AUTH)
      const registered = await auth.register("emailpass", {
        body: { email: "kim@acme.test", password: PASSWORD },
      })
      await auth.updateAuthIdentities({
        id: registered.authIdentity!.id,
        app_metadata: { customer_id: "cus_someone_else" },
      })
      const acme = await company("Acme")
      const kim = await member(acme, { customer: { email: "kim@acme.test" } })
      const { token } = await invite(acme, kim.id)

      const refused = await accept({ token, password: PASSWORD })
      expect(refused.status).toBe(409)
      const identity = await auth.retrieveAuthIdentity(registered.authIdentity!.id)
      expect(identity.app_metadata).toEqual({ customer_id: "cus_someone_else" })
      expect(await invitationStatus(acme, kim.id)).toBe("invited")
    })

    it("refuses invitations for a withdrawn company, a disabled member or another company's member", async () => {
      const acme = await company("Acme")
      const closed = await company("Closed", false)
      const bea = await member(acme, { customer: { email: "bea@acme.test" } })
      const carl = await member(closed, { customer: { email: "carl@closed.test" } })
      const invitePath = (companyId: string, memberId: string) =>
        `${memberPath(companyId, memberId)}/invite`

      const withdrawn = await settle(api.post(invitePath(closed, carl.id), {}, admin))
      expect(withdrawn.status).toBe(409)
      const otherCompany = await settle(api.post(invitePath(acme, carl.id), {}, admin))
      expect(otherCompany.status).toBe(404)
      const revokeOther = await settle(
        api.post(`${memberPath(acme, carl.id)}/invitations/revoke`, {}, admin)
      )
      expect(revokeOther.status).toBe(404)

      await api.post(memberPath(acme, bea.id), { status: "disabled" }, admin)
      const disabled = await settle(api.post(invitePath(acme, bea.id), {}, admin))
      expect(disabled.status).toBe(409)
      expect(await mail.all()).toEqual([])
      expect(await accounts().listPortalInvitations({})).toEqual([])
    })

    it("refuses to accept once the company's portal access is withdrawn", async () => {
      const acme = await company("Acme")
      const bea = await member(acme, { customer: { email: "bea@acme.test" } })
      const { token } = await invite(acme, bea.id)
      await api.post(`/admin/portal/companies/${acme}`, { allow_portal: false }, admin)

      expect((await accept({ token, password: PASSWORD })).status).toBe(409)
      expect(await identitiesOf("bea@acme.test")).toHaveLength(0)
    })

    it("needs the publishable key", async () => {
      const res = await settle(api.post(ACCEPT, { token: "x".repeat(43), password: PASSWORD }))
      expect(res.status).toBe(400)
    })
  },
})
