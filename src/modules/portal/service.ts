import { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { PortalSettings } from "./models"
import { SETTINGS_KEY } from "../../shared/portal-settings"

export type PortalSettingsDTO = InferTypeOf<typeof PortalSettings>

/** The fields staff may change; everything else is the row's own bookkeeping. */
export type PortalSettingsChanges = Partial<
  Pick<
    PortalSettingsDTO,
    | "display_name"
    | "logo_url"
    | "primary_color"
    | "default_validity_days"
    | "default_deposit_percent"
    | "consent_text"
    | "notification_recipients"
  >
>

// Keys name the generated methods (retrievePortalSettings, updatePortalSettings, ...)
// and must match the model name that Query resolves ("portal_settings").
class PortalModuleService extends MedusaService({
  PortalSettings,
}) {
  /**
   * The settings row, created with the defaults on first read. Concurrent first
   * reads all insert with ON CONFLICT DO NOTHING against the unique key, so
   * exactly one row is ever created and every caller reads that one.
   */
  @InjectManager()
  async getSettings(@MedusaContext() sharedContext: Context = {}): Promise<PortalSettingsDTO> {
    const existing = await this.findSettings(sharedContext)
    if (existing) return existing
    await this.insertDefaultSettings(sharedContext)
    return (await this.findSettings(sharedContext)) as PortalSettingsDTO
  }

  /** Applies `changes` to the settings row (created first if need be) and returns it. */
  @InjectTransactionManager()
  async updateSettings(
    changes: PortalSettingsChanges,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PortalSettingsDTO> {
    const { id } = await this.getSettings(sharedContext)
    return (await this.updatePortalSettings({ ...changes, id }, sharedContext)) as PortalSettingsDTO
  }

  private async findSettings(sharedContext: Context): Promise<PortalSettingsDTO | undefined> {
    const [settings] = await this.listPortalSettings(
      { singleton_key: SETTINGS_KEY },
      { take: 1 },
      sharedContext
    )
    return settings as PortalSettingsDTO | undefined
  }

  @InjectTransactionManager()
  private async insertDefaultSettings(@MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    // Column defaults fill in the rest, as the model declares them.
    await manager.execute(
      `INSERT INTO portal_settings (id, singleton_key) VALUES (?, ?) ON CONFLICT DO NOTHING`,
      [generateEntityId(undefined, "psett"), SETTINGS_KEY]
    )
  }
}

export default PortalModuleService
