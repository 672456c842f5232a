import { model } from "@medusajs/framework/utils"

/**
 * A counter per key (e.g. failed quote-link lookups per client address) that
 * every server instance shares. Incremented atomically in SQL by
 * `PortalModuleService.hitRateLimit`; a row whose window has ended counts
 * from zero again.
 */
export const RateLimitCounter = model
  .define("portal_rate_limit", {
    id: model.id({ prefix: "prl" }).primaryKey(),
    key: model.text(),
    count: model.number().default(0),
    expires_at: model.dateTime(),
  })
  .indexes([{ on: ["key"], unique: true }])
