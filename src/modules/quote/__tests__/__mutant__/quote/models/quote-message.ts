import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"

export const QuoteMessage = model
  .define("portal_quote_message", {
    id: model.id({ prefix: "quomsg" }).primaryKey(),
    author_type: model.enum(["customer", "staff"]),
    author_id: model.text().nullable(),
    author_name: model.text().nullable(),
    body: model.text(),
    quote: model.belongsTo(() => Quote, { mappedBy: "messages" }),
  })
  .indexes([{ on: ["quote_id", "created_at"] }])
