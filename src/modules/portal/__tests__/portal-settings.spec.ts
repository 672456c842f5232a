import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PORTAL_MODULE } from ".."
import { PortalSettings } from "../models"
import PortalModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<PortalModuleService>({
  moduleName: PORTAL_MODULE,
  resolve: "./src/modules/portal",
  moduleModels: [PortalSettings],
  // The schema comes from the real migration: its column defaults are the settings' defaults.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    async function countRows(): Promise<number> {
      const rows: { count: string }[] = await MikroOrmWrapper.forkManager().execute(
        `SELECT count(*) AS count FROM portal_settings`
      )
      return Number(rows[0].count)
    }

    describe("reading the settings", () => {
      it("creates the settings with their defaults on the first read", async () => {
        expect(await countRows()).toBe(0)

        const settings = await service.getSettings()

        expect(settings).toMatchObject({
          display_name: null,
          logo_url: null,
          primary_color: "#1d4ed8",
          default_validity_days: 30,
          default_deposit_percent: null,
          consent_text: null,
          notification_recipients: {},
        })
        expect(settings.id).toMatch(/^psett_/)
        expect(await countRows()).toBe(1)
      })

      it("returns the same row on every later read", async () => {
        const first = await service.getSettings()
        const second = await service.getSettings()
        expect(second.id).toBe(first.id)
        expect(await countRows()).toBe(1)
      })

      it("creates exactly one row when ten first reads arrive at once", async () => {
        const reads = await Promise.all(Array.from({ length: 10 }, () => service.getSettings()))

        expect(new Set(reads.map((settings) => settings.id)).size).toBe(1)
        expect(await countRows()).toBe(1)
      })
    })

    describe("updating the settings", () => {
      it("changes only the given fields and keeps the single row", async () => {
        const before = await service.getSettings()

        const updated = await service.updateSettings({
          display_name: "Acme Storage",
          primary_color: "#0b7a75",
          default_deposit_percent: 12.5,
        })

        expect(updated).toMatchObject({
          id: before.id,
          display_name: "Acme Storage",
          logo_url: null,
          primary_color: "#0b7a75",
          default_validity_days: 30,
          default_deposit_percent: 12.5,
        })
        expect(await service.getSettings()).toMatchObject({
          display_name: "Acme Storage",
          primary_color: "#0b7a75",
        })
        expect(await countRows()).toBe(1)
      })

      it("creates the row when the first thing staff do is save", async () => {
        const updated = await service.updateSettings({ default_validity_days: 60 })

        expect(updated.default_validity_days).toBe(60)
        expect((await service.getSettings()).id).toBe(updated.id)
        expect(await countRows()).toBe(1)
      })

      it("clears a field back to its fallback with null", async () => {
        await service.updateSettings({ display_name: "Acme Storage" })
        const cleared = await service.updateSettings({ display_name: null })
        expect(cleared.display_name).toBeNull()
      })
    })
  },
})
