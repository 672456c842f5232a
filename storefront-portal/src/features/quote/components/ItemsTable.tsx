import type { StorePortalQuoteItem } from "@shared/http/quotes"
import { presentedLineTotal } from "@shared/totals-presentation"
import { formatMoney } from "../../../lib/format"
import { useT } from "../../../lib/i18n"
import { useQuote } from "../quote-context"

/**
 * The quote's lines. Optional lines get a checkbox while the buyer can still
 * choose; afterwards only the lines that were taken are listed.
 */
/** The column headings of every table of quote lines, on the quote and in the agreement. */
export function LinesHead() {
  const t = useT("quote")
  return (
    <thead>
      <tr>
        <th scope="col">{t("items.item")}</th>
        <th scope="col" className="num">
          {t("items.quantity")}
        </th>
        <th scope="col" className="num">
          {t("items.unit_price")}
        </th>
        <th scope="col" className="num">
          {t("items.total")}
        </th>
      </tr>
    </thead>
  )
}

export function ItemsTable({ editable = false }: { editable?: boolean }) {
  const { view, totals, selected, toggle } = useQuote()
  const { quote } = view
  const t = useT("quote")
  const lineTotals = new Map(totals.items.map((line) => [line.id, line]))
  const items = editable
    ? quote.items
    : quote.items.filter((item) => lineTotals.get(item.id)?.included)
  const money = (amount: number) => formatMoney(amount, quote.currency_code)
  const hasOptional = editable && quote.items.some((item) => item.is_optional)

  return (
    <section className="card" aria-labelledby="items-title">
      <h2 id="items-title">{t("items.title")}</h2>
      {hasOptional && <p className="hint">{t("items.optional_hint")}</p>}
      <table className="items" aria-labelledby="items-title">
        <LinesHead />
        <tbody>
          {items.map((item) => {
            const line = lineTotals.get(item.id)
            const included = line?.included ?? false
            return (
              <tr key={item.id} className={included ? undefined : "excluded"}>
                <td data-label={t("items.item")}>
                  <ItemTitle
                    item={item}
                    editable={editable}
                    checked={selected.includes(item.id)}
                    onToggle={(on) => toggle(item.id, on)}
                  />
                </td>
                <td data-label={t("items.quantity")} className="num">
                  {item.quantity}
                </td>
                <td data-label={t("items.unit_price")} className="num">
                  {line && line.discounted_unit_price !== line.unit_price && (
                    <>
                      <s aria-label={t("items.was", { price: money(line.unit_price) })}>
                        {money(line.unit_price)}
                      </s>{" "}
                    </>
                  )}
                  {line ? money(line.discounted_unit_price) : money(item.unit_price)}
                </td>
                <td data-label={t("items.total")} className="num">
                  {line ? money(presentedLineTotal(line)) : "—"}
                  {!included && <span className="visually-hidden"> {t("items.not_included")}</span>}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}

function ItemTitle(props: {
  item: StorePortalQuoteItem
  editable: boolean
  checked: boolean
  onToggle: (on: boolean) => void
}) {
  const { item, editable } = props
  const t = useT("quote")
  const text = (
    <span className="item-text">
      <span className="item-title">{item.title}</span>
      {item.is_optional && <span className="badge optional">{t("items.optional")}</span>}
      {item.discount_percent ? (
        <span className="badge discount">
          {t("items.discount", { percent: item.discount_percent })}
        </span>
      ) : null}
      {item.description && <span className="item-description">{item.description}</span>}
      {item.sku && <span className="item-sku">{t("items.sku", { sku: item.sku })}</span>}
    </span>
  )
  if (!(editable && item.is_optional)) return text
  return (
    <label className="item-choice">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onToggle(event.target.checked)}
        aria-label={t("items.include", { item: item.title })}
      />
      {text}
    </label>
  )
}
