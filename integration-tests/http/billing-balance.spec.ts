import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BILLING_MODULE } from "../../src/modules/billing"
import type BillingModuleService from "../../src/modules/billing/service"
import {
  createAdminUser,
  createSentQuote,
  createStore,
  enablePaymentProviders,
  Headers,
  settle,
  signBody,
  Store,
  waitFor,
  agreementTemplateBody,
  quoteLink as link,
} from "../helpers/fixtures"
import {
  payThroughLink as payThroughLink_,
  waitUntilPaid as waitUntilPaid_,
} from "../helpers/billing"
import { pdfText } from "../helpers/pdf-text"

jest.setTimeout(180_000)

/**
 * Deposits and balances the Medusa way: both payment collections linked to the
 * order, so Medusa's own order page reads the payment status, paid total and
 * outstanding amount.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store

    const billing = () => getContainer().resolve<BillingModuleService>(BILLING_MODULE)

    beforeEach(async () => {
      const container = getContainer()
      admin = (await createAdminUser(container)).headers
      store = await createStore(container)
      await enablePaymentProviders(container, store.region.id)
    })

    /** A quote with a 30 % deposit, accepted with a click (no agreement). */
    async function acceptWithDeposit(overrides: Record<string, unknown> = {}) {
      const { quote, token } = await createSentQuote(api, admin, store, {
        deposit_percent: 30,
        ...overrides,
      })
      const accepted = await api.post(
        link(token, "/accept"),
        { selected_item_ids: [] },
        store.storeHeaders
      )
      return { quote, token, order_id: accepted.data.order.id as string }
    }

    /** What Medusa's admin order page reads. */
    async function orderPage(orderId: string) {
      const res = await api.get(
        `/admin/orders/${orderId}?fields=id,total,payment_status,summary,*payment_collections`,
        admin
      )
      const order = res.data.order
      const paid = order.payment_collections.reduce(
        (sum: number, pc: { captured_amount: number; refunded_amount: number }) =>
          sum + Number(pc.captured_amount) - Number(pc.refunded_amount ?? 0),
        0
      )
      return {
        total: Number(order.total),
        payment_status: order.payment_status as string,
        paid_total: paid,
        summary_paid_total: Number(order.summary.paid_total),
        outstanding: Number(order.summary.pending_difference),
        collections: order.payment_collections as {
          id: string
          amount: number
          status: string
        }[],
      }
    }

    async function invoicesOf(orderId: string) {
      return (await api.get(`/admin/portal/invoices?order_id=${orderId}`, admin)).data.invoices as {
        id: string
        number: string
        kind: string
        status: string
        amount: number
        payment_collection_id: string
      }[]
    }

    const payThroughLink = (token: string, invoiceId: string) =>
      payThroughLink_(api, store, token, invoiceId)
    const waitUntilPaid = (invoiceId: string) => waitUntilPaid_(getContainer(), invoiceId)

    async function captureTransactions(container: MedusaContainer, orderId: string) {
      const orders = container.resolve(Modules.ORDER)
      const transactions = await orders.listOrderTransactions({ order_id: orderId })
      return transactions.filter((t) => t.reference === "capture")
    }

    async function timeline(quoteId: string) {
      const res = await api.get(`/admin/portal/quotes/${quoteId}`, admin)
      return (res.data.quote.events as { type: string; data: Record<string, unknown> }[]).filter(
        (event) => event.type.startsWith("invoice_")
      )
    }

    it("raises the deposit invoice when a quote with a deposit is accepted without an agreement", async () => {
      const { order_id, token } = await acceptWithDeposit()
      const page = await orderPage(order_id)
      const deposit = Math.round(page.total * 0.3 * 100) / 100

      const invoices = await invoicesOf(order_id)
      expect(invoices).toEqual([
        expect.objectContaining({ kind: "deposit", status: "unpaid", amount: deposit }),
      ])
      const buyer = await api.get(link(token, "/invoices"), store.storeHeaders)
      expect(buyer.data.invoices).toHaveLength(1)
    })

    it("links a deposit and a balance collection to the order, adding up to its total", async () => {
      const { order_id } = await acceptWithDeposit()
      const page = await orderPage(order_id)
      const [deposit] = await invoicesOf(order_id)

      expect(page.payment_status).toBe("not_paid")
      expect(page.collections).toHaveLength(2)
      const depositCollection = page.collections.find((c) => c.id === deposit.payment_collection_id)
      const balanceCollection = page.collections.find((c) => c.id !== deposit.payment_collection_id)
      expect(Number(depositCollection!.amount)).toBe(deposit.amount)
      expect(Number(balanceCollection!.amount)).toBeCloseTo(page.total - deposit.amount, 2)
      expect(Number(depositCollection!.amount) + Number(balanceCollection!.amount)).toBeCloseTo(
        page.total,
        2
      )
    })

    it("reads partially captured after the deposit and captured after the balance, each capture recorded once", async () => {
      const { order_id, token, quote } = await acceptWithDeposit()
      const total = (await orderPage(order_id)).total
      const [deposit] = await invoicesOf(order_id)

      await payThroughLink(token, deposit.id)
      await waitUntilPaid(deposit.id)
      const afterDeposit = await orderPage(order_id)
      expect(afterDeposit).toMatchObject({
        payment_status: "partially_captured",
        paid_total: deposit.amount,
        summary_paid_total: deposit.amount,
      })
      expect(afterDeposit.outstanding).toBeCloseTo(total - deposit.amount, 2)
      expect(await captureTransactions(getContainer(), order_id)).toHaveLength(1)

      const issued = await api.post("/admin/portal/invoices", { order_id, kind: "balance" }, admin)
      expect(issued.status).toBe(201)
      const balance = issued.data.invoice
      expect(balance).toMatchObject({ kind: "balance", status: "unpaid" })
      expect(balance.amount).toBeCloseTo(total - deposit.amount, 2)
      const again = await settle(
        api.post("/admin/portal/invoices", { order_id, kind: "balance" }, admin)
      )
      expect(again.status).toBe(409)

      await payThroughLink(token, balance.id)
      await waitUntilPaid(balance.id)
      const afterBalance = await orderPage(order_id)
      expect(afterBalance.payment_status).toBe("captured")
      expect(afterBalance.paid_total).toBeCloseTo(total, 2)
      expect(afterBalance.outstanding).toBe(0)
      expect(await captureTransactions(getContainer(), order_id)).toHaveLength(2)

      const events = await timeline(quote.id)
      expect(events.map((event) => [event.type, event.data.kind])).toEqual([
        ["invoice_issued", "deposit"],
        ["invoice_paid", "deposit"],
        ["invoice_issued", "balance"],
        ["invoice_paid", "balance"],
      ])
    })

    it("issues the balance invoice at acceptance when the merchant enabled it", async () => {
      await api.post("/admin/portal/settings", { auto_balance_invoice: true }, admin)
      const { order_id } = await acceptWithDeposit()
      const total = (await orderPage(order_id)).total
      const invoices = await invoicesOf(order_id)
      expect(invoices.map((invoice) => invoice.kind).sort()).toEqual(["balance", "deposit"])
      const sum = invoices.reduce((acc, invoice) => acc + Number(invoice.amount), 0)
      expect(sum).toBeCloseTo(total, 2)
      await api.post("/admin/portal/settings", { auto_balance_invoice: false }, admin)
    })

    it("raises deposit and balance when signing too", async () => {
      const template = await api.post(
        "/admin/portal/agreement-templates",
        agreementTemplateBody(),
        admin
      )
      const { quote, token } = await createSentQuote(api, admin, store, {
        deposit_percent: 30,
        agreement_template_id: template.data.agreement_template.id,
      })
      const signed = await api.post(link(token, "/sign"), signBody(), store.storeHeaders)
      const orderId = signed.data.order.id as string
      expect(quote.id).toBeTruthy()
      const page = await orderPage(orderId)
      expect(page.collections).toHaveLength(2)
      expect((await invoicesOf(orderId)).map((invoice) => invoice.kind)).toEqual(["deposit"])
    })

    it("resizes the unpaid balance collection and its invoice when an order edit changes the total", async () => {
      const { order_id, token } = await acceptWithDeposit()
      const [deposit] = await invoicesOf(order_id)
      await payThroughLink(token, deposit.id)
      await waitUntilPaid(deposit.id)
      const balance = (
        await api.post("/admin/portal/invoices", { order_id, kind: "balance" }, admin)
      ).data.invoice
      const before = await orderPage(order_id)

      // Staff add one Printer P1 (1,000) through Medusa's order edit.
      await api.post("/admin/order-edits", { order_id }, admin)
      await api.post(
        `/admin/order-edits/${order_id}/items`,
        { items: [{ variant_id: store.variants[0].id, quantity: 1 }] },
        admin
      )
      await api.post(`/admin/order-edits/${order_id}/request`, {}, admin)
      await api.post(`/admin/order-edits/${order_id}/confirm`, {}, admin)

      const after = await orderPage(order_id)
      expect(after.total).toBeGreaterThan(before.total)
      const expected = after.total - deposit.amount
      const collection = after.collections.find((c) => c.id === balance.payment_collection_id)
      expect(Number(collection!.amount)).toBeCloseTo(expected, 2)
      const followed = await waitFor(async () => {
        const invoice = await billing().retrievePortalInvoice(balance.id)
        return Math.abs(Number(invoice.amount) - expected) < 0.005 ? invoice : null
      })
      expect(Number(followed.amount)).toBeCloseTo(expected, 2)
      expect(after.payment_status).toBe("partially_captured")
    })

    it("serves the invoice PDF to staff and to the link holder, and 404 to another link", async () => {
      const { order_id, token } = await acceptWithDeposit()
      const other = await acceptWithDeposit()
      const [deposit] = await invoicesOf(order_id)

      const unpaid = await api.get(`/admin/portal/invoices/${deposit.id}/pdf`, {
        ...admin,
        responseType: "arraybuffer",
      })
      expect(unpaid.headers["content-type"]).toBe("application/pdf")
      const unpaidText = await pdfText(Buffer.from(unpaid.data))
      expect(unpaidText).toContain(deposit.number)
      expect(unpaidText).toContain("Printer P1")
      expect(unpaidText).toContain("Tax")
      expect(unpaidText).toMatch(/UNPAID/)
      expect(unpaidText).toContain(
        new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(
          deposit.amount
        )
      )
      expect(unpaidText).toContain("Bea Buyer")
      expect(unpaidText).toContain("1 Main Street")

      // The bill-to was fixed when the invoice was issued: renaming the buyer changes nothing.
      await getContainer().resolve(Modules.CUSTOMER).updateCustomers(store.customer.id, {
        first_name: "Renamed",
        last_name: "Person",
        company_name: "Other Co",
      })

      const payment = await payThroughLink(token, deposit.id)
      await waitUntilPaid(deposit.id)
      const paid = await api.get(link(token, `/invoices/${deposit.id}/pdf`), {
        ...store.storeHeaders,
        responseType: "arraybuffer",
      })
      const paidText = await pdfText(Buffer.from(paid.data))
      expect(paidText).toMatch(/PAID/)
      expect(paidText).not.toMatch(/UNPAID/)
      expect(paidText).toContain(payment.data.payment.id)
      expect(paidText).toContain("Manual payment")
      expect(paidText).not.toContain("pp_system_default")
      expect(paidText).toContain("Bea Buyer")
      expect(paidText).not.toMatch(/Renamed|Other Co/)

      const foreign = await settle(
        api.get(link(other.token, `/invoices/${deposit.id}/pdf`), store.storeHeaders)
      )
      expect(foreign.status).toBe(404)
    })
  },
})
