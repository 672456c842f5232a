import { join } from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import jwt from "jsonwebtoken"
import { issueInvitation } from "../../src/workflows/portal/workflows/invite-member"
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
import {
  type Actor,
  actorsOf,
  MATRIX,
  type MatrixFixtures,
  type Side,
  sideOf,
} from "../helpers/member-matrix"
import {
  acknowledgedPurchaseOrder,
  createOrderableVariants,
  createWarehouse,
  sentPurchaseOrder,
  tomorrow,
} from "../helpers/procurement"
import { PROCUREMENT_MODULE } from "../../src/modules/procurement"
import type ProcurementModuleService from "../../src/modules/procurement/service"
import { submitSupplierBillWorkflow } from "../../src/workflows/procurement/workflows/submit-supplier-bill"
import { shareDocumentWorkflow } from "../../src/workflows/collaboration/workflows/share-document"
import { requestDocumentsWorkflow } from "../../src/workflows/collaboration/workflows/document-requests"
import { staffStartConversationWorkflow } from "../../src/workflows/collaboration/workflows/conversations"
import {
  attachWorkRequestFileWorkflow,
  submitWorkRequestWorkflow,
} from "../../src/workflows/collaboration/workflows/work-requests"
import { COLLABORATION_MODULE } from "../../src/modules/collaboration"
import type CollaborationModuleService from "../../src/modules/collaboration/service"

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

    type Caller = { headers: Record<string, string> }
    type World = {
      /** The callers of each side's routes (member-matrix/types.ts). */
      callers: Record<Side, Partial<Record<Actor, Caller>>>
      fixtures?: MatrixFixtures
    }

    /**
     * One caller of each kind for each side, and the headers each one sends.
     * With a store, Acme (the allowed customer's company) and Rival also get
     * quotes, an order and an invoice, and Parts Co (the allowed supplier's
     * company) and Bolt Works purchase orders and bills: the records the routes
     * act on.
     */
    async function world(store?: Store): Promise<World> {
      const { company, team, addMember, contact } = accounts()
      // Acme and Parts Co start on both sides and give one up once their contacts are
      // in teams of that side (below): staff may not put a contact in a team that fits
      // none of the company's sides, but a company can still stop buying or supplying.
      const buyer = await company("Acme", { is_customer: true, is_supplier: true })
      const rival = await company("Rival", { is_customer: true, is_supplier: false })
      const closed = await company("Closed", { is_customer: true, is_supplier: false })
      const supplier = await company("Parts Co", { is_customer: true, is_supplier: true })
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

      // The supplier side: Parts Co's contacts, Bolt Works (another supplier), a withdrawn one.
      const bolt = await company("Bolt Works", { is_customer: false, is_supplier: true })
      const shut = await company("Shut Supply", { is_customer: false, is_supplier: true })
      const boltVendor = await contact("vendor@bolt.test")
      await addMember(bolt.id, boltVendor.id, [suppliers.id])
      const disabledVendor = await contact("disabled@parts.test")
      const disabledVendorMember = await addMember(supplier.id, disabledVendor.id, [suppliers.id])
      await api.post(
        `/admin/portal/companies/${supplier.id}/members/${disabledVendorMember.id}`,
        { status: "disabled" },
        admin
      )
      const shutVendor = await contact("vendor@shut.test")
      await addMember(shut.id, shutVendor.id, [suppliers.id])
      await api.post(`/admin/portal/companies/${shut.id}`, { allow_portal: false }, admin)
      // A customer team at a supplier-only company grants nothing there.
      const buyerAtSupplier = await contact("buyer@parts.test")
      await addMember(supplier.id, buyerAtSupplier.id, [buyers.id])
      // A supplier team at a customer-only company grants nothing there either.
      const supplierAtBuyer = await contact("supplier-team@acme.test")
      await addMember(buyer.id, supplierAtBuyer.id, [buyers.id, suppliers.id])
      await api.post(`/admin/portal/companies/${buyer.id}`, { is_supplier: false }, admin)
      await api.post(`/admin/portal/companies/${supplier.id}`, { is_customer: false }, admin)

      const as = (who: { token: string }, companyId?: string) => ({
        headers: {
          authorization: `Bearer ${who.token}`,
          ...(companyId ? { "x-portal-company": companyId } : {}),
        },
      })
      const callers: World["callers"] = {
        customer: {
          anonymous: { headers: {} },
          "no membership": as(stranger),
          // A member of Rival naming Acme, a company they do not belong to.
          "other company": as(outsider, buyer.id),
          disabled: as(disabled),
          "withdrawn company": as(withdrawn),
          "lacking permission": as(lacking),
          "supplier only": as(vendor),
          allowed: as(allowed),
        },
        supplier: {
          anonymous: { headers: {} },
          "no membership": as(stranger),
          // A contact of Bolt Works naming Parts Co.
          "other company": as(boltVendor, supplier.id),
          disabled: as(disabledVendor),
          "withdrawn company": as(shutVendor),
          "lacking permission": as(buyerAtSupplier),
          "customer only": as(supplierAtBuyer),
          allowed: as(vendor),
        },
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
      const procurement = await supplierRecords(supplier.id, vendor.id, bolt.id, boltVendor.id)
      // Documents are offered, and each customer company has one.
      // Documents and work requests are offered, and each customer company has some.
      await api.post(
        "/admin/portal/settings",
        { documents_enabled: true, work_requests_enabled: true, conversations_enabled: true },
        admin
      )
      const shared = async (companyId: string) =>
        (
          await shareDocumentWorkflow(getContainer()).run({
            input: {
              company_id: companyId,
              user_id: "user_matrix",
              file: {
                file_name: "terms.pdf",
                content: Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64"),
              },
            },
          })
        ).result.id
      const requested = async (companyId: string) => {
        const { result } = await requestDocumentsWorkflow(getContainer()).run({
          input: {
            company_id: companyId,
            title: "Onboarding",
            requested_by: "user_matrix",
            items: [{ name: "Certificate of insurance" }],
          },
        })
        const items = await getContainer()
          .resolve<CollaborationModuleService>(COLLABORATION_MODULE)
          .listDocumentRequestItems({ request_id: result.id })
        return { id: result.id, item_id: items[0].id }
      }
      const workRequest = async (companyId: string) =>
        (
          await submitWorkRequestWorkflow(getContainer()).run({
            input: {
              access: {
                kind: "member",
                customer_id: store.customer.id,
                company_id: companyId,
                permissions: CUSTOMER_PERMISSIONS,
              },
              subject: "Gate repair",
              description: "The north gate sticks.",
            },
          })
        ).result.id
      const ownRequest = await workRequest(buyer.id)
      const { result: attachment } = await attachWorkRequestFileWorkflow(getContainer()).run({
        input: {
          request_id: ownRequest,
          source: "staff",
          added_by: "user_matrix",
          file: {
            file_name: "drawing.pdf",
            content: Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64"),
          },
        },
      })
      const conversation = async (companyId: string) =>
        (
          await staffStartConversationWorkflow(getContainer()).run({
            input: {
              company_id: companyId,
              user_id: "user_matrix",
              subject: "Your account",
              body: "Welcome aboard.",
            },
          })
        ).result.id
      return {
        callers,
        fixtures: {
          supplier: procurement.own,
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
          document_id: await shared(buyer.id),
          document_request: await requested(buyer.id),
          document_upload: await requested(buyer.id),
          work_request_id: ownRequest,
          work_request_attachment_id: attachment.id,
          conversation_id: await conversation(buyer.id),
          foreign: {
            quote_id: await sent(rival.id),
            order_id: foreign.order_id,
            invoice_id: foreign.invoice_id,
            document_id: await shared(rival.id),
            document_request_id: (await requested(rival.id)).id,
            work_request_id: await workRequest(rival.id),
            conversation_id: await conversation(rival.id),
            ...procurement.foreign,
          },
        },
      }
    }

    /**
     * Purchase orders and bills of Parts Co (`own`) and of Bolt Works (`foreign`),
     * sent and acknowledged through the staff and supplier workflows.
     */
    async function supplierRecords(
      partsId: string,
      partsContactId: string,
      boltId: string,
      boltContactId: string
    ) {
      const container = getContainer()
      const variants = await createOrderableVariants(container)
      const warehouse = await createWarehouse(container)
      const seed = (companyId: string) => ({
        supplier_company_id: companyId,
        stock_location_id: warehouse.id,
        lines: variants.map((variant) => ({ variant_id: variant.id, quantity: 4, unit_cost: 9.5 })),
      })
      const billed = async (companyId: string, contactId: string, billNumber: string) => {
        const id = await acknowledgedPurchaseOrder(container, seed(companyId), {
          customer_id: contactId,
        })
        const { result } = await submitSupplierBillWorkflow(container).run({
          input: {
            access: {
              kind: "member",
              customer_id: contactId,
              company_id: companyId,
              permissions: [...SUPPLIER_PERMISSIONS],
            },
            purchase_order_id: id,
            bill_number: billNumber,
            amount: "38.00",
            due_at: "2030-01-31",
            file: { content: pdfBase64, size: pdfBase64.length },
          },
        })
        return { purchase_order_id: id, bill_id: result.id }
      }
      const pdfBase64 = Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64")
      const acknowledgeId = await sentPurchaseOrder(container, seed(partsId))
      const lines = await container
        .resolve<ProcurementModuleService>(PROCUREMENT_MODULE)
        .listPortalPurchaseOrderLines({ purchase_order_id: acknowledgeId })
      const own = await billed(partsId, partsContactId, "PARTS-1")
      const foreign = await billed(boltId, boltContactId, "BOLT-1")
      return {
        own: {
          purchase_order_id: await sentPurchaseOrder(container, seed(partsId)),
          acknowledge: {
            purchase_order_id: acknowledgeId,
            lines: lines.map((line) => ({ line_id: line.id, promised_at: tomorrow(5) })),
          },
          change_purchase_order_id: await sentPurchaseOrder(container, seed(partsId)),
          billable_purchase_order_id: own.purchase_order_id,
          bill_id: own.bill_id,
        },
        foreign: {
          purchase_order_id: foreign.purchase_order_id,
          supplier_bill_id: foreign.bill_id,
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
      const headersOf = (side: Side, actor: Actor) => ({
        ...callers[side][actor]!.headers,
        ...store.storeHeaders.headers,
      })
      const call = (method: string, path: string, body: unknown, side: Side, actor: Actor) =>
        settle(
          method === "GET"
            ? api.get(path, { headers: headersOf(side, actor) })
            : api.post(path, body, { headers: headersOf(side, actor) })
        )

      const seen: Record<string, Record<string, number>> = {}
      const leaks: string[] = []
      const foreignIds = Object.values(fixtures!.foreign)
      for (const route of memberRoutes) {
        const [method, template] = route.split(" ")
        const entry = MATRIX[route]
        const path = fill(template, entry.params?.(fixtures!))
        const body = entry.body?.(fixtures!) ?? {}
        const side = sideOf(entry.expect)
        seen[route] = {}
        for (const actor of actorsOf(entry.expect)) {
          const res = await call(method, path, body, side, actor)
          seen[route][actor] = res.status
          if (actor === "allowed" && method === "GET") {
            const text = JSON.stringify(res.data ?? "")
            if (foreignIds.some((id) => text.includes(id))) leaks.push(route)
          }
        }
        if (entry.foreign) {
          const res = await call(
            method,
            fill(template, entry.foreign(fixtures!)),
            body,
            side,
            "allowed"
          )
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
            ...callers.customer[actor]!.headers,
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

    it("lets a login registered before its invitation act for no company until it is accepted, and never with its older tokens", async () => {
      const container = getContainer()
      const { company, team } = accounts()
      const acme = await company("Acme", { is_customer: true, is_supplier: true })
      const everything = await team("Everything", [
        ...CUSTOMER_PERMISSIONS,
        ...SUPPLIER_PERMISSIONS,
      ])
      const key = (
        await api.post("/admin/api-keys", { title: "Portal", type: "publishable" }, admin)
      ).data.api_key.token as string
      // Someone signs up under the contact's email (Medusa verifies no email).
      const email = "bea@acme.test"
      const registered = await api.post("/auth/customer/emailpass/register", {
        email,
        password: "squatter-password",
      })
      const customer = (
        await api.post(
          "/store/customers",
          { email },
          {
            headers: {
              authorization: `Bearer ${registered.data.token}`,
              "x-publishable-api-key": key,
            },
          }
        )
      ).data.customer
      const login = await api.post("/auth/customer/emailpass", {
        email,
        password: "squatter-password",
      })
      // The merchant then adds the customer record with that email to Acme.
      const member = (
        await api.post(
          `/admin/portal/companies/${acme.id}/members`,
          { customer_id: customer.id, team_ids: [everything.id] },
          admin
        )
      ).data.member
      const customerGroup = async () =>
        (
          await container
            .resolve(Modules.CUSTOMER)
            .listCustomerGroupCustomers({ customer_group_id: acme.customer_group_id })
        ).map((link) => link.customer_id)
      expect(await customerGroup()).toEqual([])

      const statusesWith = async (token: string) => {
        const seen: Record<string, number> = {}
        for (const route of memberRoutes) {
          const [method, template] = route.split(" ")
          const headers = { authorization: `Bearer ${token}`, "x-publishable-api-key": key }
          const path = fill(template, {})
          const res = await settle(
            method === "GET" ? api.get(path, { headers }) : api.post(path, {}, { headers })
          )
          seen[route] = res.status
        }
        return seen
      }
      const everyRoute = (status: number) =>
        Object.fromEntries(memberRoutes.map((route) => [route, status]))
      expect(await statusesWith(login.data.token)).toEqual(everyRoute(403))

      // The contact proves the mailbox: a password reset, then the invitation's link.
      const { token: invitation } = await issueInvitation(container, {
        company_id: acme.id,
        member_id: member.id,
        actor_id: "user_test",
      })
      await container
        .resolve(Modules.AUTH)
        .updateProvider("emailpass", { entity_id: email, password: "owner-password" })
      const accepted = await api.post(
        "/store/portal/invitations/accept",
        { token: invitation, password: "owner-password" },
        { headers: { "x-publishable-api-key": key } }
      )
      const fresh = { authorization: `Bearer ${accepted.data.token}`, "x-publishable-api-key": key }
      expect((await api.get("/store/portal/me", { headers: fresh })).status).toBe(200)
      expect(await customerGroup()).toEqual([customer.id])

      // Tokens issued before the acceptance (here: at sign-up, a minute earlier) stay refused,
      // on every member route and for a refresh into a newer one.
      const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const { iat: _iat, exp: _exp, ...claims } = jwt.decode(login.data.token) as jwt.JwtPayload
      const older = jwt.sign(
        { ...claims, iat: Math.floor(Date.now() / 1000) - 60 },
        config.projectConfig.http.jwtSecret as string,
        { expiresIn: "1d" }
      )
      expect(await statusesWith(older)).toEqual(everyRoute(401))
      const refresh = await settle(
        api.post("/auth/token/refresh", {}, { headers: { authorization: `Bearer ${older}` } })
      )
      expect(refresh.status).toBe(401)
      const refreshed = await api.post("/auth/token/refresh", {}, { headers: fresh })
      expect(
        (
          await api.get("/store/portal/me", {
            headers: { ...fresh, authorization: `Bearer ${refreshed.data.token}` },
          })
        ).status
      ).toBe(200)
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
          ...callers.customer[actor]!.headers,
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
