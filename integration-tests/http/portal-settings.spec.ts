import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { STAFF_ALERT_KEYS } from "../../src/shared/portal-settings"
import { createDepositInvoiceWorkflow } from "../../src/workflows/billing"
import {
  updatePortalSettingsStep,
  UpdatePortalSettingsWorkflowInput,
} from "../../src/workflows/portal"
import {
  createAcceptedQuote,
  createAdminUser,
  createCustomerToken,
  createSentQuote,
  createStore,
  enablePaymentProviders,
  Headers,
  settle,
  Store,
  quoteLink as link,
} from "../helpers/fixtures"

jest.setTimeout(120_000)

const SETTINGS = "/admin/portal/settings"

const DEFAULT_SETTINGS = {
  display_name: null,
  logo_url: null,
  primary_color: "#1d4ed8",
  default_validity_days: 30,
  default_deposit_percent: null,
  consent_text: null,
  notification_recipients: Object.fromEntries(
    STAFF_ALERT_KEYS.map((key) => [key, { user_ids: [], staff_group_ids: [], template: null }])
  ),
  auto_balance_invoice: false,
  stock_display: "off",
  low_stock_threshold: 5,
  show_incoming: false,
  allow_quote_requests: false,
  allow_place_order: false,
  hide_prices: false,
  portal_discount_percent: 0,
  documents_enabled: false,
  work_requests_enabled: false,
  conversations_enabled: false,
  clients_may_start_conversations: true,
}
const STAFF_GROUPS = "/admin/portal/staff-groups"

/** Staff save the settings, then something later in the same workflow fails. */
const failAfterSaving = createStep("test-fail-after-saving-settings", async () => {
  throw new Error("The next step failed")
})
const saveThenFailWorkflow = createWorkflow(
  "test-save-portal-settings-then-fail",
  (input: UpdatePortalSettingsWorkflowInput) => {
    updatePortalSettingsStep(input)
    failAfterSaving()
    return new WorkflowResponse(void 0)
  }
)

/** Names the store as the merchant does under Settings → Store. */
async function nameStore(container: MedusaContainer, name: string) {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores({}, { take: 1 })
  if (store) await stores.updateStores(store.id, { name })
  else await stores.createStores({ name })
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store

    const readSettings = async () => (await api.get(SETTINGS, admin)).data.settings

    beforeEach(async () => {
      const container = getContainer()
      admin = (await createAdminUser(container)).headers
      store = await createStore(container)
    })

    describe("staff reading and saving the settings", () => {
      it("answers the defaults before anything was saved", async () => {
        const res = await api.get(SETTINGS, admin)

        expect(res.status).toBe(200)
        expect(res.data.settings).toEqual({
          id: expect.stringMatching(/^psett_/),
          ...DEFAULT_SETTINGS,
          created_at: expect.any(String),
          updated_at: expect.any(String),
        })
      })

      it("saves only the fields sent and shows them on the next read", async () => {
        const res = await api.post(
          SETTINGS,
          {
            display_name: "  Acme Storage  ",
            logo_url: "https://cdn.acme.test/logo.png",
            primary_color: "#0B7A75",
            default_deposit_percent: 25,
          },
          admin
        )

        expect(res.status).toBe(200)
        const saved = {
          ...DEFAULT_SETTINGS,
          display_name: "Acme Storage",
          logo_url: "https://cdn.acme.test/logo.png",
          primary_color: "#0B7A75",
          default_deposit_percent: 25,
        }
        expect(res.data.settings).toMatchObject(saved)
        expect(await readSettings()).toMatchObject(saved)

        await api.post(SETTINGS, { default_validity_days: 90, logo_url: "/static/logo.png" }, admin)
        expect(await readSettings()).toMatchObject({
          ...saved,
          default_validity_days: 90,
          logo_url: "/static/logo.png",
        })
      })

      it("puts a text setting back to its fallback when it is sent as null or blank", async () => {
        await api.post(
          SETTINGS,
          { display_name: "Acme Storage", consent_text: "I agree.", default_deposit_percent: 10 },
          admin
        )

        await api.post(
          SETTINGS,
          { display_name: null, consent_text: "   ", default_deposit_percent: null },
          admin
        )

        expect(await readSettings()).toMatchObject({
          display_name: null,
          consent_text: null,
          default_deposit_percent: null,
        })
      })

      it.each([
        ["a colour name", { primary_color: "blue" }, /primary_color must be a hex colour/],
        ["a short hex colour", { primary_color: "#fff" }, /primary_color must be a hex colour/],
        ["a javascript: logo", { logo_url: "javascript:alert(1)" }, /logo_url must be/],
        ["a protocol-relative logo", { logo_url: "//evil.test/logo.png" }, /logo_url must be/],
        ["a relative logo path", { logo_url: "static/logo.png" }, /logo_url must be/],
        ["a validity of 0 days", { default_validity_days: 0 }, /default_validity_days/],
        ["a validity of 366 days", { default_validity_days: 366 }, /default_validity_days/],
        ["a validity in part days", { default_validity_days: 1.5 }, /default_validity_days/],
        ["a deposit over 100%", { default_deposit_percent: 101 }, /default_deposit_percent/],
        ["a display name of 201 characters", { display_name: "x".repeat(201) }, /display_name/],
        ["an unknown setting", { show_prices_to_guests: true }, /show_prices_to_guests/],
        ["an unknown stock display", { stock_display: "exact" }, /stock_display/],
        ["a negative low-stock threshold", { low_stock_threshold: -1 }, /low_stock_threshold/],
        ["a threshold in part units", { low_stock_threshold: 2.5 }, /low_stock_threshold/],
        ["a discount over 100%", { portal_discount_percent: 100.5 }, /portal_discount_percent/],
        ["a discount as text", { portal_discount_percent: "10" }, /portal_discount_percent/],
        ["a switch as text", { hide_prices: "yes" }, /hide_prices/],
        [
          "hidden prices with placing orders on",
          { hide_prices: true, allow_place_order: true },
          /allow_place_order cannot be on while hide_prices is on/,
        ],
        [
          "an alert template that is no name",
          { notification_recipients: { order_placed: { template: "../etc/passwd" } } },
          /template/,
        ],
        [
          "an unknown staff group",
          { notification_recipients: { quote_requested: { staff_group_ids: ["psgrp_nope"] } } },
          /unknown staff groups: psgrp_nope/,
        ],
      ])("refuses %s with a 400 and saves nothing", async (_case, change, message) => {
        await api.post(SETTINGS, { display_name: "Acme Storage" }, admin)
        const before = await readSettings()

        // A valid change sent alongside must not be saved either.
        const res = await settle(
          api.post(SETTINGS, { default_validity_days: 45, ...change }, admin)
        )

        expect(res.status).toBe(400)
        expect(res.data).toMatchObject({ type: "invalid_data", message: expect.any(String) })
        expect(res.data.message).toMatch(message)
        expect(await readSettings()).toEqual(before)
      })

      it("refuses callers who are not staff", async () => {
        const customerToken = await createCustomerToken(
          getContainer(),
          store.customer.id,
          store.customer.email
        )
        const asCustomer = { headers: { authorization: `Bearer ${customerToken}` } }
        const change = { display_name: "Hijacked" }

        const responses = await Promise.all([
          settle(api.get(SETTINGS)),
          settle(api.post(SETTINGS, change)),
          settle(api.get(SETTINGS, asCustomer)),
          settle(api.post(SETTINGS, change, asCustomer)),
        ])

        expect(responses.map((res) => res.status)).toEqual([401, 401, 401, 401])
        expect((await readSettings()).display_name).toBeNull()
      })

      it("puts back the previous values when a later step of the workflow fails", async () => {
        await api.post(SETTINGS, { display_name: "Acme Storage", primary_color: "#0b7a75" }, admin)
        const before = await readSettings()

        const { errors } = await saveThenFailWorkflow(getContainer()).run({
          input: { display_name: "Half-saved", primary_color: "#000000" },
          throwOnError: false,
        })

        expect(errors.map((error) => error.error.message)).toEqual(["The next step failed"])
        const after = await readSettings()
        expect(after).toMatchObject({
          display_name: before.display_name,
          primary_color: before.primary_color,
        })
      })
    })

    describe("catalog and ordering settings", () => {
      it("saves the stock, price and ordering settings and reads them back", async () => {
        const changes = {
          stock_display: "indication",
          low_stock_threshold: 3,
          show_incoming: true,
          allow_quote_requests: true,
          allow_place_order: true,
          portal_discount_percent: 7.5,
        }

        const res = await api.post(SETTINGS, changes, admin)

        expect(res.status).toBe(200)
        expect(res.data.settings).toMatchObject({ ...changes, hide_prices: false })
        expect(await readSettings()).toMatchObject(changes)
      })

      it("turns placing orders off when prices are hidden, and refuses it back on", async () => {
        await api.post(SETTINGS, { allow_place_order: true, allow_quote_requests: true }, admin)

        const hidden = await api.post(SETTINGS, { hide_prices: true }, admin)

        expect(hidden.data.settings).toMatchObject({
          hide_prices: true,
          allow_place_order: false,
          allow_quote_requests: true,
        })
        const refused = await settle(api.post(SETTINGS, { allow_place_order: true }, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/hide_prices/)
        const shown = await api.post(
          SETTINGS,
          { hide_prices: false, allow_place_order: true },
          admin
        )
        expect(shown.data.settings).toMatchObject({ hide_prices: false, allow_place_order: true })
      })

      it("answers the Client Portal sales channel and its publishable key, made once", async () => {
        const [first, second] = await Promise.all([
          api.get(SETTINGS, admin),
          api.get(SETTINGS, admin),
        ])

        const channel = first.data.portal_channel
        expect(channel).toEqual({
          sales_channel: { id: expect.stringMatching(/^sc_/), name: "Client Portal" },
          publishable_key: { id: expect.stringMatching(/^apk_/), token: expect.any(String) },
        })
        expect(second.data.portal_channel).toEqual(channel)
        const keys = await api.get(
          `/admin/api-keys?type=publishable&q=Client%20Portal&fields=id,title,*sales_channels`,
          admin
        )
        const live = keys.data.api_keys.filter(
          (key: { title: string }) => key.title === "Client Portal"
        )
        expect(live).toHaveLength(1)
        expect(live[0].sales_channels.map((sc: { id: string }) => sc.id)).toEqual([
          channel.sales_channel.id,
        ])
        // The key opens the store API.
        const products = await api.get("/store/products", {
          headers: { "x-publishable-api-key": channel.publishable_key.token },
        })
        expect(products.status).toBe(200)
      })

      it("makes a new key when the merchant revoked the portal's", async () => {
        const before = (await api.get(SETTINGS, admin)).data.portal_channel
        await api.post(`/admin/api-keys/${before.publishable_key.id}/revoke`, {}, admin)

        const after = (await api.get(SETTINGS, admin)).data.portal_channel

        expect(after.sales_channel).toEqual(before.sales_channel)
        expect(after.publishable_key.id).not.toBe(before.publishable_key.id)
      })
    })

    describe("staff groups", () => {
      it("creates, lists, renames, changes and deletes a group, recording who did it", async () => {
        const sales = await createAdminUser(getContainer(), "sales@example.com")
        const created = await api.post(
          STAFF_GROUPS,
          { name: "  Sales desk ", user_ids: [sales.user.id, sales.user.id] },
          admin
        )

        expect(created.status).toBe(201)
        const group = created.data.staff_group
        expect(group).toEqual({
          id: expect.stringMatching(/^psgrp_/),
          name: "Sales desk",
          user_ids: [sales.user.id],
          users: [expect.objectContaining({ id: sales.user.id, email: "sales@example.com" })],
          created_by: expect.stringMatching(/^user_/),
          updated_by: expect.stringMatching(/^user_/),
          created_at: expect.any(String),
          updated_at: expect.any(String),
        })
        expect((await api.get(STAFF_GROUPS, admin)).data).toMatchObject({
          staff_groups: [{ id: group.id, name: "Sales desk" }],
          count: 1,
        })

        const renamed = await api.post(
          `${STAFF_GROUPS}/${group.id}`,
          { name: "Inside sales", user_ids: [] },
          admin
        )
        expect(renamed.data.staff_group).toMatchObject({ name: "Inside sales", users: [] })
        expect((await api.get(`${STAFF_GROUPS}/${group.id}`, admin)).data.staff_group.name).toBe(
          "Inside sales"
        )

        const deleted = await api.delete(`${STAFF_GROUPS}/${group.id}`, admin)
        expect(deleted.data).toEqual({ id: group.id, object: "portal_staff_group", deleted: true })
        expect((await settle(api.get(`${STAFF_GROUPS}/${group.id}`, admin))).status).toBe(404)
      })

      it.each([
        ["no name", { user_ids: [] }, 400, /name/],
        ["a blank name", { name: "  ", user_ids: [] }, 400, /name/],
        ["an unknown user", { name: "Ops", user_ids: ["user_nope"] }, 400, /user_nope/],
        ["an unknown field", { name: "Ops", user_ids: [], email: "x" }, 400, /email/],
        ["a name taken in another case", { name: "SALES", user_ids: [] }, 409, /already exists/],
      ])("refuses %s", async (_case, body, status, message) => {
        await api.post(STAFF_GROUPS, { name: "Sales", user_ids: [] }, admin)

        const res = await settle(api.post(STAFF_GROUPS, body, admin))

        expect(res.status).toBe(status)
        expect(res.data.message).toMatch(message)
        expect((await api.get(STAFF_GROUPS, admin)).data.count).toBe(1)
      })

      it("refuses a malformed id, and deleting a group an alert still goes to", async () => {
        const group = (await api.post(STAFF_GROUPS, { name: "Ops", user_ids: [] }, admin)).data
          .staff_group
        await api.post(
          SETTINGS,
          {
            notification_recipients: {
              quote_requested: { staff_group_ids: [group.id], template: "ops-quote-requested" },
            },
          },
          admin
        )

        expect((await settle(api.get(`${STAFF_GROUPS}/nope`, admin))).status).toBe(400)
        const refused = await settle(api.delete(`${STAFF_GROUPS}/${group.id}`, admin))
        expect(refused.status).toBe(409)
        expect(refused.data.message).toMatch(/quote_requested/)
        expect((await readSettings()).notification_recipients.quote_requested).toEqual({
          user_ids: [],
          staff_group_ids: [group.id],
          template: "ops-quote-requested",
        })
      })
    })

    describe("branding on the buyer's quote page", () => {
      it("shows the store's name, the default colour and no logo until staff brand the portal", async () => {
        await nameStore(getContainer(), "Acme Supplies")
        const { token } = await createSentQuote(api, admin, store)

        const res = await api.get(link(token), store.storeHeaders)

        expect(res.data.branding).toEqual({
          name: "Acme Supplies",
          logo_url: null,
          primary_color: "#1d4ed8",
        })
      })

      it("shows the display name, logo and colour staff saved", async () => {
        await nameStore(getContainer(), "Acme Supplies")
        await api.post(
          SETTINGS,
          {
            display_name: "Acme Storage Ltd",
            logo_url: "/static/acme.png",
            primary_color: "#0b7a75",
          },
          admin
        )
        const { token } = await createSentQuote(api, admin, store)

        const res = await api.get(link(token), store.storeHeaders)

        expect(res.data.branding).toEqual({
          name: "Acme Storage Ltd",
          logo_url: "/static/acme.png",
          primary_color: "#0b7a75",
        })
      })

      it("goes back to the store's name when the display name is cleared", async () => {
        await nameStore(getContainer(), "Acme Supplies")
        await api.post(SETTINGS, { display_name: "Acme Storage Ltd" }, admin)
        await api.post(SETTINGS, { display_name: null }, admin)
        const { token } = await createSentQuote(api, admin, store)

        const res = await api.get(link(token), store.storeHeaders)

        expect(res.data.branding.name).toBe("Acme Supplies")
      })
    })

    describe("payment providers on the buyer's invoices", () => {
      async function depositInvoice() {
        const accepted = await createAcceptedQuote(api, admin, store)
        const { result: invoice } = await createDepositInvoiceWorkflow(getContainer()).run({
          input: {
            order_id: accepted.order_id,
            quote_id: accepted.quote.id,
            amount: 300,
            currency_code: "usd",
          },
        })
        return { token: accepted.token, invoice }
      }

      it("lists the providers enabled in the region of the invoice's order", async () => {
        await enablePaymentProviders(getContainer(), store.region.id)
        const { token, invoice } = await depositInvoice()

        const list = await api.get(link(token, "/invoices"), store.storeHeaders)

        expect(list.data.invoices).toEqual([
          expect.objectContaining({ id: invoice.id, payment_providers: ["pp_system_default"] }),
        ])
        // The order the region came from is not part of the buyer's view.
        expect(list.data.invoices[0].order).toBeUndefined()
      })

      it("lists the provider the buyer then pays with", async () => {
        await enablePaymentProviders(getContainer(), store.region.id)
        const { token, invoice } = await depositInvoice()
        const list = await api.get(link(token, "/invoices"), store.storeHeaders)
        const [provider_id] = list.data.invoices[0].payment_providers

        const session = await api.post(
          link(token, `/invoices/${invoice.id}/payment-sessions`),
          { provider_id },
          store.storeHeaders
        )

        expect(session.status).toBe(201)
        expect(session.data.invoice.payment_providers).toEqual(["pp_system_default"])
      })

      it("lists none when the region has no payment provider enabled", async () => {
        const { token } = await depositInvoice()

        const list = await api.get(link(token, "/invoices"), store.storeHeaders)

        expect(list.data.invoices[0].payment_providers).toEqual([])
      })
    })
  },
})
