import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentEvents } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import markOverdueInvoicesJob from "../../src/jobs/mark-overdue-invoices"
import { BILLING_MODULE } from "../../src/modules/billing"
import type BillingModuleService from "../../src/modules/billing/service"
import invoicePaymentCaptured from "../../src/subscribers/invoice-payment-captured"
import { createDepositInvoiceWorkflow, markInvoicePaidWorkflow } from "../../src/workflows/billing"
import {
  createAcceptedQuote,
  createAdminUser,
  createCustomerToken,
  createStore,
  enablePaymentProviders,
  Headers,
  settle,
  Store,
  waitFor,
  quoteLink as link,
} from "../helpers/fixtures"
import {
  payThroughLink as payThroughLink_,
  waitUntilPaid as waitUntilPaid_,
} from "../helpers/billing"

jest.setTimeout(120_000)

const DAY = 24 * 3600 * 1000

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: Headers
    let store: Store

    const billing = () => getContainer().resolve<BillingModuleService>(BILLING_MODULE)

    beforeEach(async () => {
      const container = getContainer()
      admin = (await createAdminUser(container)).headers
      store = await createStore(container)
      await enablePaymentProviders(container, store.region.id)
    })

    /** An accepted quote's order with a 300 USD deposit invoice, as signing will raise it. */
    async function depositFor(overrides: { amount?: number; due_at?: Date } = {}) {
      const accepted = await createAcceptedQuote(api, admin, store)
      const { result } = await createDepositInvoiceWorkflow(getContainer()).run({
        input: {
          order_id: accepted.order_id,
          quote_id: accepted.quote.id,
          amount: overrides.amount ?? 300,
          currency_code: "usd",
          due_at: overrides.due_at,
        },
      })
      return { ...accepted, invoice: result }
    }

    const payThroughLink = (token: string, invoiceId: string) =>
      payThroughLink_(api, store, token, invoiceId)
    const waitUntilPaid = (invoiceId: string) => waitUntilPaid_(getContainer(), invoiceId)

    describe("raising a deposit invoice", () => {
      it("creates INV-numbered invoice for exactly the amount and currency, due in 14 days", async () => {
        const { invoice, order_id, quote } = await depositFor()

        expect(invoice.number).toMatch(/^INV-\d{4,}$/)
        expect(Number(invoice.number.slice(4))).toBeGreaterThanOrEqual(1001)
        const stored = await billing().retrievePortalInvoice(invoice.id)
        expect(stored).toMatchObject({
          kind: "deposit",
          status: "unpaid",
          amount: 300,
          currency_code: "usd",
          order_id,
          quote_id: quote.id,
          payment_collection_id: invoice.payment_collection_id,
          paid_at: null,
        })
        const dueIn = new Date(stored.due_at).getTime() - Date.now()
        expect(dueIn).toBeGreaterThan(14 * DAY - 60_000)
        expect(dueIn).toBeLessThanOrEqual(14 * DAY)
      })

      it("links the invoice to its order and to a payment collection for that amount", async () => {
        const { invoice, order_id } = await depositFor()
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "portal_invoice",
          fields: [
            "id",
            "order.id",
            "payment_collection.id",
            "payment_collection.amount",
            "payment_collection.currency_code",
            "payment_collection.status",
          ],
          filters: { id: invoice.id },
        })
        expect(data[0].order?.id).toBe(order_id)
        expect(data[0].payment_collection).toMatchObject({
          id: invoice.payment_collection_id,
          amount: 300,
          currency_code: "usd",
          status: "not_paid",
        })
        const { data: orders } = await query.graph({
          entity: "order",
          fields: [
            "total",
            "portal_invoices.id",
            "payment_collections.id",
            "payment_collections.amount",
          ],
          filters: { id: order_id },
        })
        expect(orders[0].portal_invoices?.map((i) => i?.id)).toEqual([invoice.id])
        // Both directions read the invoice's columns: no link table holds a quote or an
        // invoice (docs/ARCHITECTURE.md, "Relations").
        const { rows: linkTables } = await dbConnection.raw(
          "SELECT table_name FROM link_module_migrations ORDER BY table_name"
        )
        const tableNames = linkTables.map((r: { table_name: string }) => r.table_name)
        expect(tableNames).toContain("order_payment_collection")
        expect(tableNames.filter((name: string) => /portal_(quote|invoice)/.test(name))).toEqual([])
        // Medusa's own order <-> payment collection link, next to the balance collection
        // raised at acceptance: together they add up to the order's total.
        const collections = orders[0].payment_collections!.map((c) => c!)
        expect(collections.map((c) => c.id)).toContain(invoice.payment_collection_id)
        expect(collections).toHaveLength(2)
        expect(collections.reduce((sum, c) => sum + Number(c.amount), 0)).toBe(
          Number(orders[0].total)
        )
      })

      it("numbers invoices in sequence", async () => {
        const first = await depositFor()
        const second = await depositFor()
        expect(Number(second.invoice.number.slice(4))).toBe(
          Number(first.invoice.number.slice(4)) + 1
        )
      })

      it.each([
        ["a deposit in another currency", { currency_code: "eur" }, /USD/],
        ["a zero deposit", { amount: 0 }, /more than zero/],
      ])("refuses %s and creates nothing", async (_label, change, message) => {
        const { order_id } = await createAcceptedQuote(api, admin, store)
        // The order's balance collection, raised at acceptance.
        const before = await countPaymentCollections(getContainer())
        const run = createDepositInvoiceWorkflow(getContainer()).run({
          input: { order_id, amount: 300, currency_code: "usd", ...change },
        })
        await expect(run).rejects.toMatchObject({ message: expect.stringMatching(message) })
        expect(await billing().listPortalInvoices()).toHaveLength(0)
        expect(await countPaymentCollections(getContainer())).toBe(before)
      })

      it("raises one deposit when asked twice at once and leaves no orphan payment collection", async () => {
        const { order_id } = await createAcceptedQuote(api, admin, store)
        const before = await countPaymentCollections(getContainer())
        const raise = () =>
          createDepositInvoiceWorkflow(getContainer()).run({
            input: { order_id, amount: 300, currency_code: "usd" },
          })
        const outcomes = await Promise.allSettled([raise(), raise()])

        expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1)
        const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult
        expect(refused.reason.message).toMatch(/already (has deposit invoice|exists)/)
        expect(await billing().listPortalInvoices({ order_id })).toHaveLength(1)
        // The loser's payment collection was compensated away.
        expect(await countPaymentCollections(getContainer())).toBe(before + 1)
      })
    })

    describe("the buyer paying through the quote link", () => {
      it("lists the quote's invoices with their number and a Pay button", async () => {
        const { token, invoice } = await depositFor()
        const res = await api.get(link(token, "/invoices"), store.storeHeaders)
        expect(res.headers["cache-control"]).toBe("no-store")
        expect(res.data.invoices).toEqual([
          expect.objectContaining({
            id: invoice.id,
            number: invoice.number,
            kind: "deposit",
            status: "unpaid",
            amount: 300,
            currency_code: "usd",
            payable: true,
            payment_sessions: [],
          }),
        ])
        expect(res.data.invoices[0].payment_collection_id).toBeUndefined()
      })

      it("marks the invoice paid once the system provider's payment is captured", async () => {
        const { token, invoice, order_id } = await depositFor()
        const pendingBefore = await pendingDifference(getContainer(), order_id)

        const paid = await payThroughLink(token, invoice.id)
        expect(paid.status).toBe(200)
        expect(paid.data.payment).toMatchObject({ id: expect.any(String), captured: true })

        const stored = await waitUntilPaid(invoice.id)
        expect(stored.paid_at).toBeInstanceOf(Date)
        const payments = getContainer().resolve(Modules.PAYMENT)
        const collection = await payments.retrievePaymentCollection(invoice.payment_collection_id)
        expect(collection.status).toBe("completed")
        // The deposit counts towards the order: its outstanding amount drops by 300
        // (recorded by Medusa's capture workflow: the collection is linked to the order).
        await waitForPending(getContainer(), order_id, pendingBefore - 300)
        const res = await api.get(link(token, "/invoices"), store.storeHeaders)
        expect(res.data.invoices[0]).toMatchObject({ status: "paid", payable: false })
      })

      it("changes nothing when paid twice or when the capture event arrives twice", async () => {
        const { token, invoice, order_id } = await depositFor()
        const pendingBefore = await pendingDifference(getContainer(), order_id)
        const first = await payThroughLink(token, invoice.id)
        const paid = await waitUntilPaid(invoice.id)
        const pendingAfterFirst = pendingBefore - 300
        await waitForPending(getContainer(), order_id, pendingAfterFirst)

        const again = await settle(payThroughLink(token, invoice.id))
        expect(again.status).toBe(409)
        expect(again.data.message).toBe(`Invoice ${invoice.number} is paid`)

        // A redelivered event, through the bus and straight to the subscriber.
        const container = getContainer()
        await container
          .resolve(Modules.EVENT_BUS)
          .emit({ name: PaymentEvents.CAPTURED, data: { id: first.data.payment.id } })
        await invoicePaymentCaptured({
          event: { name: PaymentEvents.CAPTURED, data: { id: first.data.payment.id } },
          container,
        } as Parameters<typeof invoicePaymentCaptured>[0])
        await new Promise((resolve) => setTimeout(resolve, 300))

        const after = await billing().retrievePortalInvoice(invoice.id)
        expect(after.status).toBe("paid")
        expect(after.paid_at).toEqual(paid.paid_at)
        expect(await pendingDifference(container, order_id)).toBe(pendingAfterFirst)
        const payments = container.resolve(Modules.PAYMENT)
        const collection = await payments.retrievePaymentCollection(invoice.payment_collection_id, {
          relations: ["payments"],
        })
        expect(collection.payments).toHaveLength(1)
      })

      it("answers 404 for an invoice of another quote, through every route", async () => {
        const mine = await depositFor()
        const other = await depositFor()
        const foreign = other.invoice.id

        const list = await api.get(link(mine.token, "/invoices"), store.storeHeaders)
        expect(list.data.invoices.map((i: { id: string }) => i.id)).toEqual([mine.invoice.id])
        const session = await settle(
          api.post(
            link(mine.token, `/invoices/${foreign}/payment-sessions`),
            { provider_id: "pp_system_default" },
            store.storeHeaders
          )
        )
        expect(session.status).toBe(404)
        // A session of the other invoice, paid through my link, is refused too.
        const otherSession = await api.post(
          link(other.token, `/invoices/${foreign}/payment-sessions`),
          { provider_id: "pp_system_default" },
          store.storeHeaders
        )
        const pay = await settle(
          api.post(
            link(mine.token, `/invoices/${foreign}/pay`),
            { payment_session_id: otherSession.data.payment_session.id },
            store.storeHeaders
          )
        )
        expect(pay.status).toBe(404)
        const crossed = await settle(
          api.post(
            link(mine.token, `/invoices/${mine.invoice.id}/pay`),
            { payment_session_id: otherSession.data.payment_session.id },
            store.storeHeaders
          )
        )
        expect(crossed.status).toBe(404)
        expect((await billing().retrievePortalInvoice(foreign)).status).toBe("unpaid")
      })

      it("refuses a payment provider the order's region does not offer", async () => {
        const { token, invoice } = await depositFor()
        await enablePaymentProviders(getContainer(), store.region.id, [])
        const res = await settle(
          api.post(
            link(token, `/invoices/${invoice.id}/payment-sessions`),
            { provider_id: "pp_system_default" },
            store.storeHeaders
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/not available/)
      })

      it("refuses a session added to the collection through Medusa's own store route", async () => {
        const { token, invoice } = await depositFor()
        // Anyone holding the collection id can add a session there, with any provider.
        await enablePaymentProviders(getContainer(), store.region.id, [])
        const session = await getContainer()
          .resolve(Modules.PAYMENT)
          .createPaymentSession(invoice.payment_collection_id, {
            provider_id: "pp_system_default",
            amount: 300,
            currency_code: "usd",
            data: {},
          })
        const res = await settle(
          api.post(
            link(token, `/invoices/${invoice.id}/pay`),
            { payment_session_id: session.id },
            store.storeHeaders
          )
        )
        expect(res.status).toBe(400)
        expect((await billing().retrievePortalInvoice(invoice.id)).status).toBe("unpaid")
      })

      it("ignores captured payments that pay no invoice", async () => {
        const payments = getContainer().resolve(Modules.PAYMENT)
        const collection = await payments.createPaymentCollections({
          amount: 50,
          currency_code: "usd",
        })
        const paymentId = await captureWithoutEvent(getContainer(), collection.id, 50)
        const { result } = await markInvoicePaidWorkflow(getContainer()).run({
          input: { payment_id: paymentId },
        })
        expect(result).toEqual({ invoice_id: null, paid: false })
      })

      it("leaves one live session when twenty payment pages open at once, without a 5xx", async () => {
        const { token, invoice } = await depositFor()
        const answers = await Promise.all(
          Array.from({ length: 20 }, () =>
            settle(
              api.post(
                link(token, `/invoices/${invoice.id}/payment-sessions`),
                { provider_id: "pp_system_default" },
                store.storeHeaders
              )
            )
          )
        )
        expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(201))
        const collection = await getContainer()
          .resolve(Modules.PAYMENT)
          .retrievePaymentCollection(invoice.payment_collection_id, {
            relations: ["payment_sessions"],
          })
        expect(collection.payment_sessions).toHaveLength(1)
        const answered = answers.map((answer) => answer.data.payment_session?.id)
        expect(answered).toContain(collection.payment_sessions![0].id)
      })

      it("answers 400 to a body with unexpected fields", async () => {
        const { token, invoice } = await depositFor()
        const res = await settle(
          api.post(
            link(token, `/invoices/${invoice.id}/payment-sessions`),
            { provider_id: "pp_system_default", amount: 1 },
            store.storeHeaders
          )
        )
        expect(res.status).toBe(400)
      })
    })

    describe("overdue invoices", () => {
      it("marks only unpaid invoices past their due date, and an overdue one can still be paid", async () => {
        const late = await depositFor({ due_at: new Date(Date.now() - DAY) })
        const onTime = await depositFor()
        const paidLate = await depositFor({ due_at: new Date(Date.now() - DAY) })
        await payThroughLink(paidLate.token, paidLate.invoice.id)
        await waitUntilPaid(paidLate.invoice.id)
        const voidLate = await depositFor({ due_at: new Date(Date.now() - DAY) })
        await api.post(`/admin/portal/invoices/${voidLate.invoice.id}/void`, {}, admin)

        await markOverdueInvoicesJob(getContainer())

        const statusOf = async (id: string) => (await billing().retrievePortalInvoice(id)).status
        expect(await statusOf(late.invoice.id)).toBe("overdue")
        expect(await statusOf(onTime.invoice.id)).toBe("unpaid")
        expect(await statusOf(paidLate.invoice.id)).toBe("paid")
        expect(await statusOf(voidLate.invoice.id)).toBe("void")

        await payThroughLink(late.token, late.invoice.id)
        expect((await waitUntilPaid(late.invoice.id)).status).toBe("paid")
      })
    })

    describe("admin API", () => {
      const INVOICES = "/admin/portal/invoices"

      it("lists invoices with their number, filtered by status and order, paginated", async () => {
        const a = await depositFor()
        const b = await depositFor()
        await payThroughLink(b.token, b.invoice.id)
        await waitUntilPaid(b.invoice.id)

        const all = await api.get(`${INVOICES}?limit=1&offset=0`, admin)
        expect(all.data).toMatchObject({ count: 2, limit: 1, offset: 0 })
        expect(all.data.invoices).toHaveLength(1)

        const unpaid = await api.get(`${INVOICES}?status=unpaid`, admin)
        expect(unpaid.data.invoices.map((i: { id: string }) => i.id)).toEqual([a.invoice.id])
        expect(unpaid.data.invoices[0]).toMatchObject({
          number: a.invoice.number,
          order: { id: a.order_id },
          payment_collection: { status: "not_paid" },
        })

        const byOrder = await api.get(`${INVOICES}?order_id=${b.order_id}`, admin)
        expect(byOrder.data.invoices).toEqual([
          expect.objectContaining({ id: b.invoice.id, number: b.invoice.number, status: "paid" }),
        ])

        const bad = await settle(api.get(`${INVOICES}?status=settled`, admin))
        expect(bad.status).toBe(400)
      })

      it("shows one invoice with its payment collection and payments", async () => {
        const { invoice, token } = await depositFor()
        await payThroughLink(token, invoice.id)
        await waitUntilPaid(invoice.id)
        const res = await api.get(`${INVOICES}/${invoice.id}`, admin)
        expect(res.data.invoice).toMatchObject({
          id: invoice.id,
          number: invoice.number,
          status: "paid",
          payment_collection: {
            status: "completed",
            captured_amount: 300,
            payments: [expect.objectContaining({ provider_id: "pp_system_default" })],
          },
        })
        const missing = await settle(api.get(`${INVOICES}/inv_unknown`, admin))
        expect(missing.status).toBe(404)
      })

      it("voids an unpaid invoice, cancels its payment collection and stops the buyer paying", async () => {
        const { invoice, token } = await depositFor()
        // The buyer opened the payment page before staff voided the invoice.
        const session = await api.post(
          link(token, `/invoices/${invoice.id}/payment-sessions`),
          { provider_id: "pp_system_default" },
          store.storeHeaders
        )

        const res = await api.post(`${INVOICES}/${invoice.id}/void`, {}, admin)
        expect(res.data.invoice).toMatchObject({
          status: "void",
          voided_at: expect.any(String),
          payment_collection: { status: "canceled" },
        })
        const pay = await settle(
          api.post(
            link(token, `/invoices/${invoice.id}/pay`),
            { payment_session_id: session.data.payment_session.id },
            store.storeHeaders
          )
        )
        expect(pay.status).toBe(409)
        expect(pay.data.message).toBe(`Invoice ${invoice.number} is void`)
        const list = await api.get(link(token, "/invoices"), store.storeHeaders)
        expect(list.data.invoices).toEqual([])

        const again = await settle(api.post(`${INVOICES}/${invoice.id}/void`, {}, admin))
        expect(again.status).toBe(409)
      })

      it("refuses to void a paid invoice with 409 and changes nothing", async () => {
        const { invoice, token } = await depositFor()
        await payThroughLink(token, invoice.id)
        const paid = await waitUntilPaid(invoice.id)

        const res = await settle(api.post(`${INVOICES}/${invoice.id}/void`, {}, admin))
        expect(res.status).toBe(409)
        expect(res.data.message).toBe(`Invoice ${invoice.number} is paid and cannot become void`)
        const after = await billing().retrievePortalInvoice(invoice.id)
        expect(after).toMatchObject({ status: "paid", voided_at: null })
        expect(after.paid_at).toEqual(paid.paid_at)
      })

      it("refuses to void an invoice whose payment was captured before it was recorded", async () => {
        const { invoice } = await depositFor()
        // Captured through the Payment module alone: no `payment.captured` event, so the
        // invoice is still unpaid although its collection is paid.
        await captureWithoutEvent(getContainer(), invoice.payment_collection_id, 300)

        const res = await settle(api.post(`${INVOICES}/${invoice.id}/void`, {}, admin))
        expect(res.status).toBe(409)
        expect(res.data.message).toMatch(/has received a payment/)
        expect((await billing().retrievePortalInvoice(invoice.id)).status).toBe("unpaid")
        const collection = await getContainer()
          .resolve(Modules.PAYMENT)
          .retrievePaymentCollection(invoice.payment_collection_id)
        expect(collection.status).toBe("completed")
      })

      it("records a bank transfer, even after the buyer opened a payment page", async () => {
        const { invoice, token } = await depositFor()
        await api.post(
          link(token, `/invoices/${invoice.id}/payment-sessions`),
          { provider_id: "pp_system_default" },
          store.storeHeaders
        )

        const res = await api.post(`${INVOICES}/${invoice.id}/record-payment`, {}, admin)
        expect(res.data.payment.id).toEqual(expect.any(String))
        const paid = await waitUntilPaid(invoice.id)
        expect(paid.paid_at).toBeInstanceOf(Date)
        const detail = await api.get(`${INVOICES}/${invoice.id}`, admin)
        expect(detail.data.invoice.payment_collection).toMatchObject({
          status: "completed",
          payments: [expect.objectContaining({ id: res.data.payment.id })],
        })

        const again = await settle(api.post(`${INVOICES}/${invoice.id}/record-payment`, {}, admin))
        expect(again.status).toBe(409)
      })

      it("lets staff raise a new deposit once the old one is void", async () => {
        const { invoice, order_id } = await depositFor()
        await api.post(`${INVOICES}/${invoice.id}/void`, {}, admin)
        const { result } = await createDepositInvoiceWorkflow(getContainer()).run({
          input: { order_id, amount: 250, currency_code: "usd" },
        })
        expect(result.number).not.toBe(invoice.number)
      })

      it("refuses callers who are not staff with 401", async () => {
        const { invoice } = await depositFor()
        const token = await createCustomerToken(
          getContainer(),
          store.customer.id,
          "buyer@acme.test"
        )
        const customer = { headers: { authorization: `Bearer ${token}` } }
        for (const headers of [{}, customer]) {
          expect((await settle(api.get(INVOICES, headers))).status).toBe(401)
          expect((await settle(api.get(`${INVOICES}/${invoice.id}`, headers))).status).toBe(401)
          for (const action of ["void", "record-payment"]) {
            expect(
              (await settle(api.post(`${INVOICES}/${invoice.id}/${action}`, {}, headers))).status
            ).toBe(401)
          }
        }
        expect((await billing().retrievePortalInvoice(invoice.id)).status).toBe("unpaid")
      })
    })
  },
})

/**
 * Session, authorisation and capture through the Payment module alone, as a
 * custom integration might do: unlike capturePaymentWorkflow, it emits no
 * `payment.captured` event. Returns the payment id.
 */
async function captureWithoutEvent(
  container: MedusaContainer,
  paymentCollectionId: string,
  amount: number
) {
  const payments = container.resolve(Modules.PAYMENT)
  const session = await payments.createPaymentSession(paymentCollectionId, {
    provider_id: "pp_system_default",
    amount,
    currency_code: "usd",
    data: {},
  })
  const payment = await payments.authorizePaymentSession(session.id, {})
  if (!payment) throw new Error("the system provider did not authorise the session")
  await payments.capturePayment({ payment_id: payment.id })
  return payment.id
}

async function countPaymentCollections(container: MedusaContainer) {
  const [, count] = await container.resolve(Modules.PAYMENT).listAndCountPaymentCollections({})
  return count
}

/** Waits until the order's outstanding amount is `expected`; fails if it never gets there. */
async function waitForPending(container: MedusaContainer, orderId: string, expected: number) {
  await waitFor(async () =>
    (await pendingDifference(container, orderId)) === expected ? true : null
  )
  expect(await pendingDifference(container, orderId)).toBe(expected)
}

/** What Medusa's admin shows as the order's outstanding amount. */
async function pendingDifference(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "summary.*"],
    filters: { id: orderId },
  })
  return Number((data[0].summary as { pending_difference?: unknown }).pending_difference)
}
