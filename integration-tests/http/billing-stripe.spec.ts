import { ContainerRegistrationKeys, Modules, PaymentEvents } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BILLING_MODULE } from "../../src/modules/billing"
import type BillingModuleService from "../../src/modules/billing/service"
import { waitUntilPaid } from "../helpers/billing"
import { quoteLink } from "../helpers/fixtures"
import {
  createAdminUser,
  createSentQuote,
  createStore,
  enablePaymentProviders,
  Headers,
  Store,
  waitFor,
} from "../helpers/fixtures"
import {
  startStripeStandIn,
  STAND_IN_URL_ENV,
  type StripeStandIn,
} from "../helpers/stripe-stand-in"
import { handledWebhooks } from "../helpers/stripe-stand-in-provider"

jest.setTimeout(180_000)

const STRIPE = "pp_stripe_stripe"
const WEBHOOK = "/hooks/payment/stripe_stripe"

/**
 * The production payment path, offline: Medusa's own Stripe provider (its
 * Stripe client pointed at a local stand-in) and signed webhooks delivered to
 * Medusa's own webhook route, as Stripe would.
 */
let standIn: StripeStandIn
// Before the runner boots Medusa: medusa-config.ts registers the provider when this is set.
beforeAll(async () => {
  standIn = await startStripeStandIn()
  process.env[STAND_IN_URL_ENV] = standIn.url
})
afterAll(async () => {
  delete process.env[STAND_IN_URL_ENV]
  await standIn?.close()
})

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store
    let captured: string[]

    const billing = () => getContainer().resolve<BillingModuleService>(BILLING_MODULE)

    beforeEach(async () => {
      const container = getContainer()
      admin = (await createAdminUser(container)).headers
      store = await createStore(container)
      await enablePaymentProviders(container, store.region.id, [STRIPE, "pp_system_default"])
      captured = []
      container.resolve(Modules.EVENT_BUS).subscribe(PaymentEvents.CAPTURED, async (event) => {
        captured.push((event.data as { id: string }).id)
      })
    })

    /** A quote with a 30 % deposit, accepted; the buyer opens the card payment page. */
    async function depositOpenedWithCard() {
      const { token } = await createSentQuote(api, admin, store, { deposit_percent: 30 })
      const accepted = await api.post(
        quoteLink(token, "/accept"),
        { selected_item_ids: [] },
        store.storeHeaders
      )
      const order_id = accepted.data.order.id as string
      const [invoice] = await billing().listPortalInvoices({ order_id, kind: "deposit" })
      const session = await api.post(
        quoteLink(token, `/invoices/${invoice.id}/payment-sessions`),
        { provider_id: STRIPE },
        store.storeHeaders
      )
      const intent = standIn.intents.get(session.data.payment_session.data.id)!
      return { token, order_id, invoice, intent }
    }

    /** Stripe delivering an event to Medusa's webhook route. */
    async function deliver(delivery: { body: string; headers: Record<string, string> }) {
      const before = handledWebhooks().length
      const res = await api.post(WEBHOOK, delivery.body, {
        headers: delivery.headers,
        transformRequest: [(data: string) => data],
      })
      // Medusa answers at once and verifies later, in its webhook subscriber.
      const handled = await waitFor(
        async () => (handledWebhooks().length > before ? handledWebhooks()[before] : null),
        300
      )
      return { status: res.status, handled }
    }

    async function paymentsOf(paymentCollectionId: string) {
      const collection = await getContainer()
        .resolve(Modules.PAYMENT)
        .retrievePaymentCollection(paymentCollectionId, {
          relations: ["payments", "payments.captures"],
        })
      return collection.payments ?? []
    }

    async function orderState(orderId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "summary.*"],
        filters: { id: orderId },
      })
      const transactions = await getContainer()
        .resolve(Modules.ORDER)
        .listOrderTransactions({ order_id: orderId })
      const res = await api.get(`/admin/orders/${orderId}?fields=id,payment_status`, admin)
      return {
        payment_status: res.data.order.payment_status as string,
        paid_total: Number((data[0].summary as { paid_total?: unknown }).paid_total),
        captures: transactions.filter((t) => t.reference === "capture").length,
      }
    }

    async function snapshot(order_id: string, invoiceId: string, paymentCollectionId: string) {
      const invoice = await billing().retrievePortalInvoice(invoiceId)
      const payments = await paymentsOf(paymentCollectionId)
      return {
        invoice: { status: invoice.status, paid_at: invoice.paid_at },
        payments: payments.map((p) => ({ id: p.id, captures: p.captures?.length })),
        order: await orderState(order_id),
      }
    }

    it("pays a deposit by card: the signed webhook marks the invoice paid once, Medusa counts it once", async () => {
      const { order_id, invoice, intent } = await depositOpenedWithCard()
      expect(intent).toMatchObject({
        amount: Math.round(Number(invoice.amount) * 100),
        currency: "usd",
        status: "requires_payment_method",
      })
      expect(intent.metadata.session_id).toEqual(expect.any(String))

      standIn.succeed(intent.id)
      const delivered = await deliver(standIn.webhook("payment_intent.succeeded", intent))
      expect(delivered.status).toBe(200)
      expect(delivered.handled).toEqual({ action: "captured" })

      const paid = await waitUntilPaid(getContainer(), invoice.id)
      expect(paid.paid_at).toBeInstanceOf(Date)
      const payments = await paymentsOf(invoice.payment_collection_id)
      expect(payments).toHaveLength(1)
      expect(payments[0]).toMatchObject({ provider_id: STRIPE })
      expect(payments[0].captures).toHaveLength(1)
      expect(await orderState(order_id)).toEqual({
        payment_status: "partially_captured",
        paid_total: Number(invoice.amount),
        captures: 1,
      })
    })

    it("changes nothing when Stripe delivers the same webhook again", async () => {
      const { order_id, invoice, intent } = await depositOpenedWithCard()
      standIn.succeed(intent.id)
      const delivery = standIn.webhook("payment_intent.succeeded", intent)
      await deliver(delivery)
      await waitUntilPaid(getContainer(), invoice.id)
      await waitFor(async () => (captured.length >= 1 ? true : null))
      const before = await snapshot(order_id, invoice.id, invoice.payment_collection_id)

      const replay = await deliver(delivery)
      expect(replay.status).toBe(200)
      // The replay ran through Medusa's capture workflow again, to its `payment.captured`.
      await waitFor(async () => (captured.length >= 2 ? true : null))

      expect(await snapshot(order_id, invoice.id, invoice.payment_collection_id)).toEqual(before)
      const quoteEvents = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "portal_quote_event",
          fields: ["type"],
          filters: { quote_id: invoice.quote_id!, type: "invoice_paid" },
        })
      expect(quoteEvents.data).toHaveLength(1)
    })

    it("ignores a webhook with a forged signature", async () => {
      const { order_id, invoice, intent } = await depositOpenedWithCard()
      // Stripe really took the money, but the delivery is not signed with the merchant's secret.
      standIn.succeed(intent.id)
      const before = await snapshot(order_id, invoice.id, invoice.payment_collection_id)

      const forged = await deliver(
        standIn.webhook("payment_intent.succeeded", intent, "whsec_someone_else")
      )
      // Medusa's route answers 200 before verifying; its subscriber refuses the signature.
      expect(forged.handled.error).toMatch(/signature/i)
      const tampered = standIn.webhook("payment_intent.succeeded", intent)
      const altered = await deliver({
        headers: tampered.headers,
        body: tampered.body.replace(`"amount":${intent.amount}`, `"amount":1`),
      })
      expect(altered.handled.error).toMatch(/signature/i)

      expect(await snapshot(order_id, invoice.id, invoice.payment_collection_id)).toEqual(before)
      expect(before.invoice.status).toBe("unpaid")
      expect(captured).toEqual([])
    })
  },
})
