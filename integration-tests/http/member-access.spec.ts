import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CUSTOMER_PERMISSIONS, SUPPLIER_PERMISSIONS } from "../../src/shared/permissions"
import {
  createAdminUser,
  createCustomerToken,
  Headers,
  settle,
  type TestResponse,
} from "../helpers/fixtures"
import { discoverRoutes } from "../helpers/fuzz"

jest.setTimeout(180_000)

/** Every kind of caller a member route must tell apart (docs/ARCHITECTURE.md, "Permission model"). */
const ACTORS = [
  "anonymous",
  "no membership",
  "other company",
  "disabled",
  "withdrawn company",
  "lacking permission",
  "supplier only",
  "allowed",
] as const
type Actor = (typeof ACTORS)[number]

type Expectation = Record<Actor, number>

/**
 * The route × actor matrix of the member routes: every route the portal
 * registers under /store/portal, except the token routes, needs an entry, so a
 * new member route without one fails here.
 */
const MATRIX: Record<string, Expectation> = {
  "GET /store/portal/me": {
    anonymous: 401,
    "no membership": 403,
    "other company": 403,
    disabled: 403,
    "withdrawn company": 403,
    // /me needs no permission: a contact whose teams grant nothing still sees who they are.
    "lacking permission": 200,
    "supplier only": 200,
    allowed: 200,
  },
}

// Token routes are not member routes: quote links, and accepting an invitation (its token
// is the credential; portal-invitations.spec.ts tests it).
const TOKEN_ROUTES = ["/store/portal/quote-links", "/store/portal/invitations"]
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

    /** A contact with a login: a customer, a bearer token, and optionally a membership. */
    async function contact(email: string) {
      const customer = (
        await api.post(
          "/admin/customers",
          { email, first_name: "Casey", last_name: email.split("@")[0] },
          admin
        )
      ).data.customer
      const token = await createCustomerToken(getContainer(), customer.id, email)
      return { id: customer.id as string, token }
    }

    async function company(name: string, sides: { is_customer: boolean; is_supplier: boolean }) {
      return (await api.post("/admin/portal/companies", { name, ...sides }, admin)).data.company
    }

    async function team(name: string, permissions: readonly string[]) {
      return (await api.post("/admin/portal/teams", { name, permissions }, admin)).data.team
    }

    async function addMember(companyId: string, customerId: string, teamIds: string[]) {
      return (
        await api.post(
          `/admin/portal/companies/${companyId}/members`,
          { customer_id: customerId, team_ids: teamIds },
          admin
        )
      ).data.member
    }

    /** One caller of each kind, and the headers each one sends. */
    async function actors(): Promise<Record<Actor, { headers: Record<string, string> }>> {
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
      return {
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
    }

    it("answers every member route as the matrix says for every kind of caller", async () => {
      const callers = await actors()
      const publishable = (await api.post(
        "/admin/api-keys",
        { title: "Portal", type: "publishable" },
        admin
      )) as TestResponse
      const key = publishable.data.api_key.token as string

      const seen: Record<string, Record<string, number>> = {}
      for (const route of memberRoutes) {
        const [method, path] = route.split(" ")
        seen[route] = {}
        for (const actor of ACTORS) {
          const headers = { ...callers[actor].headers, "x-publishable-api-key": key }
          const res = await settle(
            method === "GET" ? api.get(path, { headers }) : api.post(path, {}, { headers })
          )
          seen[route][actor] = res.status
        }
      }
      expect(seen).toEqual(Object.fromEntries(memberRoutes.map((route) => [route, MATRIX[route]])))
    })

    it("tells each contact who they are, their companies and what they may do there", async () => {
      const callers = await actors()
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

      // A supplier-only company's contact gets no customer permission, whatever their teams grant.
      const vendor = (await api.get("/store/portal/me", withKey("supplier only"))).data
      expect(vendor.permissions).toEqual([...SUPPLIER_PERMISSIONS])

      const lacking = (await api.get("/store/portal/me", withKey("lacking permission"))).data
      expect(lacking.permissions).toEqual([])
    })
  },
})
