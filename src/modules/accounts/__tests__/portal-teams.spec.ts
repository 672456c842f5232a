import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ACCOUNTS_MODULE } from ".."
import * as models from "../models"
import AccountsModuleService from "../service"
import { grantAddedPermissionsSql } from "../added-permissions"
import {
  CUSTOMER_PERMISSIONS,
  DEFAULT_TEAMS,
  SUPPLIER_PERMISSIONS,
} from "../../../shared/permissions"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<AccountsModuleService>({
  moduleName: ACCOUNTS_MODULE,
  resolve: "./src/modules/accounts",
  moduleModels: Object.values(models).filter(
    (value) => typeof value === "object" && "name" in value
  ) as never,
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    async function teamRows(): Promise<{ handle: string; is_default: boolean }[]> {
      return MikroOrmWrapper.forkManager().execute(
        `SELECT handle, is_default FROM portal_team ORDER BY handle`
      )
    }

    describe("default teams", () => {
      it("creates the two default teams with the catalogue's permissions", async () => {
        await service.ensureDefaultTeams()

        const teams = await service.listPortalTeams({}, { order: { handle: "ASC" } })
        expect(teams).toEqual([
          expect.objectContaining({
            handle: "customer-portal-supplier-users",
            name: "Customer Portal Supplier Users",
            is_default: true,
            permissions: [...SUPPLIER_PERMISSIONS],
          }),
          expect.objectContaining({
            handle: "customer-portal-users",
            name: "Customer Portal Users",
            is_default: true,
            permissions: [...CUSTOMER_PERMISSIONS],
          }),
        ])
      })

      it("creates each exactly once when twenty callers ask at once", async () => {
        await Promise.all(Array.from({ length: 20 }, () => service.ensureDefaultTeams()))
        await service.ensureDefaultTeams()

        expect(await teamRows()).toEqual(
          DEFAULT_TEAMS.map((team) => ({ handle: team.handle, is_default: true })).sort((a, b) =>
            a.handle.localeCompare(b.handle)
          )
        )
      })

      it("keeps a merchant's edits to a default team's permissions", async () => {
        await service.ensureDefaultTeams()
        const [team] = await service.listPortalTeams({ handle: "customer-portal-users" })
        await service.updateTeam(team.id, { permissions: ["quotes.view"] })

        await service.ensureDefaultTeams()

        const [after] = await service.listPortalTeams({ handle: "customer-portal-users" })
        expect(after.permissions).toEqual(["quotes.view"])
      })

      it("gives an existing install's default customer team the permissions added since, once", async () => {
        await service.ensureDefaultTeams()
        const [team] = await service.listPortalTeams({ handle: "customer-portal-users" })
        // As an install made before documents and work requests has it.
        await service.updateTeam(team.id, { permissions: ["quotes.view", "documents.view"] })
        const manager = MikroOrmWrapper.forkManager()
        for (const sql of grantAddedPermissionsSql()) await manager.execute(sql)
        for (const sql of grantAddedPermissionsSql()) await manager.execute(sql)

        const [after] = await service.listPortalTeams({ handle: "customer-portal-users" })
        expect(after.permissions).toEqual([
          "quotes.view",
          "documents.view",
          "documents.upload",
          "work_requests.view",
          "work_requests.submit",
          "conversations.view",
          "conversations.write",
        ])
        const [suppliers] = await service.listPortalTeams({
          handle: "customer-portal-supplier-users",
        })
        expect(suppliers.permissions).toEqual([...SUPPLIER_PERMISSIONS])
      })

      it("refuses to rename a default team", async () => {
        await service.ensureDefaultTeams()
        const [team] = await service.listPortalTeams({ handle: "customer-portal-users" })

        await expect(service.updateTeam(team.id, { name: "Buyers" })).rejects.toMatchObject({
          type: "conflict",
        })
        expect((await service.retrievePortalTeam(team.id)).name).toBe("Customer Portal Users")
      })
    })

    describe("permissions", () => {
      it("stores a team's permissions in catalogue order, without repeats", async () => {
        const team = await service.createTeam({
          name: "Accounts",
          handle: "accounts",
          permissions: ["invoices.pay", "quotes.view", "invoices.pay"],
        })
        expect(team.permissions).toEqual(["quotes.view", "invoices.pay"])
      })

      it("refuses permissions outside the catalogue, naming them, and stores nothing", async () => {
        await expect(
          service.createTeam({
            name: "Admins",
            handle: "admins",
            permissions: ["quotes.view", "users.manage", "__proto__"],
          })
        ).rejects.toMatchObject({
          type: "invalid_data",
          message: expect.stringContaining("users.manage, __proto__"),
        })
        expect(await service.listPortalTeams({ handle: "admins" })).toEqual([])

        const team = await service.createTeam({ name: "Ok", handle: "ok", permissions: [] })
        await expect(
          service.updateTeam(team.id, { permissions: ["orders.cancel"] })
        ).rejects.toMatchObject({ type: "invalid_data" })
        expect((await service.retrievePortalTeam(team.id)).permissions).toEqual([])
      })
    })
  },
})
