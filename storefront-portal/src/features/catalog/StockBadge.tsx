import type { StorePortalProductVariant } from "@shared/http/catalog"
import type { CatalogStock, StockStatus } from "@shared/catalog"
import { formatDay } from "../../lib/format"
import { useT } from "../../lib/i18n"

const statusOf = (stock: CatalogStock): StockStatus =>
  "status" in stock
    ? stock.status
    : stock.available_quantity === null || stock.available_quantity > 0
      ? "in_stock"
      : "out_of_stock"

/**
 * What the settings let the member see of stock (README, "Catalog"): a number,
 * or in stock / low / out of stock, and the incoming quantity when shown, with
 * the date the first of it is expected when a supplier promised one
 * ("Incoming: 7, expected December 15, 2026"). Nothing when the display is off.
 */
export function StockBadge({ stock }: { stock: CatalogStock | undefined }) {
  const t = useT("catalog")
  if (!stock) return null
  const status = statusOf(stock)
  const label =
    "available_quantity" in stock && stock.available_quantity !== null && status !== "out_of_stock"
      ? t("stock.available", { quantity: stock.available_quantity })
      : t(`stock.${status}`)
  return (
    <span className="stock">
      <span className={`badge stock-${status}`} data-testid="stock-badge">
        {label}
      </span>
      {stock.incoming_quantity ? (
        <span className="badge stock-incoming" data-testid="stock-incoming">
          {stock.incoming_expected_at
            ? t("stock.incoming_expected", {
                quantity: stock.incoming_quantity,
                date: formatDay(stock.incoming_expected_at),
              })
            : t("stock.incoming", { quantity: stock.incoming_quantity })}
        </span>
      ) : null}
    </span>
  )
}

/**
 * A product's stock in the list: the variants' together. Numbers add up (any
 * untracked variant makes it "In stock"); an indication is the best of them.
 * Incoming quantities add up, expected at the earliest of their dates.
 */
export function productStock(variants: StorePortalProductVariant[]): CatalogStock | undefined {
  const shown = variants.flatMap((variant) => (variant.stock ? [variant.stock] : []))
  if (!shown.length) return undefined
  const incoming = shown.reduce((sum, stock) => sum + (stock.incoming_quantity ?? 0), 0)
  // "YYYY-MM-DD" strings sort as dates.
  const expected = shown
    .flatMap((stock) =>
      stock.incoming_quantity && stock.incoming_expected_at ? [stock.incoming_expected_at] : []
    )
    .sort()[0]
  const withIncoming = shown.some((stock) => stock.incoming_quantity !== undefined)
    ? { incoming_quantity: incoming, incoming_expected_at: expected ?? null }
    : {}
  if (shown.every((stock) => "available_quantity" in stock)) {
    const numbers = shown.map((stock) =>
      "available_quantity" in stock ? stock.available_quantity : null
    )
    const available = numbers.some((n) => n === null)
      ? null
      : numbers.reduce<number>((sum, n) => sum + (n ?? 0), 0)
    return { available_quantity: available, ...withIncoming }
  }
  const order: StockStatus[] = ["in_stock", "low", "out_of_stock"]
  const best = order.find((status) => shown.some((stock) => statusOf(stock) === status))!
  return { status: best, ...withIncoming }
}
