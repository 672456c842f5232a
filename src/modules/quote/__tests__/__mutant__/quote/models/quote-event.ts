import { model } from "@medusajs/framework/utils"
import { QUOTE_EVENT_TYPES } from "../status"
import { Quote } from "./quote"

/** The quote's timeline: who did what, and when. */
export const QuoteEvent = model
  .define("portal_quote_event", {
    id: model.id({ prefix: "quoevt" }).primaryKey(),
    type: model.enum([...QUOTE_EVENT_TYPES]),
    actor_type: model.enum(["customer", "staff", "system"]),
    actor_id: model.text().nullable(),
    data: model.json().nullable(),
    quote: model.belongsTo(() => Quote, { mappedBy: "events" }),
  })
  .indexes([{ on: ["quote_id", "created_at"] }])
