import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Client } from "@medusajs/framework/pg"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
// Medusa's own runner, not integration-tests/helpers/medusa-runner.ts: this file's
// database is the fixture, not a copy of the migrated template, and migrating it
// is what the file tests.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils/dist/index"
import { ACCOUNTS_MODULE } from "../../src/modules/accounts"
import type AccountsModuleService from "../../src/modules/accounts/service"
import { PORTAL_MODULE } from "../../src/modules/portal"
import type PortalModuleService from "../../src/modules/portal/service"
import { ADDED_PERMISSIONS } from "../../src/modules/accounts/added-permissions"

jest.setTimeout(180_000)

/**
 * A database made before the accounts module existed keeps every row through
 * `medusa db:migrate` (docs/ARCHITECTURE.md, "Modules and links"): the runner
 * creates this file's database from the fixture, then runs every module's
 * migrations and the link sync over it, as `medusa db:migrate` does, dropping
 * link tables no link defines any more.
 */
const FIXTURE = join(__dirname, "..", "fixtures", "portal-before-accounts-split.sql")
const LINK_TABLE = "portal_portal_company_order_order"
const dbName = `portal-accounts-split-${process.env.JEST_WORKER_ID ?? "1"}`

const connect = async (database: string) => {
  const client = new Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database,
  })
  await client.connect()
  return client
}

type Row = Record<string, unknown>
type Rows = Record<string, Row[]>

/** Every row of every table but Medusa's two bookkeeping tables, by table. */
async function readRows(query: (sql: string) => Promise<Row[]>, tables: string[]): Promise<Rows> {
  const rows: Rows = {}
  for (const table of tables) {
    const result = await query(`SELECT to_jsonb(t) AS row FROM public."${table}" t ORDER BY t.id`)
    rows[table] = result.map(({ row }) => row as Row)
  }
  return rows
}

let fixtureTables: string[] = []
let before: Rows = {}

medusaIntegrationTestRunner({
  dbName,
  hooks: {
    // Runs before the runner creates the database (it then finds it made) and
    // migrates it.
    beforeServerStart: async () => {
      const admin = await connect("postgres")
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${dbName}"`)
        await admin.query(`CREATE DATABASE "${dbName}"`)
      } finally {
        await admin.end()
      }
      const client = await connect(dbName)
      try {
        await client.query(readFileSync(FIXTURE, "utf8"))
        const { rows } = await client.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
             AND table_name NOT IN ('mikro_orm_migrations', 'link_module_migrations')
           ORDER BY table_name`
        )
        fixtureTables = rows.map((row: { table_name: string }) => row.table_name)
        before = await readRows(async (sql) => (await client.query(sql)).rows, fixtureTables)
      } finally {
        await client.end()
      }
    },
  },
  testSuite: ({ getContainer, dbConnection }) => {
    const sql = async (text: string, bindings: unknown[] = []): Promise<Row[]> =>
      (await dbConnection.raw(text, bindings)).rows

    // One test reads, the other writes: the runner restores the database between tests.
    it("keeps every row, applies no moved migration twice and reads the rows through both services", async () => {
      expect(fixtureTables).toHaveLength(13)
      expect(fixtureTables).toContain(LINK_TABLE)
      const after = await readRows(sql, fixtureTables)
      // The one change on purpose: the default customer team gains the permissions added to
      // the catalogue since (accounts Migration20270105092000), at the end of its list.
      const upgraded = (row: Row) =>
        row.handle === "customer-portal-users"
          ? {
              ...row,
              permissions: [...(row.permissions as string[]), ...ADDED_PERMISSIONS],
              updated_at: expect.any(String),
            }
          : row
      for (const table of fixtureTables) {
        expect({ table, rows: after[table] }).toEqual({
          table,
          rows: before[table].map((row) =>
            expect.objectContaining(table === "portal_team" ? upgraded(row) : row)
          ),
        })
      }

      const names = (await sql(`SELECT name FROM mikro_orm_migrations`)).map((row) => row.name)
      expect(names.length).toBe(new Set(names).size)
      expect(names).toContain("Migration20261222090000")

      expect(
        await sql(`SELECT table_name, link_descriptor FROM link_module_migrations
        WHERE link_descriptor->>'fromModel' = 'portal_company'`)
      ).toEqual([expect.objectContaining({ table_name: LINK_TABLE })])

      const container = getContainer()
      const accounts: AccountsModuleService = container.resolve(ACCOUNTS_MODULE)
      const portal: PortalModuleService = container.resolve(PORTAL_MODULE)

      const companies = await accounts.listPortalCompanies({}, { order: { name: "ASC" } })
      expect(companies.map(({ id, promotion_id }) => ({ id, promotion_id }))).toEqual([
        { id: "pcomp_01FIXTUREACME", promotion_id: "promo_01FIXTUREACME" },
        { id: "pcomp_01FIXTUREPARTS", promotion_id: null },
      ])
      const [anna] = await accounts.listPortalMembers(
        { id: "pmem_01FIXTUREANNA" },
        { relations: ["company", "teams", "teams.team"] }
      )
      expect(anna.company.name).toBe("Acme GmbH")
      expect(anna.teams.map(({ team }) => team.handle).sort()).toEqual([
        "buyers",
        "customer-portal-users",
      ])
      // Carl's second invitation is still live (it expires in 2030), so it can be accepted.
      expect(await accounts.retrieveLiveInvitation({ id: "pinv_01FIXTURECARL" })).toMatchObject({
        member_id: "pmem_01FIXTURECARL",
      })
      expect(await accounts.listPortalAccessEvents({ member_id: "pmem_01FIXTUREBEN" })).toEqual([
        expect.objectContaining({ type: "member_disabled", data: { reason: "left" } }),
      ])
      expect(await accounts.ensureContactPreferences("cus_01FIXTUREANNA")).toMatchObject({
        id: "pcpref_01FIXTUREANNA",
        email_opt_outs: ["quote_sent"],
        marketing_opt_in: true,
      })

      expect(await portal.getSettings()).toMatchObject({
        id: "psett_01FIXTURE",
        display_name: "Acme Supplies",
        portal_promotion_id: "promo_01FIXTUREBLANKET",
      })
      expect(await portal.getPortalCartBinding("cart_01FIXTUREA")).toMatchObject({
        approved_company_id: "pcomp_01FIXTUREACME",
      })
      expect(await portal.listPortalStaffGroups()).toEqual([
        expect.objectContaining({ name: "Sales desk" }),
      ])
    })

    it("answers Query for the companies, their members and their orders", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      await container
        .resolve(Modules.ORDER)
        .createOrders(
          ["order_01FIXTUREA", "order_01FIXTUREB"].map((id) => ({ id, currency_code: "eur" }))
        )

      const { data: companies } = await query.graph({
        entity: "portal_company",
        fields: ["id", "members.id", "members.invitations.id", "orders.id"],
        filters: { id: "pcomp_01FIXTUREACME" },
      })
      expect(companies).toEqual([
        expect.objectContaining({
          members: expect.arrayContaining([
            expect.objectContaining({
              id: "pmem_01FIXTUREANNA",
              invitations: [expect.objectContaining({ id: "pinv_01FIXTUREANNA" })],
            }),
          ]),
          orders: expect.arrayContaining([
            expect.objectContaining({ id: "order_01FIXTUREA" }),
            expect.objectContaining({ id: "order_01FIXTUREB" }),
          ]),
        }),
      ])

      // A link made now lands in the same table as the old ones.
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [ACCOUNTS_MODULE]: { portal_company_id: "pcomp_01FIXTUREPARTS" },
        [Modules.ORDER]: { order_id: "order_01FIXTURED" },
      })
      const { data: links } = await query.graph({
        // CompanyOrderLink.entryPoint (src/links/company-order.ts), as companyOrderIds reads it.
        entity: "portal_company_order",
        fields: ["order_id"],
        filters: { portal_company_id: "pcomp_01FIXTUREPARTS" },
      })
      expect(links.map((link) => link.order_id).sort()).toEqual([
        "order_01FIXTUREC",
        "order_01FIXTURED",
      ])
      expect(await sql(`SELECT count(*)::int AS count FROM "${LINK_TABLE}"`)).toEqual([
        { count: 4 },
      ])
    })
  },
})
