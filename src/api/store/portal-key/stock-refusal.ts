import type { MedusaRequest } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
} from "@medusajs/framework/utils"
import { type RefusalValues, refusalText } from "../../../lib/refusal"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import { SOURCE_LANGUAGE } from "../../../shared/i18n/languages"
import { readerLanguage } from "../../utils/reader-language"

/** Medusa's cart routes whose inventory check may refuse: add, change a line, complete. */
const CART_WRITE = /^\/store\/carts\/([^/]+)\/(line-items(?:\/([^/]+))?|complete)\/?$/

type Line = { id: string; variant_id: string | null; quantity: number; title: string }

/** Medusa's inventory refusal ("Some variant does not have the required inventory") on a cart route. */
export function isStockRefusal(error: unknown, req: MedusaRequest): boolean {
  return (
    // By its code: a workflow may hand the error on as a copy, not the instance.
    (error as { code?: unknown } | null)?.code === MedusaError.Codes.INSUFFICIENT_INVENTORY &&
    req.method === "POST" &&
    CART_WRITE.test(req.path)
  )
}

/**
 * Medusa's inventory refusal in words a buyer can act on, from the availability Medusa
 * checked: a sentence per short line, in the reader's language (src/shared/i18n/catalogs/
 * …/refusal/cart.ts). It keeps Medusa's `insufficient_inventory` code, which storefronts
 * read, so it is not a catalog refusal answered with its key. Anything it cannot read leaves
 * Medusa's error as it was (docs/ARCHITECTURE.md, "Hidden prices and stock on Medusa's store
 * routes").
 */
export async function explainStockRefusal(error: unknown, req: MedusaRequest) {
  try {
    const [, cartId, action, lineId] = CART_WRITE.exec(req.path)!
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: [
        "sales_channel_id",
        "items.id",
        "items.variant_id",
        "items.quantity",
        "items.title",
        "items.variant_title",
      ],
      filters: { id: cartId },
    })
    const cart = carts[0]
    if (!cart?.sales_channel_id) return error
    const lines: Line[] = (cart.items ?? []).flatMap((item) =>
      item
        ? [
            {
              id: item.id,
              variant_id: item.variant_id ?? null,
              quantity: Number(item.quantity),
              title: item.variant_title ? `${item.title} (${item.variant_title})` : item.title,
            },
          ]
        : []
    )
    const body = (req.body ?? {}) as { variant_id?: string; quantity?: number }
    const asked: Array<{ variant_id: string; quantity: number; title?: string }> =
      action === "complete"
        ? lines.flatMap((line) => (line.variant_id ? [line as Line & { variant_id: string }] : []))
        : lineId
          ? lines
              .filter((line) => line.id === lineId && line.variant_id)
              .map((line) => ({
                ...line,
                variant_id: line.variant_id!,
                quantity: Number(body.quantity),
              }))
          : body.variant_id
            ? [
                {
                  variant_id: body.variant_id,
                  // Medusa adds to the variant's line when the cart has one.
                  quantity:
                    Number(body.quantity) +
                    lines
                      .filter((line) => line.variant_id === body.variant_id)
                      .reduce((sum, line) => sum + line.quantity, 0),
                  title: lines.find((line) => line.variant_id === body.variant_id)?.title,
                },
              ]
            : []
    if (!asked.length) return error
    const availability = await getVariantAvailability(query, {
      variant_ids: asked.map((line) => line.variant_id),
      sales_channel_id: cart.sales_channel_id,
    })
    const short = asked.filter((line) => {
      const available = availability[line.variant_id]?.availability
      return available != null && available < line.quantity
    })
    if (!short.length) return error
    const titles = await variantTitles(req, short)
    const showNumbers = await stockNumbersShown(req)
    const language = await readerLanguage(req).catch(() => SOURCE_LANGUAGE)
    const sentences = short.map((line) => {
      const title = titles.get(line.variant_id)
      const named: RefusalValues = title ? { title } : { context: "unnamed" }
      const available = availability[line.variant_id].availability!
      if (!showNumbers || available <= 0) {
        return available <= 0
          ? refusalText(language, "cart.out_of_stock", named)
          : refusalText(language, "cart.not_enough_stock", { ...named, quantity: line.quantity })
      }
      return refusalText(language, "cart.only_available", { ...named, available })
    })
    return new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      sentences.join(" "),
      MedusaError.Codes.INSUFFICIENT_INVENTORY
    )
  } catch {
    return error
  }
}

/** "Hex Bolt (M8)" for each variant: the cart line's title, or the product's for a new line. */
async function variantTitles(
  req: MedusaRequest,
  lines: Array<{ variant_id: string; title?: string }>
): Promise<Map<string, string>> {
  const titles = new Map(
    lines.flatMap((line) => (line.title ? [[line.variant_id, line.title] as const] : []))
  )
  const missing = lines.filter((line) => !titles.has(line.variant_id))
  if (!missing.length) return titles
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product.title"],
    filters: { id: missing.map((line) => line.variant_id) },
  })
  for (const variant of data) {
    const product = variant.product?.title
    titles.set(
      variant.id,
      product && variant.title ? `${product} (${variant.title})` : (product ?? variant.title)
    )
  }
  return titles
}

/**
 * Whether the caller may see stock numbers: not under the portal's key unless
 * the stock display is `number`, as the portal-key hiding decides for answers.
 */
async function stockNumbersShown(req: MedusaRequest): Promise<boolean> {
  const portal: PortalModuleService = req.scope.resolve(PORTAL_MODULE)
  const settings = await portal.getSettings()
  if (settings.stock_display === "number" || !settings.portal_publishable_key_id) return true
  const token = (req as MedusaRequest & { publishable_key_context?: { key?: string } })
    .publishable_key_context?.key
  if (!token) return false
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["token"],
    filters: { id: settings.portal_publishable_key_id },
  })
  return data[0]?.token !== token
}
