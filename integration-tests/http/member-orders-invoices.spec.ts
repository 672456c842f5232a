import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BILLING_MODULE } from "../../src/modules/billing"
import type BillingModuleService from "../../src/modules/billing/service"
import { CUSTOMER_PERMISSIONS } from "../../src/shared/permissions"
import { waitUntilPaid } from "../helpers/billing"
import {
  createAcceptedQuote,
  createAdminUser,
  createCustomerToken,
  createShippingOption,
  createStore,
  createTaxRegion,
  enablePaymentProviders,
  type Headers,
  settle,
  shipOrderItems,
  type Store,
  asMember,
  portalAccounts,
  quoteLink,
} from "../helpers/fixtures"
import { pdfText } from "../helpers/pdf-text"
import { untranslated } from "../../src/lib/i18n"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store
    let acme: string
    let shippingOptionId: string

    const accounts = () => portalAccounts(api, admin, getContainer())
    const company = async (name: string) => (await accounts().company(name)).id
    const team = async (name: string, permissions: readonly string[]) =>
      (await accounts().team(name, permissions)).id
    const addMember = async (companyId: string, customerId: string, teamIds: string[]) =>
      (await accounts().addMember(companyId, customerId, teamIds)).id
    const contact = (email: string) => accounts().contact(email)
    const as = (token: string, companyId?: string) => asMember(store, token, companyId)
    /** An order of a company from an accepted quote with a 30% deposit and flat-rate shipping. */
    const orderFor = async (companyId: string) => {
      const { order_id } = await createAcceptedQuote(api, admin, store, {
        company_id: companyId,
        deposit_percent: 30,
        shipping_option_id: shippingOptionId,
      })
      return order_id
    }

    /** The store's customer buys for Acme and Rival: Rival's id and the customer's token. */
    const buyerOfTwo = async () => {
      const rival = await company("Rival")
      const buyers = await team("Buyers", CUSTOMER_PERMISSIONS)
      await addMember(acme, store.customer.id, [buyers])
      await addMember(rival, store.customer.id, [buyers])
      const token = await createCustomerToken(
        getContainer(),
        store.customer.id,
        store.customer.email
      )
      return { rival, token }
    }

    beforeEach(async () => {
      const container = getContainer()
      admin = (await createAdminUser(container)).headers
      store = await createStore(container)
      await enablePaymentProviders(container, store.region.id)
      shippingOptionId = (await createShippingOption(container, store, 40)).id
      acme = await company("Acme")
    })

    it("shows a contact of two companies each one's orders and invoices, shipping, the PDF and paying", async () => {
      const { rival, token } = await buyerOfTwo()
      await createTaxRegion(getContainer(), "us", 7.25)
      const acmeOrder = await orderFor(acme)
      const rivalOrder = await orderFor(rival)

      // Each company sees its own order, with its quote and Medusa's totals, and nothing else.
      const listed = await api.get("/store/portal/orders", as(token, acme))
      expect(listed.headers["cache-control"]).toBe("no-store")
      expect(listed.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
      expect(listed.data.orders).toEqual([
        expect.objectContaining({
          id: acmeOrder,
          display_id: expect.any(Number),
          status: "placed",
          tracking_numbers: [],
          currency_code: "usd",
          total: expect.any(Number),
          quote: { id: expect.any(String), number: expect.stringMatching(/^Q-\d+$/) },
        }),
      ])
      expect(listed.data.orders[0]).not.toHaveProperty("customer_id")
      const rivals = (await api.get("/store/portal/orders", as(token, rival))).data.orders
      expect(rivals.map((order: { id: string }) => order.id)).toEqual([rivalOrder])
      const foreign = await settle(api.get(`/store/portal/orders/${rivalOrder}`, as(token, acme)))
      expect(foreign.status).toBe(404)

      const acmeInvoices = (await api.get("/store/portal/invoices", as(token, acme))).data
      expect(acmeInvoices.invoices).toEqual([
        expect.objectContaining({
          kind: "deposit",
          status: "unpaid",
          order: expect.objectContaining({ id: acmeOrder }),
        }),
      ])
      const invoice = acmeInvoices.invoices[0]
      const rivalInvoices = (await api.get("/store/portal/invoices", as(token, rival))).data
        .invoices
      expect(rivalInvoices.map((row: { order: { id: string } }) => row.order.id)).toEqual([
        rivalOrder,
      ])
      const foreignInvoice = await settle(
        api.get(`/store/portal/invoices/${rivalInvoices[0].id}/pdf`, as(token, acme))
      )
      expect(foreignInvoice.status).toBe(404)

      // The merchant fulfils the service line and ships it with a tracking number.
      const order = (await api.get(`/admin/orders/${acmeOrder}?fields=*items`, admin)).data.order
      const line = order.items.find((item: { title: string }) => item.title === "Installation")
      await shipOrderItems(api, admin, acmeOrder, [{ id: line.id, quantity: 1 }])
      const detail = (await api.get(`/store/portal/orders/${acmeOrder}`, as(token, acme))).data
        .order
      expect(detail).toMatchObject({
        id: acmeOrder,
        status: "shipped",
        tracking_numbers: ["1Z999"],
        shipping_address: { city: "Springfield", country_code: "us" },
        fulfillments: [
          { labels: [{ tracking_number: "1Z999", tracking_url: "https://track.example/1Z999" }] },
        ],
        invoices: [{ id: invoice.id, kind: "deposit", status: "unpaid" }],
        quote: listed.data.orders[0].quote,
        has_signed_agreement: false,
      })
      expect(detail.items.map((item: { title: string }) => item.title).sort()).toEqual([
        "Installation",
        "Printer P1",
      ])
      // The order page's numbers on one basis, adding up to Medusa's total: pre-tax
      // lines (unit × quantity), their sum the subtotal, then shipping, tax, total,
      // paid and outstanding.
      const cents = (amount: number) => Math.round(amount * 100)
      const medusa = (
        await api.get(`/admin/orders/${acmeOrder}?fields=total,shipping_subtotal,tax_total`, admin)
      ).data.order
      const rows: Record<string, number> = Object.fromEntries(
        detail.totals.map((row: { key: string; amount: number }) => [row.key, row.amount])
      )
      expect(Object.keys(rows)).toEqual([
        "subtotal",
        "shipping",
        "tax",
        "total",
        "paid",
        "outstanding",
      ])
      for (const item of detail.items as {
        quantity: number
        unit_price: number
        total: number
      }[]) {
        expect(cents(item.total)).toBe(cents(item.unit_price * item.quantity))
      }
      const lineSum = detail.items.reduce(
        (sum: number, item: { total: number }) => sum + cents(item.total),
        0
      )
      expect(lineSum).toBe(cents(rows.subtotal))
      expect(rows).toMatchObject({
        shipping: 40,
        tax: Number(medusa.tax_total.toFixed(2)),
        total: Number(Number(medusa.total).toFixed(2)),
        paid: 0,
      })
      expect(rows.tax).toBeGreaterThan(0)
      expect(cents(rows.subtotal) + cents(rows.shipping) + cents(rows.tax)).toBe(cents(rows.total))
      expect(cents(rows.paid) + cents(rows.outstanding)).toBe(cents(rows.total))
      expect(detail).not.toHaveProperty("region_id")
      expect(detail.fulfillments[0]).not.toHaveProperty("id")
      const shipped = await api.get("/store/portal/orders?status=shipped", as(token, acme))
      expect(shipped.data.orders.map((row: { id: string }) => row.id)).toEqual([acmeOrder])
      expect(
        (await api.get("/store/portal/orders?status=placed", as(token, acme))).data.count
      ).toBe(0)

      // The PDF, then paying with Medusa's system provider.
      const pdf = await api.get(`/store/portal/invoices/${invoice.id}/pdf`, {
        ...as(token, acme),
        responseType: "arraybuffer",
      })
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      expect(await pdfText(Buffer.from(pdf.data))).toContain(invoice.number)
      const session = await api.post(
        `/store/portal/invoices/${invoice.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        as(token, acme)
      )
      expect(session.status).toBe(201)
      const paid = await api.post(
        `/store/portal/invoices/${invoice.id}/pay`,
        { payment_session_id: session.data.payment_session.id },
        as(token, acme)
      )
      expect(paid.data.payment.captured).toBe(true)
      await waitUntilPaid(getContainer(), invoice.id)
      const after = (await api.get(`/store/portal/invoices/${invoice.id}`, as(token, acme))).data
      expect(after.invoice).toMatchObject({ id: invoice.id, status: "paid", payable: false })
      const unpaid = await api.get("/store/portal/invoices?status=unpaid", as(token, acme))
      expect(unpaid.data.invoices).toEqual([])
    })

    it("prints a German contact's invoice in German, and the same invoice in English for staff", async () => {
      await api.post(`/admin/portal/companies/${acme}`, { language: "de" }, admin)
      const { token } = await buyerOfTwo()
      const { quote } = await createAcceptedQuote(api, admin, store, {
        company_id: acme,
        deposit_percent: 30,
        shipping_option_id: shippingOptionId,
      })
      const [deposit] = (
        await api.get(`/store/portal/invoices?quote_id=${quote.id}`, as(token, acme))
      ).data.invoices
      const pdf = await api.get(`/store/portal/invoices/${deposit.id}/pdf`, {
        ...as(token, acme),
        responseType: "arraybuffer",
      })
      const german = await pdfText(Buffer.from(pdf.data))
      expect(german).toContain("Anzahlungsrechnung")
      expect(german).toContain("Rechnungsnummer: ")
      expect(german).toContain("Gesamtbetrag")
      expect(untranslated(german, "pdf", "de")).toEqual([])
      // Staff read the store's language.
      const staff = await api.get(`/admin/portal/invoices/${deposit.id}/pdf`, {
        ...admin,
        responseType: "arraybuffer",
      })
      const english = await pdfText(Buffer.from(staff.data))
      expect(english).toContain("Deposit invoice")
      expect(english).toContain("Invoice number: ")
    })

    it("refuses paying to a contact who may see invoices but not pay them, and changes nothing", async () => {
      await addMember(acme, store.customer.id, [await team("Buyers", CUSTOMER_PERMISSIONS)])
      const viewer = await contact("viewer@acme.test")
      await addMember(acme, viewer.id, [await team("Viewers", ["orders.view", "invoices.view"])])
      await orderFor(acme)
      const [invoice] = (await api.get("/store/portal/invoices", as(viewer.token))).data.invoices
      const billing = getContainer().resolve<BillingModuleService>(BILLING_MODULE)
      const before = await billing.retrievePortalInvoice(invoice.id)

      const session = await settle(
        api.post(
          `/store/portal/invoices/${invoice.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          as(viewer.token)
        )
      )
      const pay = await settle(
        api.post(
          `/store/portal/invoices/${invoice.id}/pay`,
          { payment_session_id: "payses_x" },
          as(viewer.token)
        )
      )
      expect([session.status, pay.status]).toEqual([403, 403])
      expect(await billing.retrievePortalInvoice(invoice.id)).toEqual(before)
      expect(invoice.payment_sessions).toEqual([])
      const again = (await api.get(`/store/portal/invoices/${invoice.id}`, as(viewer.token))).data
      expect(again.invoice.payment_sessions).toEqual([])
    })

    it("hides a void invoice from members as from link holders: not listed, not by id, no PDF", async () => {
      const { token } = await buyerOfTwo()
      const { quote, token: link } = await createAcceptedQuote(api, admin, store, {
        company_id: acme,
        deposit_percent: 30,
      })
      const [deposit] = (
        await api.get(`/store/portal/invoices?quote_id=${quote.id}`, as(token, acme))
      ).data.invoices
      await api.post(`/admin/portal/invoices/${deposit.id}/void`, {}, admin)

      const member = (path: string) =>
        settle(api.get(`/store/portal/invoices${path}`, as(token, acme)))
      const holder = (path: string) =>
        settle(api.get(quoteLink(link, `/invoices${path}`), store.storeHeaders))
      const seen = await Promise.all([
        member(`?quote_id=${quote.id}`),
        member(`?status=void`),
        member(`/${deposit.id}`),
        member(`/${deposit.id}/pdf`),
        holder(""),
        holder(`/${deposit.id}/pdf`),
      ])
      expect(seen.map((res) => res.status)).toEqual([200, 200, 404, 404, 200, 404])
      expect(seen[0].data).toMatchObject({ invoices: [], count: 0 })
      expect(seen[1].data).toMatchObject({ invoices: [], count: 0 })
      expect(seen[4].data.invoices).toEqual([])
    })

    it("lists one quote's invoices of the active company with quote_id, and none of another's", async () => {
      const { rival, token } = await buyerOfTwo()
      const accepted = (companyId: string) =>
        createAcceptedQuote(api, admin, store, { company_id: companyId, deposit_percent: 30 })
      const first = await accepted(acme)
      await accepted(acme)
      const foreign = await accepted(rival)

      const listed = await api.get(
        `/store/portal/invoices?quote_id=${first.quote.id}`,
        as(token, acme)
      )
      expect(listed.data.count).toBe(1)
      expect(listed.data.invoices).toEqual([
        expect.objectContaining({ quote: expect.objectContaining({ id: first.quote.id }) }),
      ])
      const other = await api.get(
        `/store/portal/invoices?quote_id=${foreign.quote.id}`,
        as(token, acme)
      )
      expect(other.data).toMatchObject({ invoices: [], count: 0 })
      const bad = await settle(api.get("/store/portal/invoices?quote_id=x", as(token, acme)))
      expect(bad.status).toBe(400)
    })

    it("refuses a disabled member at once, whatever token they still hold", async () => {
      const buyer = await contact("buyer2@acme.test")
      const memberId = await addMember(acme, buyer.id, [await team("Buyers", CUSTOMER_PERMISSIONS)])
      expect((await api.get("/store/portal/orders", as(buyer.token))).status).toBe(200)
      await api.post(
        `/admin/portal/companies/${acme}/members/${memberId}`,
        { status: "disabled" },
        admin
      )
      for (const path of ["/store/portal/orders", "/store/portal/invoices"]) {
        expect((await settle(api.get(path, as(buyer.token)))).status).toBe(403)
      }
    })
  },
})
