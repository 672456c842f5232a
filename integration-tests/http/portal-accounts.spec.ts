import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PERMISSION_KEYS } from "../../src/shared/permissions"
import { ACCOUNTS_MODULE } from "../../src/modules/accounts"
import type AccountsModuleService from "../../src/modules/accounts/service"
import {
  createAdminUser,
  createStore,
  Headers,
  openMembership,
  quoteBody,
  settle,
} from "../helpers/fixtures"

jest.setTimeout(120_000)

const COMPANIES = "/admin/portal/companies"
const TEAMS = "/admin/portal/teams"
const MISSING_COMPANY = "pcomp_01JZZZZZZZZZZZZZZZZZZZZZZZ"
const MISSING_MEMBER = "pmem_01JZZZZZZZZZZZZZZZZZZZZZZZ"
const MISSING_TEAM = "pteam_01JZZZZZZZZZZZZZZZZZZZZZZZ"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let adminId: string

    beforeEach(async () => {
      const { user, headers } = await createAdminUser(getContainer())
      admin = headers
      adminId = user.id
    })

    const customers = () => getContainer().resolve(Modules.CUSTOMER)

    async function createCustomer(email: string) {
      return customers().createCustomers({ email, first_name: "Bea", last_name: "Buyer" })
    }

    async function groupCustomerIds(groupId: string): Promise<string[]> {
      const links = await customers().listCustomerGroupCustomers({ customer_group_id: groupId })
      return links.map((link) => link.customer_id).sort()
    }

    async function createCompany(body: Record<string, unknown> = {}) {
      const res = await api.post(COMPANIES, { name: "Acme Ltd", ...body }, admin)
      return res.data.company
    }

    async function events(companyId: string) {
      const res = await api.get(`${COMPANIES}/${companyId}/events?limit=100`, admin)
      return res.data.events as { type: string; actor_id: string; actor_type: string }[]
    }

    async function teamByHandle(handle: string) {
      const res = await api.get(TEAMS, admin)
      return res.data.teams.find((team: { handle: string }) => team.handle === handle)
    }

    describe("who may call it", () => {
      it("refuses anonymous callers with 401 on every route", async () => {
        const company = await createCompany()
        const calls = [
          api.get(COMPANIES),
          api.post(COMPANIES, { name: "X" }),
          api.get(`${COMPANIES}/${company.id}`),
          api.post(`${COMPANIES}/${company.id}`, { name: "Y" }),
          api.delete(`${COMPANIES}/${company.id}`),
          api.get(`${COMPANIES}/${company.id}/members`),
          api.post(`${COMPANIES}/${company.id}/members`, { customer: { email: "a@b.test" } }),
          api.post(`${COMPANIES}/${company.id}/members/${MISSING_MEMBER}`, { status: "active" }),
          api.delete(`${COMPANIES}/${company.id}/members/${MISSING_MEMBER}`),
          api.get(`${COMPANIES}/${company.id}/events`),
          api.get(TEAMS),
          api.post(TEAMS, { name: "T", permissions: [] }),
          api.post(`${TEAMS}/${MISSING_TEAM}`, { name: "T" }),
          api.delete(`${TEAMS}/${MISSING_TEAM}`),
          api.get("/admin/portal/permissions"),
        ]
        const statuses = (await Promise.all(calls.map(settle))).map((res) => res.status)
        expect(statuses).toEqual(calls.map(() => 401))
        expect((await api.get(COMPANIES, admin)).data.companies).toHaveLength(1)
      })
    })

    describe("companies", () => {
      it("creates a company with its customer group and records who did it", async () => {
        const company = await createCompany({ is_supplier: true, discount_percent: 5 })

        expect(company).toMatchObject({
          name: "Acme Ltd",
          allow_portal: true,
          is_customer: true,
          is_supplier: true,
          discount_percent: 5,
        })
        const group = await customers().retrieveCustomerGroup(company.customer_group_id)
        expect(group.name).toBe("Acme Ltd")
        expect(await events(company.id)).toEqual([
          expect.objectContaining({
            type: "company_created",
            actor_type: "staff",
            actor_id: adminId,
          }),
        ])
        const list = await api.get(`${COMPANIES}?q=acme`, admin)
        expect(list.data).toMatchObject({ count: 1, companies: [{ id: company.id }] })
        // The purchase order form's supplier picker lists suppliers only.
        const suppliers = await api.get(`${COMPANIES}?is_supplier=true`, admin)
        expect(suppliers.data.companies.map((c: { id: string }) => c.id)).toEqual([company.id])
        expect((await api.get(`${COMPANIES}?is_supplier=false`, admin)).data.count).toBe(0)
        expect((await api.get(`${COMPANIES}?is_customer=true`, admin)).data.count).toBe(1)
        expect((await api.get(`${COMPANIES}/${company.id}`, admin)).data.company.id).toBe(
          company.id
        )
      })

      it("renames the customer group with the company and refuses a taken name", async () => {
        const company = await createCompany()
        await createCompany({ name: "Other Co" })

        const renamed = await api.post(`${COMPANIES}/${company.id}`, { name: "Acme Group" }, admin)
        expect(renamed.data.company.name).toBe("Acme Group")
        expect((await customers().retrieveCustomerGroup(company.customer_group_id)).name).toBe(
          "Acme Group"
        )

        const taken = await settle(
          api.post(`${COMPANIES}/${company.id}`, { name: "Other Co" }, admin)
        )
        expect(taken.status).toBe(409)
        const duplicate = await settle(api.post(COMPANIES, { name: "Other Co" }, admin))
        expect(duplicate.status).toBe(409)
        expect((await customers().retrieveCustomerGroup(company.customer_group_id)).name).toBe(
          "Acme Group"
        )
      })

      it("answers 400 for bad input and bad ids, 404 for unknown ones", async () => {
        const bad = await Promise.all(
          [
            api.post(COMPANIES, {}, admin),
            api.post(COMPANIES, { name: "X", discount_percent: 101 }, admin),
            api.post(COMPANIES, { name: "X", is_customer: false }, admin),
            api.post(COMPANIES, { name: "X", extra: 1 }, admin),
            api.get(`${COMPANIES}?order=nope`, admin),
            api.get(`${COMPANIES}/not-an-id`, admin),
            api.post(`${COMPANIES}/${MISSING_COMPANY}`, {}, admin),
          ].map(settle)
        )
        expect(bad.map((res) => res.status)).toEqual([400, 400, 400, 400, 400, 400, 400])
        const missing = await Promise.all(
          [
            api.get(`${COMPANIES}/${MISSING_COMPANY}`, admin),
            api.post(`${COMPANIES}/${MISSING_COMPANY}`, { name: "X" }, admin),
            api.delete(`${COMPANIES}/${MISSING_COMPANY}`, admin),
            api.get(`${COMPANIES}/${MISSING_COMPANY}/members`, admin),
            api.get(`${COMPANIES}/${MISSING_COMPANY}/events`, admin),
            api.post(
              `${COMPANIES}/${MISSING_COMPANY}/members`,
              { customer: { email: "x@y.test" } },
              admin
            ),
          ].map(settle)
        )
        expect(missing.map((res) => res.status)).toEqual([404, 404, 404, 404, 404, 404])
        expect((await api.get(COMPANIES, admin)).data.count).toBe(0)
        expect(await customers().listCustomers({ email: "x@y.test" })).toEqual([])
      })

      it("deletes a company without members, with its customer group, and refuses one with members", async () => {
        const company = await createCompany()
        const customer = await createCustomer("bea@acme.test")
        const member = (
          await api.post(`${COMPANIES}/${company.id}/members`, { customer_id: customer.id }, admin)
        ).data.member

        expect((await settle(api.delete(`${COMPANIES}/${company.id}`, admin))).status).toBe(409)

        await api.delete(`${COMPANIES}/${company.id}/members/${member.id}`, admin)
        const deleted = await api.delete(`${COMPANIES}/${company.id}`, admin)
        expect(deleted.data).toEqual({ id: company.id, object: "portal_company", deleted: true })
        expect((await settle(api.get(`${COMPANIES}/${company.id}`, admin))).status).toBe(404)
        expect(await customers().listCustomerGroups({ id: company.customer_group_id })).toEqual([])
      })
    })

    describe("members and the customer group", () => {
      it("follows add, disable, enable, withdraw, allow and remove", async () => {
        const company = await createCompany()
        const group = company.customer_group_id
        const bea = await createCustomer("bea@acme.test")

        const added = await api.post(
          `${COMPANIES}/${company.id}/members`,
          { customer_id: bea.id },
          admin
        )
        const member = added.data.member
        expect(added.status).toBe(201)
        expect(member).toMatchObject({
          customer_id: bea.id,
          status: "active",
          customer: { email: "bea@acme.test" },
          teams: [{ handle: "customer-portal-users" }],
        })

        const created = await api.post(
          `${COMPANIES}/${company.id}/members`,
          { customer: { email: "Carl@Acme.test", first_name: "Carl" }, team_ids: [] },
          admin
        )
        const carl = created.data.member
        expect(carl).toMatchObject({
          customer: { email: "carl@acme.test", first_name: "Carl", has_account: false },
          teams: [],
        })
        // Only an accepted invitation opens a membership, and with it the group.
        expect(await groupCustomerIds(group)).toEqual([])
        await openMembership(getContainer(), member.id)
        await openMembership(getContainer(), carl.id)
        expect(await groupCustomerIds(group)).toEqual([bea.id, carl.customer_id].sort())

        const again = await settle(
          api.post(`${COMPANIES}/${company.id}/members`, { customer_id: bea.id }, admin)
        )
        expect(again.status).toBe(409)
        const sameEmail = await settle(
          api.post(
            `${COMPANIES}/${company.id}/members`,
            { customer: { email: "bea@acme.test" } },
            admin
          )
        )
        expect(sameEmail.status).toBe(409)

        await api.post(
          `${COMPANIES}/${company.id}/members/${member.id}`,
          { status: "disabled" },
          admin
        )
        expect(await groupCustomerIds(group)).toEqual([carl.customer_id])

        await api.post(
          `${COMPANIES}/${company.id}/members/${member.id}`,
          { status: "active" },
          admin
        )
        expect(await groupCustomerIds(group)).toEqual([bea.id, carl.customer_id].sort())

        await api.post(`${COMPANIES}/${company.id}`, { allow_portal: false }, admin)
        expect(await groupCustomerIds(group)).toEqual([])

        await api.post(`${COMPANIES}/${company.id}`, { allow_portal: true }, admin)
        expect(await groupCustomerIds(group)).toEqual([bea.id, carl.customer_id].sort())

        await api.delete(`${COMPANIES}/${company.id}/members/${carl.id}`, admin)
        expect(await groupCustomerIds(group)).toEqual([bea.id])
        const list = await api.get(`${COMPANIES}/${company.id}/members`, admin)
        expect(list.data.members.map((m: { id: string }) => m.id)).toEqual([member.id])

        const trail = await events(company.id)
        expect(trail.map((event) => event.type).sort()).toEqual(
          [
            "company_created",
            "member_added",
            "team_granted",
            "member_added",
            "member_disabled",
            "member_enabled",
            "portal_withdrawn",
            "portal_allowed",
            "member_removed",
          ].sort()
        )
        expect(trail.every((event) => event.actor_id === adminId)).toBe(true)
      })

      it("lets one customer belong to several companies, each with its own group", async () => {
        const first = await createCompany()
        const second = await createCompany({ name: "Second Ltd" })
        const bea = await createCustomer("bea@acme.test")
        for (const company of [first, second]) {
          const added = await api.post(
            `${COMPANIES}/${company.id}/members`,
            { customer_id: bea.id },
            admin
          )
          await openMembership(getContainer(), added.data.member.id)
        }
        expect(await groupCustomerIds(first.customer_group_id)).toEqual([bea.id])
        expect(await groupCustomerIds(second.customer_group_id)).toEqual([bea.id])
      })

      it("lists a customer's companies with their membership, for the customer page", async () => {
        const first = await createCompany()
        // Buys and supplies, so its contacts may be in the supplier team.
        const second = await createCompany({ name: "Second Ltd", is_supplier: true })
        await createCompany({ name: "Third Ltd" })
        const bea = await createCustomer("bea@acme.test")
        const lone = await createCustomer("lone@acme.test")
        const suppliers = await teamByHandle("customer-portal-supplier-users")
        await api.post(`${COMPANIES}/${first.id}/members`, { customer_id: bea.id }, admin)
        const member = (
          await api.post(
            `${COMPANIES}/${second.id}/members`,
            { customer_id: bea.id, team_ids: [suppliers.id] },
            admin
          )
        ).data.member
        await api.post(
          `${COMPANIES}/${second.id}/members/${member.id}`,
          { status: "disabled" },
          admin
        )

        const list = await api.get(`${COMPANIES}?customer_id=${bea.id}`, admin)
        expect(list.data.count).toBe(2)
        expect(list.data.companies.map((company: { name: string }) => company.name)).toEqual([
          "Acme Ltd",
          "Second Ltd",
        ])
        expect(list.data.companies[1].member).toMatchObject({
          id: member.id,
          customer_id: bea.id,
          status: "disabled",
          invitation_status: "none",
          teams: [{ id: suppliers.id, handle: "customer-portal-supplier-users" }],
        })
        const named = await api.get(`${COMPANIES}?customer_id=${bea.id}&q=second`, admin)
        expect(named.data.companies.map((company: { id: string }) => company.id)).toEqual([
          second.id,
        ])
        const none = await api.get(`${COMPANIES}?customer_id=${lone.id}`, admin)
        expect(none.data).toMatchObject({ companies: [], count: 0 })
        // Without the filter, no membership is attached.
        const all = await api.get(COMPANIES, admin)
        expect(all.data.count).toBe(3)
        expect(all.data.companies[0]).not.toHaveProperty("member")
        const bad = await settle(api.get(`${COMPANIES}?customer_id=nope`, admin))
        expect(bad.status).toBe(400)
      })

      it("refuses a team that grants nothing on the company's sides, such as a supplier team for a customer-only company", async () => {
        const buyerOnly = await createCompany()
        const bea = await createCustomer("bea@acme.test")
        const suppliers = await teamByHandle("customer-portal-supplier-users")
        const buyers = await teamByHandle("customer-portal-users")
        const added = await settle(
          api.post(
            `${COMPANIES}/${buyerOnly.id}/members`,
            { customer_id: bea.id, team_ids: [suppliers.id] },
            admin
          )
        )
        expect(added.status).toBe(400)
        expect(added.data.message).toContain(`"${suppliers.name}" grants nothing`)
        expect((await api.get(`${COMPANIES}/${buyerOnly.id}/members`, admin)).data.members).toEqual(
          []
        )
        const member = (
          await api.post(`${COMPANIES}/${buyerOnly.id}/members`, { customer_id: bea.id }, admin)
        ).data.member
        const moved = await settle(
          api.post(
            `${COMPANIES}/${buyerOnly.id}/members/${member.id}`,
            { team_ids: [buyers.id, suppliers.id] },
            admin
          )
        )
        expect(moved.status).toBe(400)
        const members = (await api.get(`${COMPANIES}/${buyerOnly.id}/members`, admin)).data.members
        expect(members[0].teams.map((team: { id: string }) => team.id)).toEqual([buyers.id])
      })

      it("diffs team changes into grants and revokes", async () => {
        // Buys and supplies: both sides' teams are for its contacts.
        const company = await createCompany({ is_supplier: true })
        const bea = await createCustomer("bea@acme.test")
        const member = (
          await api.post(`${COMPANIES}/${company.id}/members`, { customer_id: bea.id }, admin)
        ).data.member
        const buyers = await teamByHandle("customer-portal-users")
        const suppliers = await teamByHandle("customer-portal-supplier-users")

        // Added with both sides' default teams; now only the supplier team.
        const updated = await api.post(
          `${COMPANIES}/${company.id}/members/${member.id}`,
          { team_ids: [suppliers.id] },
          admin
        )
        expect(updated.data.member.teams).toEqual([
          { id: suppliers.id, name: suppliers.name, handle: suppliers.handle },
        ])
        const trail = await events(company.id)
        expect(trail.filter((event) => event.type === "team_revoked")).toEqual([
          expect.objectContaining({ actor_id: adminId, data: { team_id: buyers.id } }),
        ])
        expect(trail.filter((event) => event.type === "team_granted")).toHaveLength(2)
      })

      it("answers 400 for bad member input and 404 for unknown members", async () => {
        const company = await createCompany()
        const base = `${COMPANIES}/${company.id}/members`
        const bad = await Promise.all(
          [
            api.post(base, {}, admin),
            api.post(base, { customer_id: "cus_nope" }, admin),
            api.post(base, { customer: { email: "not-an-email" } }, admin),
            api.post(base, { customer: { email: "a@b.test" }, team_ids: [MISSING_TEAM] }, admin),
            api.post(base, { customer_id: "cus_01JZZZZZZZZZZZZZZZZZZZZZZZ" }, admin),
            api.post(`${base}/${MISSING_MEMBER}`, { status: "gone" }, admin),
            api.post(`${base}/bad`, { status: "active" }, admin),
          ].map(settle)
        )
        expect(bad.map((res) => res.status)).toEqual([400, 400, 400, 400, 400, 400, 400])
        const missing = await Promise.all(
          [
            api.post(`${base}/${MISSING_MEMBER}`, { status: "disabled" }, admin),
            api.delete(`${base}/${MISSING_MEMBER}`, admin),
          ].map(settle)
        )
        expect(missing.map((res) => res.status)).toEqual([404, 404])
        expect(await customers().listCustomers({ email: "a@b.test" })).toEqual([])
        expect((await api.get(base, admin)).data.members).toEqual([])
      })
    })

    describe("quotes and companies", () => {
      it("takes the customer's single active company, or the one given if they are a member", async () => {
        const store = await createStore(getContainer())
        const company = await createCompany()
        const other = await createCompany({ name: "Other Co" })
        await api.post(
          `${COMPANIES}/${company.id}/members`,
          { customer_id: store.customer.id },
          admin
        )

        const quote = (await api.post("/admin/portal/quotes", quoteBody(store), admin)).data.quote
        expect(quote.company_id).toBe(company.id)

        const notMember = await settle(
          api.post("/admin/portal/quotes", quoteBody(store, { company_id: other.id }), admin)
        )
        expect(notMember.status).toBe(400)
        const cleared = await api.post(
          `/admin/portal/quotes/${quote.id}`,
          { company_id: null },
          admin
        )
        expect(cleared.data.quote.company_id).toBeNull()
        const wrong = await settle(
          api.post(`/admin/portal/quotes/${quote.id}`, { company_id: other.id }, admin)
        )
        expect(wrong.status).toBe(400)

        // A company with quotes cannot be deleted, even once its members are gone.
        await api.post(`/admin/portal/quotes/${quote.id}`, { company_id: company.id }, admin)
        const members = (await api.get(`${COMPANIES}/${company.id}/members`, admin)).data.members
        await api.delete(`${COMPANIES}/${company.id}/members/${members[0].id}`, admin)
        expect((await settle(api.delete(`${COMPANIES}/${company.id}`, admin))).status).toBe(409)
      })

      it("re-quotes for the original's company while the customer is still an active member of it", async () => {
        const store = await createStore(getContainer())
        const company = await createCompany()
        const other = await createCompany({ name: "Other Co" })
        await api.post(
          `${COMPANIES}/${company.id}/members`,
          { customer_id: store.customer.id },
          admin
        )
        const otherMember = (
          await api.post(
            `${COMPANIES}/${other.id}/members`,
            { customer_id: store.customer.id },
            admin
          )
        ).data.member
        const quote = (
          await api.post("/admin/portal/quotes", quoteBody(store, { company_id: other.id }), admin)
        ).data.quote
        await api.post(`/admin/portal/quotes/${quote.id}/cancel`, {}, admin)
        const duplicate = async () =>
          (await api.post(`/admin/portal/quotes/${quote.id}/duplicate`, {}, admin)).data.quote
        expect((await duplicate()).company_id).toBe(other.id)

        // No longer active there: the default rule, the single active company.
        await api.post(
          `${COMPANIES}/${other.id}/members/${otherMember.id}`,
          { status: "disabled" },
          admin
        )
        expect((await duplicate()).company_id).toBe(company.id)
      })
    })

    describe("teams and permissions", () => {
      it("lists the catalogue with descriptions", async () => {
        const res = await api.get("/admin/portal/permissions", admin)
        expect(res.data.permissions.map((p: { key: string }) => p.key)).toEqual(PERMISSION_KEYS)
        expect(res.data.permissions[0]).toEqual({
          key: "quotes.view",
          description: "See the company's quotes",
          side: "customer",
        })
      })

      it("lists the default teams, creates, updates and deletes a team, auditing each", async () => {
        const list = await api.get(TEAMS, admin)
        expect(list.data.teams.map((team: { handle: string }) => team.handle).sort()).toEqual([
          "customer-portal-supplier-users",
          "customer-portal-users",
        ])

        const created = await api.post(
          TEAMS,
          { name: "Accounts Payable", permissions: ["invoices.pay", "invoices.view"] },
          admin
        )
        const team = created.data.team
        expect(team).toMatchObject({
          handle: "accounts-payable",
          is_default: false,
          permissions: ["invoices.view", "invoices.pay"],
        })
        const updated = await api.post(
          `${TEAMS}/${team.id}`,
          { name: "AP", permissions: ["invoices.view"] },
          admin
        )
        expect(updated.data.team).toMatchObject({ name: "AP", handle: "accounts-payable" })

        expect(
          (await settle(api.post(TEAMS, { name: "Accounts Payable", permissions: [] }, admin)))
            .status
        ).toBe(409)
        await api.delete(`${TEAMS}/${team.id}`, admin)
        expect((await settle(api.delete(`${TEAMS}/${team.id}`, admin))).status).toBe(404)

        const audit = await getContainer()
          .resolve<AccountsModuleService>(ACCOUNTS_MODULE)
          .listPortalAccessEvents({ type: ["team_created", "team_updated", "team_deleted"] })
        expect(audit.map((event) => event.type).sort()).toEqual([
          "team_created",
          "team_deleted",
          "team_updated",
        ])
        expect(audit.every((event) => event.actor_id === adminId)).toBe(true)
      })

      it("protects the default teams: no delete, no rename, permissions editable", async () => {
        const buyers = await teamByHandle("customer-portal-users")

        const deleted = await settle(api.delete(`${TEAMS}/${buyers.id}`, admin))
        expect(deleted.status).toBe(409)
        expect(deleted.data.message).toMatch(/default team/)
        const renamed = await settle(api.post(`${TEAMS}/${buyers.id}`, { name: "Buyers" }, admin))
        expect(renamed.status).toBe(409)

        const edited = await api.post(
          `${TEAMS}/${buyers.id}`,
          { permissions: ["quotes.view"] },
          admin
        )
        expect(edited.data.team).toMatchObject({
          name: "Customer Portal Users",
          permissions: ["quotes.view"],
        })
      })

      it("refuses to delete a team that still has members", async () => {
        const team = (await api.post(TEAMS, { name: "Ops", permissions: ["orders.view"] }, admin))
          .data.team
        const company = await createCompany()
        const bea = await createCustomer("bea@acme.test")
        await api.post(
          `${COMPANIES}/${company.id}/members`,
          { customer_id: bea.id, team_ids: [team.id] },
          admin
        )
        expect((await settle(api.delete(`${TEAMS}/${team.id}`, admin))).status).toBe(409)
      })

      it("answers 400 for unknown permissions and bad input, 404 for unknown teams", async () => {
        const bad = await Promise.all(
          [
            api.post(TEAMS, { name: "X", permissions: ["users.manage"] }, admin),
            api.post(TEAMS, { name: "X", permissions: "quotes.view" }, admin),
            api.post(TEAMS, { name: "X", handle: "Not A Handle", permissions: [] }, admin),
            api.post(TEAMS, { permissions: [] }, admin),
            api.post(`${TEAMS}/${MISSING_TEAM}`, {}, admin),
            api.post(`${TEAMS}/nope`, { name: "X" }, admin),
          ].map(settle)
        )
        expect(bad.map((res) => res.status)).toEqual([400, 400, 400, 400, 400, 400])
        expect(bad[0].data.message).toMatch(/Unknown permission/)
        const missing = await Promise.all(
          [
            api.post(`${TEAMS}/${MISSING_TEAM}`, { name: "X" }, admin),
            api.delete(`${TEAMS}/${MISSING_TEAM}`, admin),
          ].map(settle)
        )
        expect(missing.map((res) => res.status)).toEqual([404, 404])
        expect((await api.get(TEAMS, admin)).data.count).toBe(2)
      })
    })
  },
})
