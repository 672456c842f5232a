import type { StorePortalAgreement } from "@shared/http/quotes"
import { useT } from "../../../lib/i18n"
import { LinesHead } from "./ItemsTable"

/** The agreement's blocks as the server rendered them: text stays text, never HTML. */
export function AgreementText({ agreement }: { agreement: StorePortalAgreement }) {
  const t = useT("quote")
  return (
    <div className="agreement">
      {agreement.blocks.map((block, index) =>
        block.type === "paragraph" ? (
          <p key={index} className="pre-wrap">
            {block.text.trim()}
          </p>
        ) : (
          <table key={index} className="items agreement-items">
            <caption className="visually-hidden">{t("items.agreement_caption")}</caption>
            <LinesHead />
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  <td data-label={t("items.item")}>
                    <span className="item-title">{row.title}</span>
                    {row.description && <span className="item-description">{row.description}</span>}
                  </td>
                  <td data-label={t("items.quantity")} className="num">
                    {row.quantity}
                  </td>
                  <td data-label={t("items.unit_price")} className="num">
                    {row.unit_price}
                  </td>
                  <td data-label={t("items.total")} className="num">
                    {row.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      )}
    </div>
  )
}
