import http from "node:http"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  agreementTemplateBody,
  createAdminUser,
  createSentQuote,
  createStore,
  Headers,
  settle,
  signBody,
  Store,
  quoteLink as link,
} from "../helpers/fixtures"
import { discoverRoutes, rawRequest, type RawRequest, type RawResponse } from "../helpers/fuzz"
import { captureDefaultLog } from "../helpers/log-capture"

jest.setTimeout(120_000)

const LIMIT = 5
const badToken = (i: number) => `${"x".repeat(40)}${String(i).padStart(3, "0")}`

/** Every route whose path carries a token: the quote link's, and the invitation check. */
const TOKEN_ROUTES = discoverRoutes(join(__dirname, "../../src/api")).filter(
  (route) =>
    route.path.startsWith("/store/portal/quote-links/:token") ||
    route.path.startsWith("/store/portal/invitations/:token")
)

/**
 * Failed quote-link lookups are limited per client address, with one counter
 * shared by every server instance; the address comes from the socket unless a
 * trusted proxy forwarded the request (docs/ARCHITECTURE.md, "Security rules").
 */
medusaIntegrationTestRunner({
  inApp: true,
  // Medusa's access log is off under NODE_ENV=test; the token test reads it as in development.
  env: { PORTAL_LINK_FAILURE_LIMIT: String(LIMIT), NODE_ENV: "development" },
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store
    const from = (forwardedFor: string) => ({
      headers: { ...store.storeHeaders.headers, "x-forwarded-for": forwardedFor },
    })

    beforeEach(async () => {
      delete process.env.PORTAL_TRUSTED_PROXIES
      admin = (await createAdminUser(getContainer())).headers
      store = await createStore(getContainer())
    })
    afterAll(() => {
      delete process.env.PORTAL_TRUSTED_PROXIES
    })

    it("answers 429 to an address that keeps guessing tokens, even for a valid token", async () => {
      const { token } = await createSentQuote(api, admin, store)

      expect((await api.get(link(token), store.storeHeaders)).status).toBe(200)
      for (let i = 0; i < LIMIT; i++) {
        const miss = await settle(api.get(link(badToken(i)), store.storeHeaders))
        expect(miss.status).toBe(404)
      }
      const blocked = await settle(api.get(link(token), store.storeHeaders))
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toMatch(/Too many/)
      const blockedPost = await settle(
        api.post(link(token, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
      )
      expect(blockedPost.status).toBe(429)
    })

    it("does not count lookups of a good link against the address", async () => {
      const { token } = await createSentQuote(api, admin, store)
      for (let i = 0; i < LIMIT * 3; i++) {
        expect((await api.get(link(token), store.storeHeaders)).status).toBe(200)
      }
      expect((await settle(api.get(link(badToken(0)), store.storeHeaders))).status).toBe(404)
    })

    it("looks up at most the limit of 100 bad tokens sent at once", async () => {
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          settle(api.get(link(badToken(i)), store.storeHeaders))
        )
      )
      const statuses = answers.map((r) => r.status)
      expect(statuses.filter((s) => s === 404)).toHaveLength(LIMIT)
      expect(statuses.filter((s) => s === 429)).toHaveLength(100 - LIMIT)
    })

    it("ignores X-Forwarded-For from a client that is not a trusted proxy", async () => {
      for (let i = 0; i < LIMIT; i++) {
        const miss = await settle(api.get(link(badToken(i)), from(`198.51.100.${i + 1}`)))
        expect(miss.status).toBe(404)
      }
      const rotated = await settle(api.get(link(badToken(99)), from("198.51.100.200")))
      expect(rotated.status).toBe(429)
    })

    it("believes X-Forwarded-For only from a configured trusted proxy", async () => {
      process.env.PORTAL_TRUSTED_PROXIES = "loopback"
      for (let i = 0; i < LIMIT; i++) {
        expect((await settle(api.get(link(badToken(i)), from("198.51.100.1")))).status).toBe(404)
      }
      expect((await settle(api.get(link(badToken(9)), from("198.51.100.1")))).status).toBe(429)
      // Another client behind the same proxy has its own budget.
      expect((await settle(api.get(link(badToken(9)), from("198.51.100.2")))).status).toBe(404)
    })

    it("keeps tokens out of the log and sends the no-leak headers on every answer of every token route", async () => {
      expect(TOKEN_ROUTES.length).toBeGreaterThan(8)
      const { token } = await createSentQuote(api, admin, store)
      const invitationToken = `invite${"I".repeat(37)}`
      const secrets = [
        token,
        invitationToken,
        ...Array.from({ length: LIMIT }, (_, i) => badToken(i)),
      ]
      const agent = new http.Agent({ keepAlive: true })
      const baseUrl = api.defaults.baseURL as string
      const key = store.storeHeaders.headers["x-publishable-api-key"]
      const json = { "content-type": "application/json", "x-publishable-api-key": key }
      const answers: Array<{ request: RawRequest; response: RawResponse }> = []
      const send = async (request: RawRequest) => {
        const response = await rawRequest(baseUrl, request, agent)
        answers.push({ request, response })
        return response
      }
      const pathOf = (routePath: string, tokenText = token, invoiceId = "inv_unknown") =>
        routePath
          .replace(":token", routePath.includes("invitations") ? invitationToken : tokenText)
          .replace(":invoice_id", invoiceId)
      /** Every kind of malformed request, through every method of every token route. */
      const malformed = (route: (typeof TOKEN_ROUTES)[number]): RawRequest[] =>
        route.methods.flatMap((method) => {
          const path = pathOf(route.path)
          const base = { method, headers: json }
          const requests: RawRequest[] = [
            { ...base, path, body: method === "GET" ? undefined : "{}" },
            { ...base, path: `${path}?a.b=1` },
            { ...base, path: pathOf(route.path, `${token}%ZZ`) },
            { ...base, path: pathOf(route.path, `${token}.x`) },
            { ...base, path: path.toUpperCase().replace(token.toUpperCase(), token) },
            { method, path, headers: { "content-type": "application/json" } },
            { ...base, path: `${path}/nowhere` },
          ]
          if (route.params.includes("invoice_id")) {
            requests.push({ ...base, path: pathOf(route.path, token, "bad%ZZ") })
            requests.push({ ...base, path: pathOf(route.path, token, "a.b") })
          }
          if (method !== "GET") {
            requests.push(
              { ...base, path, body: '{"selected_item_ids": [' },
              { ...base, path, headers: { ...json, "content-type": "text/plain" }, body: "hi" },
              { ...base, path, body: JSON.stringify({ filler: "x".repeat(2.5 * 1024 * 1024) }) }
            )
          }
          return requests
        })

      const rateLimited: Array<{ path: string; status: number; body: unknown }> = []
      const { logged, restore } = captureDefaultLog(getContainer())
      try {
        for (const route of TOKEN_ROUTES) {
          for (const request of malformed(route)) await send(request)
        }
        // A browser's preflight, answered by Medusa's CORS before any code of ours.
        await send({
          method: "OPTIONS",
          path: link(token, "/accept"),
          headers: { origin: "http://localhost:5173", "access-control-request-method": "POST" },
        })
        // Conflicts: accepted once, then every change is refused.
        const acceptBody = JSON.stringify({ selected_item_ids: [] })
        expect(
          (
            await send({
              method: "POST",
              path: link(token, "/accept"),
              headers: json,
              body: acceptBody,
            })
          ).status
        ).toBe(200)
        for (const action of ["/accept", "/decline", "/selection"]) {
          const refused = await send({
            method: "POST",
            path: link(token, action),
            headers: json,
            body: action === "/decline" ? JSON.stringify({ reason: "Too late" }) : acceptBody,
          })
          expect(refused.status).toBe(409)
        }
        // Rate-limited: the address guesses until it is refused, then every route answers 429.
        for (let i = 0; i < LIMIT; i++) {
          await send({ method: "GET", path: link(badToken(i)), headers: json })
        }
        for (const route of TOKEN_ROUTES.filter((r) => r.path.includes("quote-links"))) {
          for (const method of route.methods) {
            const limited = await send({
              method,
              path: pathOf(route.path),
              headers: json,
              body: method === "GET" ? undefined : "{}",
            })
            rateLimited.push({ path: route.path, status: limited.status, body: limited.json })
          }
        }
      } finally {
        restore()
        agent.destroy()
      }

      const log = logged.join("\n")
      // The capture worked: the access log and the error lines of the refusals are in it.
      expect(log).toContain("/store/portal/quote-links/:token/accept")
      expect(log).toMatch(/Error 409 at \/store\/portal\/quote-links\/:token\/accept/)
      expect(log).toMatch(/Error 429 at \/store\/portal\/quote-links\/:token/)
      expect(log).toMatch(/Error 415 at \/store\/portal\/quote-links\/:token/)
      for (const secret of secrets) {
        expect(logged.filter((line) => line.includes(secret))).toEqual([])
      }
      // Half a token is a secret too (error messages once echoed a path's first 40 characters).
      expect(logged.filter((line) => line.includes(token.slice(0, 20)))).toEqual([])

      const statuses = new Set(answers.map(({ response }) => response.status))
      expect([...statuses].filter((status) => status >= 500)).toEqual([])
      for (const status of [200, 400, 404, 409, 413, 415, 429]) expect(statuses).toContain(status)
      const withoutHeaders = answers
        .filter(({ request }) => request.method !== "OPTIONS")
        .filter(
          ({ response }) =>
            response.headers["referrer-policy"] !== "no-referrer" ||
            response.headers["cache-control"] !== "no-store"
        )
        .map(
          ({ request, response }) =>
            `${request.method} ${request.path.slice(0, 80)} ${response.status}`
        )
      expect(withoutHeaders).toEqual([])
      // A 429 says what it is in Medusa's error shape.
      expect(rateLimited).toEqual(
        rateLimited.map(({ path }) => ({
          path,
          status: 429,
          body: {
            type: "not_allowed",
            code: "access.too_many_links",
            message: expect.stringMatching(/Too many/),
          },
        }))
      )
    })

    it("records the socket address with a signature unless a trusted proxy forwarded it", async () => {
      const template = await api.post(
        "/admin/portal/agreement-templates",
        agreementTemplateBody(),
        admin
      )
      const signedIp = async (forwardedFor: string) => {
        const { quote, token } = await createSentQuote(api, admin, store, {
          agreement_template_id: template.data.agreement_template.id,
        })
        const signed = await api.post(link(token, "/sign"), signBody(), from(forwardedFor))
        expect(signed.status).toBe(200)
        const view = await api.get(`/admin/portal/quotes/${quote.id}`, admin)
        return view.data.quote.signed_agreement.ip as string
      }

      const direct = await signedIp("203.0.113.7")
      expect(direct).not.toContain("203.0.113.7")
      expect(direct).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/)

      process.env.PORTAL_TRUSTED_PROXIES = "loopback"
      expect(await signedIp("203.0.113.7")).toBe("203.0.113.7")
    })
  },
})
