import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import Stripe from "stripe"

/**
 * A local stand-in for the few Stripe API endpoints Medusa's Stripe provider
 * calls (`@medusajs/payment-stripe`, core/stripe-base.js): create, retrieve,
 * update, capture and cancel a PaymentIntent. Nothing leaves the machine; the
 * test-only provider (stripe-stand-in-provider.ts) points its Stripe client here.
 *
 * `succeed(id)` plays the buyer confirming their card with Stripe.js, and
 * `webhook(...)` builds the request Stripe would send, signed with the `stripe`
 * library's own `generateTestHeaderString`.
 */

export const STAND_IN_API_KEY = "sk_test_portal_stand_in"
export const STAND_IN_WEBHOOK_SECRET = "whsec_portal_stand_in"
/** The env var the test-only provider reads the stand-in's address from. */
export const STAND_IN_URL_ENV = "PORTAL_TEST_STRIPE_STAND_IN_URL"

export type StandInIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: string
  client_secret: string
  status: string
  metadata: Record<string, string>
  payment_method: string | null
  last_payment_error: null
  created: number
  livemode: false
}

/** Stripe sends form-encoded bodies with bracketed keys: `metadata[session_id]=…`. */
function parseForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const path = rawKey.split(/\[|\]\[|\]/).filter(Boolean)
    let target = out as Record<string, unknown>
    path.forEach((key, i) => {
      if (i === path.length - 1) target[key] = value
      else target = (target[key] ??= {}) as Record<string, unknown>
    })
  }
  return out
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString("utf8")
}

export type StripeStandIn = {
  url: string
  intents: Map<string, StandInIntent>
  /** Every call, as "METHOD /path". */
  calls: string[]
  succeed: (id: string) => StandInIntent
  /** A webhook delivery: the raw body and the `stripe-signature` header Stripe would send. */
  webhook: (
    type: string,
    intent: StandInIntent,
    secret?: string
  ) => { body: string; headers: Record<string, string> }
  close: () => Promise<void>
}

export async function startStripeStandIn(): Promise<StripeStandIn> {
  const intents = new Map<string, StandInIntent>()
  const calls: string[] = []
  const stripe = new Stripe(STAND_IN_API_KEY)
  const reply = (status: number, body: unknown) => ({ status, body })

  const handle = async (method: string, path: string, form: Record<string, unknown>) => {
    const [, , resource, id, action] = path.split("/")
    if (resource !== "payment_intents") {
      return reply(404, {
        error: { type: "invalid_request_error", message: `No stand-in for ${path}` },
      })
    }
    if (method === "POST" && !id) {
      const intent: StandInIntent = {
        id: `pi_${randomBytes(12).toString("hex")}`,
        object: "payment_intent",
        amount: Number(form.amount),
        amount_capturable: 0,
        amount_received: 0,
        currency: String(form.currency),
        capture_method: String(form.capture_method ?? "automatic"),
        client_secret: `pi_secret_${randomBytes(12).toString("hex")}`,
        status: "requires_payment_method",
        metadata: (form.metadata as Record<string, string>) ?? {},
        payment_method: null,
        last_payment_error: null,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
      }
      intents.set(intent.id, intent)
      return reply(200, intent)
    }
    const intent = id ? intents.get(id) : undefined
    if (!intent) {
      return reply(404, { error: { type: "invalid_request_error", code: "resource_missing" } })
    }
    if (method === "GET") return reply(200, intent)
    if (action === "capture") {
      Object.assign(intent, {
        status: "succeeded",
        amount_received: intent.amount,
        amount_capturable: 0,
      })
    } else if (action === "cancel") {
      intent.status = "canceled"
    } else if (!action && form.amount) {
      intent.amount = Number(form.amount)
    }
    return reply(200, intent)
  }

  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? "").split("?")[0]
    calls.push(`${req.method} ${path}`)
    const { status, body } = await handle(req.method ?? "GET", path, parseForm(await readBody(req)))
    res.writeHead(status, { "content-type": "application/json" })
    res.end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    intents,
    calls,
    succeed(id) {
      const intent = intents.get(id)
      if (!intent) throw new Error(`No PaymentIntent ${id}`)
      return Object.assign(intent, {
        status: "succeeded",
        amount_received: intent.amount,
        payment_method: "pm_card_visa",
      })
    },
    webhook(type, intent, secret = STAND_IN_WEBHOOK_SECRET) {
      const body = JSON.stringify({
        id: `evt_${randomBytes(12).toString("hex")}`,
        object: "event",
        type,
        api_version: "2024-04-10",
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        data: { object: { ...intent } },
      })
      const signature = stripe.webhooks.generateTestHeaderString({ payload: body, secret })
      return {
        body,
        headers: { "content-type": "application/json", "stripe-signature": signature },
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
