import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { STAFF_ALERT_KEYS } from "../../src/shared/portal-settings"
import { AGREEMENT_MODULE } from "../../src/modules/agreement"
import { untranslated } from "../../src/lib/i18n"
import { mailCatcher } from "../helpers/mail"
import { consentText } from "../../src/modules/agreement/build-document"
import type AgreementModuleService from "../../src/modules/agreement/service"
import {
  createAdminUser,
  createSentQuote,
  createStore,
  Headers,
  quoteBody,
  settle,
  Store,
  waitFor,
  quoteLink as link,
} from "../helpers/fixtures"
import { drawnSignature } from "../helpers/signature"

jest.setTimeout(180_000)

const SETTINGS = "/admin/portal/settings"
const QUOTES = "/admin/portal/quotes"
const DAY_MS = 24 * 60 * 60 * 1000

const nobody = (user_ids: string[] = []) => ({ user_ids, staff_group_ids: [], template: null })
const NO_RECIPIENTS = Object.fromEntries(STAFF_ALERT_KEYS.map((key) => [key, nobody()]))

// Staff alerts are read as they arrive (helpers/mail.ts).
const mail = mailCatcher()

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let adminUserId: string
    let store: Store
    const saveSettings = (changes: Record<string, unknown>) => api.post(SETTINGS, changes, admin)

    beforeEach(async () => {
      const created = await createAdminUser(getContainer())
      admin = created.headers
      adminUserId = created.user.id
      store = await createStore(getContainer())
    })

    describe("the consent sentence", () => {
      async function quoteWithAgreement() {
        const template = await api.post(
          "/admin/portal/agreement-templates",
          { name: "Supply agreement", body: "Agreement for quote {{quote.number}}." },
          admin
        )
        return createSentQuote(api, admin, store, {
          agreement_template_id: template.data.agreement_template.id,
        })
      }

      const sign = (token: string) =>
        api.post(
          link(token, "/sign"),
          {
            selected_item_ids: [],
            signer_name: "Bea Buyer",
            signer_email: "bea@acme.test",
            signature: drawnSignature(),
            consent: true,
          },
          store.storeHeaders
        )

      async function signedConsent(quoteId: string) {
        const agreements = getContainer().resolve<AgreementModuleService>(AGREEMENT_MODULE)
        const [signed] = await agreements.listPortalSignedAgreements({ quote_id: quoteId })
        return signed.consent_text
      }

      it("is the one staff saved: the buyer sees it and signing records it", async () => {
        const sentence = "I, the buyer, accept this agreement and sign it electronically."
        await saveSettings({ consent_text: sentence })
        const { quote, token } = await quoteWithAgreement()

        const view = await api.get(link(token), store.storeHeaders)
        expect(view.data.agreement.consent_text).toBe(sentence)

        const signed = await sign(token)
        expect(signed.status).toBe(200)
        expect(await signedConsent(quote.id)).toBe(sentence)
      })

      it("is offered to staff as the fallback of a blank consent setting", async () => {
        const res = await api.get(SETTINGS, admin)

        expect(res.data.fallbacks).toEqual({ consent_text: consentText() })
      })

      it("is the default sentence until staff set one, and again once they clear it", async () => {
        await saveSettings({ consent_text: "A sentence that is later cleared." })
        await saveSettings({ consent_text: null })
        const { quote, token } = await quoteWithAgreement()

        const view = await api.get(link(token), store.storeHeaders)
        expect(view.data.agreement.consent_text).toBe(consentText())

        await sign(token)
        expect(await signedConsent(quote.id)).toBe(consentText())
      })
    })

    describe("the default validity", () => {
      it("gives a quote sent without a validity the number of days staff set", async () => {
        await saveSettings({ default_validity_days: 7 })
        const before = Date.now()

        const { quote, link: sentLink } = await createSentQuote(api, admin, store, {
          valid_until: null,
        })

        const validUntil = new Date(quote.valid_until).getTime()
        expect(validUntil).toBeGreaterThanOrEqual(before + 7 * DAY_MS)
        expect(validUntil).toBeLessThanOrEqual(Date.now() + 7 * DAY_MS)
        expect(new Date(sentLink.expires_at).getTime()).toBeGreaterThanOrEqual(validUntil)
      })

      it("keeps the validity staff gave the quote", async () => {
        await saveSettings({ default_validity_days: 7 })
        const chosen = new Date(Date.now() + 60 * DAY_MS)

        const { quote } = await createSentQuote(api, admin, store, {
          valid_until: chosen.toISOString(),
        })

        expect(new Date(quote.valid_until).getTime()).toBe(chosen.getTime())
      })

      it("is 30 days when staff never changed it", async () => {
        const before = Date.now()

        const { quote } = await createSentQuote(api, admin, store, { valid_until: null })

        const validUntil = new Date(quote.valid_until).getTime()
        expect(validUntil).toBeGreaterThanOrEqual(before + 30 * DAY_MS)
        expect(validUntil).toBeLessThanOrEqual(Date.now() + 30 * DAY_MS)
      })
    })

    describe("the default deposit", () => {
      it("gives a quote created without a deposit the percentage staff set", async () => {
        await saveSettings({ default_deposit_percent: 25 })

        const res = await api.post(QUOTES, quoteBody(store), admin)

        expect(res.status).toBe(201)
        expect(res.data.quote).toMatchObject({ deposit_percent: 25, deposit_amount: null })
        // 2000 + 250 + 1500 (pre-selected Printer P2) = 3750; 25% = 937.50.
        expect(res.data.quote.totals).toMatchObject({ total: 3750, deposit_due: 937.5 })
      })

      it.each([
        ["a deposit percentage", { deposit_percent: 10 }, { deposit_percent: 10 }],
        [
          "a deposit amount",
          { deposit_amount: 500 },
          { deposit_percent: null, deposit_amount: 500 },
        ],
        ["no deposit (null)", { deposit_percent: null }, { deposit_percent: null }],
      ])("keeps %s staff chose for the quote", async (_case, deposit, expected) => {
        await saveSettings({ default_deposit_percent: 25 })

        const res = await api.post(QUOTES, quoteBody(store, deposit), admin)

        expect(res.data.quote).toMatchObject(expected)
      })

      it("asks no deposit when staff set no default", async () => {
        const res = await api.post(QUOTES, quoteBody(store), admin)

        expect(res.data.quote).toMatchObject({ deposit_percent: null, deposit_amount: null })
      })
    })

    describe("staff notifications", () => {
      async function viewedAlertsTo(email: string, expected = 1) {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        return waitFor(async () => {
          const found = await notifications.listNotifications({
            to: email,
            template: "portal-staff-quote-viewed",
          })
          return found.length >= expected ? found : null
        })
      }

      it("lists nobody extra for any alert by default", async () => {
        const res = await api.get(SETTINGS, admin)

        expect(res.data.settings.notification_recipients).toEqual(NO_RECIPIENTS)
      })

      it("saves the users listed per alert, each once, and the alerts left out as empty", async () => {
        const sales = await createAdminUser(getContainer(), "sales@example.com")

        const res = await saveSettings({
          notification_recipients: {
            quote_viewed: [sales.user.id, sales.user.id],
            quote_accepted: [adminUserId, sales.user.id],
          },
        })

        expect(res.status).toBe(200)
        const expected = {
          ...NO_RECIPIENTS,
          quote_viewed: nobody([sales.user.id]),
          quote_accepted: nobody([adminUserId, sales.user.id]),
        }
        expect(res.data.settings.notification_recipients).toEqual(expected)
        expect((await api.get(SETTINGS, admin)).data.settings.notification_recipients).toEqual(
          expected
        )
      })

      it("alerts a user listed for the alert even when nobody is assigned to the quote", async () => {
        const sales = await createAdminUser(getContainer(), "sales@example.com")
        await saveSettings({ notification_recipients: { quote_viewed: [sales.user.id] } })
        const { token } = await createSentQuote(api, admin, store)

        await api.get(link(token), store.storeHeaders)

        expect(await viewedAlertsTo("sales@example.com")).toHaveLength(1)
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        expect(await notifications.listNotifications({ to: "admin@example.com" })).toHaveLength(0)
      })

      it("alerts staff in the store's language, whatever the quote's", async () => {
        const sales = await createAdminUser(getContainer(), "sales@example.com")
        await saveSettings({ notification_recipients: { quote_viewed: [sales.user.id] } })
        const { quote, token } = await createSentQuote(api, admin, store, { language: "fr" })
        await mail.clear()
        const previous = process.env.PORTAL_LOCALE
        process.env.PORTAL_LOCALE = "de-DE"
        try {
          await api.get(link(token), store.storeHeaders)
          const content = await mail.latest({
            to: "sales@example.com",
            template: "portal-staff-quote-viewed",
          })
          expect(content.subject).toBe(`${quote.number} wurde vom Käufer geöffnet`)
          expect(content.text).toContain("Angebot im Admin öffnen")
          expect(untranslated(`${content.subject}\n${content.text}`, "email", "de")).toEqual([])
        } finally {
          if (previous === undefined) delete process.env.PORTAL_LOCALE
          else process.env.PORTAL_LOCALE = previous
        }
      })

      it("alerts the assigned users and the listed ones, a user in both once", async () => {
        const sales = await createAdminUser(getContainer(), "sales@example.com")
        await saveSettings({
          notification_recipients: { quote_viewed: [sales.user.id, adminUserId] },
        })
        const { token } = await createSentQuote(api, admin, store, {
          assigned_user_ids: [adminUserId],
        })

        await api.get(link(token), store.storeHeaders)

        expect(await viewedAlertsTo("sales@example.com")).toHaveLength(1)
        expect(await viewedAlertsTo("admin@example.com")).toHaveLength(1)
      })

      it("does not alert a user listed only for another alert", async () => {
        const sales = await createAdminUser(getContainer(), "sales@example.com")
        await saveSettings({ notification_recipients: { quote_declined: [sales.user.id] } })
        const { token } = await createSentQuote(api, admin, store, {
          assigned_user_ids: [adminUserId],
        })

        await api.get(link(token), store.storeHeaders)

        await viewedAlertsTo("admin@example.com")
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        expect(await notifications.listNotifications({ to: "sales@example.com" })).toHaveLength(0)
      })

      it("alerts the users of a listed staff group with the template the settings name", async () => {
        const sales = await createAdminUser(getContainer(), "sales@example.com")
        const group = await api.post(
          "/admin/portal/staff-groups",
          { name: "Sales desk", user_ids: [sales.user.id] },
          admin
        )
        await saveSettings({
          notification_recipients: {
            quote_viewed: {
              staff_group_ids: [group.data.staff_group.id],
              template: "sales-desk-quote-viewed",
            },
          },
        })
        const { token } = await createSentQuote(api, admin, store)

        await api.get(link(token), store.storeHeaders)

        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const sent = await waitFor(async () => {
          const found = await notifications.listNotifications({ to: "sales@example.com" })
          return found.length ? found : null
        })
        expect(sent.map((notification) => notification.template)).toEqual([
          "sales-desk-quote-viewed",
        ])
      })

      it.each([
        ["an id that is no admin user", { quote_viewed: ["user_unknown"] }, /user_unknown/],
        ["an unknown alert", { quote_shipped: [] }, /quote_shipped/],
        ["ids that are not a list", { quote_viewed: "user_1" }, /quote_viewed/],
      ])("refuses %s with a 400 and saves nothing", async (_case, recipients, message) => {
        const before = (await api.get(SETTINGS, admin)).data.settings

        const res = await settle(
          api.post(
            SETTINGS,
            { display_name: "Not saved", notification_recipients: recipients },
            admin
          )
        )

        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        expect((await api.get(SETTINGS, admin)).data.settings).toEqual(before)
      })
    })
  },
})
