import { join } from "node:path"
import { createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CUSTOMER_PERMISSIONS, SUPPLIER_PERMISSIONS } from "../../src/shared/permissions"
import {
  agreementTemplateBody,
  createAcceptedQuote,
  createAdminUser,
  createSentQuote,
  createStore,
  enablePaymentProviders,
  Headers,
  settle,
  portalAccounts,
  type Store,
} from "../helpers/fixtures"
import { discoverRoutes } from "../helpers/fuzz"
import { type Actor, ACTORS, MATRIX, type MatrixFixtures } from "../helpers/member-matrix"

jest.setTimeout(180_000)

// Token routes are not member routes: quote links, and accepting an invitation (its token
// is the credential; portal-invitations.spec.ts tests it). Nor is the public branding
// (publishable key only; the test below checks it answers nothing else).
const TOKEN_ROUTES = [
  "/store/portal/quote-links",
  "/store/portal/invitations",
  "/store/portal/branding",
]
const memberRoutes = discoverRoutes(join(__dirname, "../../src/api"))
  .filter(
    (route) =>
      route.path.startsWith("/store/portal/") &&
      !TOKEN_ROUTES.some((prefix) => route.path.startsWith(prefix))
  )
  .flatMap((route) => route.methods.map((method) => `${method} ${route.path}`))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
    })

    it("has an entry for every member route", () => {
      expect(memberRoutes.length).toBeGreaterThan(0)
      expect(memberRoutes.filter((route) => !MATRIX[route])).toEqual([])
    })

    it("answers the public branding with the merchant's name, logo and colour only", async () => {
      const store = await createStore(getContainer())
      const res = await api.get("/store/portal/branding", store.storeHeaders)
      expect(res.data).toEqual({
        branding: {
          name: expect.any(String),
          logo_url: null,
          primary_color: expect.stringMatching(/^#/),
        },
      })
      const refused = await Promise.all([
        settle(api.get("/store/portal/branding")),
        settle(api.get("/store/portal/branding?fields=*", store.storeHeaders)),
      ])
      expect(refused.map((r) => r.status)).toEqual([400, 400])
    })

    const accounts = () => portalAccounts(api, admin, getContainer())

    type World = {
      callers: Record<Actor, { headers: Record<string, string> }>
      fixtures?: MatrixFixtures
    }

    /**
     * One caller of each kind, and the headers each one sends. With a store,
     * Acme (the allowed caller's company) and Rival also get quotes, an order
     * and an invoice: the records the routes act on.
     */
    async function world(store?: Store): Promise<World> {
      const { company, team, addMember, contact } = accounts()
      const buyer = await company("Acme", { is_customer: true, is_supplier: false })
      const rival = await company("Rival", { is_customer: true, is_supplier: false })
      const closed = await company("Closed", { is_customer: true, is_supplier: false })
      const supplier = await company("Parts Co", { is_customer: false, is_supplier: true })
      const buyers = await team("Buyers", CUSTOMER_PERMISSIONS)
      const suppliers = await team("Suppliers", SUPPLIER_PERMISSIONS)
      const nobody = await team("Nothing", [])

      const allowed = await contact("allowed@acme.test")
      await addMember(buyer.id, allowed.id, [buyers.id])
      const lacking = await contact("lacking@acme.test")
      await addMember(buyer.id, lacking.id, [nobody.id])
      const disabled = await contact("disabled@acme.test")
      const disabledMember = await addMember(buyer.id, disabled.id, [buyers.id])
      await api.post(
        `/admin/portal/companies/${buyer.id}/members/${disabledMember.id}`,
        { status: "disabled" },
        admin
      )
      const outsider = await contact("outsider@rival.test")
      await addMember(rival.id, outsider.id, [buyers.id])
      const withdrawn = await contact("withdrawn@closed.test")
      await addMember(closed.id, withdrawn.id, [buyers.id])
      await api.post(`/admin/portal/companies/${closed.id}`, { allow_portal: false }, admin)
      const vendor = await contact("vendor@parts.test")
      await addMember(supplier.id, vendor.id, [suppliers.id, buyers.id])
      const stranger = await contact("stranger@example.test")

      const as = (who: { token: string }, companyId?: string) => ({
        headers: {
          authorization: `Bearer ${who.token}`,
          ...(companyId ? { "x-portal-company": companyId } : {}),
        },
      })
      const callers = {
        anonymous: { headers: {} },
        "no membership": as(stranger),
        // A member of Rival naming Acme, a company they do not belong to.
        "other company": as(outsider, buyer.id),
        disabled: as(disabled),
        "withdrawn company": as(withdrawn),
        "lacking permission": as(lacking),
        "supplier only": as(vendor),
        allowed: as(allowed),
      }
      if (!store) return { callers }

      // The store's customer buys for both Acme and Rival; each quote names its company.
      await addMember(buyer.id, store.customer.id, [buyers.id])
      await addMember(rival.id, store.customer.id, [buyers.id])
      const template = await api.post(
        "/admin/portal/agreement-templates",
        agreementTemplateBody(),
        admin
      )
      const sent = async (companyId: string, extra: Record<string, unknown> = {}) =>
        (await createSentQuote(api, admin, store, { company_id: companyId, ...extra })).quote
          .id as string
      const accepted = async (companyId: string) => {
        const { quote, order_id } = await createAcceptedQuote(api, admin, store, {
          company_id: companyId,
          deposit_percent: 30,
        })
        const invoices = await api.get(`/admin/portal/invoices?order_id=${order_id}`, admin)
        return { quote_id: quote.id as string, order_id, invoice_id: invoices.data.invoices[0].id }
      }
      const foreign = await accepted(rival.id)
      const own = await accepted(buyer.id)
      // The pay routes need a provider the region allows, and pay a session made beforehand.
      await enablePaymentProviders(getContainer(), store.region.id)
      const balance = (
        await api.post("/admin/portal/invoices", { order_id: own.order_id, kind: "balance" }, admin)
      ).data.invoice
      const { result: session } = await createPaymentSessionsWorkflow(getContainer()).run({
        input: {
          payment_collection_id: balance.payment_collection_id,
          provider_id: "pp_system_default",
        },
      })
      return {
        callers,
        fixtures: {
          company_id: buyer.id,
          quote_id: await sent(buyer.id),
          accept_quote_id: await sent(buyer.id),
          decline_quote_id: await sent(buyer.id),
          sign_quote_id: await sent(buyer.id, {
            agreement_template_id: template.data.agreement_template.id,
          }),
          order_id: own.order_id,
          invoice_id: own.invoice_id,
          pay: { invoice_id: balance.id, payment_session_id: session.id },
          product_id: await portalProduct(store),
          foreign: {
            quote_id: await sent(rival.id),
            order_id: foreign.order_id,
            invoice_id: foreign.invoice_id,
          },
        },
      }
    }

    /** Puts the store's printer into the portal's sales channel, for the catalog routes. */
    async function portalProduct(store: Store) {
      const channel = (await api.get("/admin/portal/settings", admin)).data.portal_channel
      const productId = store.variants[0].product_id as string
      await api.post(
        `/admin/sales-channels/${channel.sales_channel.id}/products`,
        { add: [productId] },
        admin
      )
      return productId
    }

    const fill = (path: string, params: Record<string, string> = {}) =>
      path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? `missing-${name}`)

    it("answers every member route as the matrix says for every kind of caller", async () => {
      const store = await createStore(getContainer())
      const { callers, fixtures } = await world(store)
      const headersOf = (actor: Actor) => ({
        ...callers[actor].headers,
        ...store.storeHeaders.headers,
      })
      const call = (method: string, path: string, body: unknown, actor: Actor) =>
        settle(
          method === "GET"
            ? api.get(path, { headers: headersOf(actor) })
            : api.post(path, body, { headers: headersOf(actor) })
        )

      const seen: Record<string, Record<string, number>> = {}
      const leaks: string[] = []
      const foreignIds = Object.values(fixtures!.foreign)
      for (const route of memberRoutes) {
        const [method, template] = route.split(" ")
        const entry = MATRIX[route]
        const path = fill(template, entry.params?.(fixtures!))
        const body = entry.body?.(fixtures!) ?? {}
        seen[route] = {}
        for (const actor of ACTORS) {
          const res = await call(method, path, body, actor)
          seen[route][actor] = res.status
          if (actor === "allowed" && method === "GET") {
            const text = JSON.stringify(res.data ?? "")
            if (foreignIds.some((id) => text.includes(id))) leaks.push(route)
          }
        }
        if (entry.foreign) {
          const res = await call(method, fill(template, entry.foreign(fixtures!)), body, "allowed")
          seen[route]["another company's record"] = res.status
        }
      }
      const expected = Object.fromEntries(
        memberRoutes.map((route) => [
          route,
          MATRIX[route].foreign
            ? { ...MATRIX[route].expect, "another company's record": 404 }
            : MATRIX[route].expect,
        ])
      )
      expect(seen).toEqual(expected)
      expect(leaks).toEqual([])
    })

    it("refuses a caller without access before reading anything they sent", async () => {
      const { callers } = await world()
      const publishable = await api.post(
        "/admin/api-keys",
        { title: "Portal", type: "publishable" },
        admin
      )
      const seen: Record<string, number[]> = {}
      for (const route of memberRoutes) {
        const [method, template] = route.split(" ")
        // A malformed id, and an unknown query parameter or a body no validator accepts.
        const path = fill(template, {}) + (method === "GET" ? "?nonsense=1" : "")
        seen[route] = []
        for (const actor of ["anonymous", "no membership"] as const) {
          const headers = {
            ...callers[actor].headers,
            "x-publishable-api-key": publishable.data.api_key.token,
          }
          const res = await settle(
            method === "GET"
              ? api.get(path, { headers })
              : api.post(path, { nonsense: [1] }, { headers })
          )
          seen[route].push(res.status)
        }
      }
      expect(seen).toEqual(Object.fromEntries(memberRoutes.map((route) => [route, [401, 403]])))
    })

    it("tells each contact who they are, their companies and what they may do there", async () => {
      const { callers } = await world()
      const publishable = await api.post(
        "/admin/api-keys",
        { title: "Portal", type: "publishable" },
        admin
      )
      const withKey = (actor: Actor) => ({
        headers: {
          ...callers[actor].headers,
          "x-publishable-api-key": publishable.data.api_key.token,
        },
      })

      const me = (await api.get("/store/portal/me", withKey("allowed"))).data
      expect(me.contact.email).toBe("allowed@acme.test")
      expect(me.companies.map((c: { name: string }) => c.name)).toEqual(["Acme"])
      expect(me.active_company_id).toBe(me.companies[0].id)
      expect(me.permissions).toEqual([...CUSTOMER_PERMISSIONS])
      // The merchant's branding for the signed-in pages, as the public route has it.
      expect(Object.keys(me.branding).sort()).toEqual(["logo_url", "name", "primary_color"])
      // The ordering settings the cart page follows (all off by default).
      expect(me.ordering).toEqual({
        allow_quote_requests: false,
        allow_place_order: false,
        hide_prices: false,
      })
      await api.post("/admin/portal/settings", { allow_quote_requests: true }, admin)
      expect((await api.get("/store/portal/me", withKey("allowed"))).data.ordering).toEqual({
        allow_quote_requests: true,
        allow_place_order: false,
        hide_prices: false,
      })

      // A supplier-only company's contact gets no customer permission, whatever their teams grant.
      const vendor = (await api.get("/store/portal/me", withKey("supplier only"))).data
      expect(vendor.permissions).toEqual([...SUPPLIER_PERMISSIONS])

      const lacking = (await api.get("/store/portal/me", withKey("lacking permission"))).data
      expect(lacking.permissions).toEqual([])
    })
  },
})
