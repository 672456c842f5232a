import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"

export const QuoteItem = model
  .define("portal_quote_item", {
    id: model.id({ prefix: "quoitem" }).primaryKey(),
    variant_id: model.text().nullable(),
    product_id: model.text().nullable(),
    sku: model.text().nullable(),
    thumbnail: model.text().nullable(),
    title: model.text(),
    description: model.text().nullable(),
    quantity: model.number(),
    unit_price: model.bigNumber(),
    discount_percent: model.float().default(0),
    is_optional: model.boolean().default(false),
    is_selected: model.boolean().default(true),
    position: model.number().default(0),
    product_type_id: model.text().nullable(),
    /** Medusa's tax lines for this line at the quote's shipping address: `[{ rate, code, name }]`. */
    tax_lines: model.json().nullable(),
    /** Store-wide automatic promotions Medusa applies to this line: `[{ amount, code }]`. */
    adjustments: model.json().nullable(),
    quote: model.belongsTo(() => Quote, { mappedBy: "items" }),
  })
  .indexes([{ on: ["quote_id", "position"] }])
