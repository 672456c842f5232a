import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"

/** Only the SHA-256 of a link token is stored; the token itself is shown once. */
export const QuoteLink = model
  .define("portal_quote_link", {
    id: model.id({ prefix: "quolink" }).primaryKey(),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    revoked_at: model.dateTime().nullable(),
    quote: model.belongsTo(() => Quote, { mappedBy: "links" }),
  })
  .indexes([
    { on: ["token_hash"], unique: true },
    // One live link per quote: a re-send revokes the old link before issuing the new one.
    {
      name: "IDX_portal_quote_link_one_live_per_quote",
      on: ["quote_id"],
      unique: true,
      where: "revoked_at IS NULL",
    },
  ])
