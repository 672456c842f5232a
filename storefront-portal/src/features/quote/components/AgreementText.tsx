import type { StorePortalAgreement } from "@shared/http/quotes"
import { LinesHead } from "./ItemsTable"

/** The agreement's blocks as the server rendered them: text stays text, never HTML. */
export function AgreementText({ agreement }: { agreement: StorePortalAgreement }) {
  return (
    <div className="agreement">
      {agreement.blocks.map((block, index) =>
        block.type === "paragraph" ? (
          <p key={index} className="pre-wrap">
            {block.text.trim()}
          </p>
        ) : (
          <table key={index} className="items agreement-items">
            <caption className="visually-hidden">Items in this agreement</caption>
            <LinesHead />
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  <td data-label="Item">
                    <span className="item-title">{row.title}</span>
                    {row.description && <span className="item-description">{row.description}</span>}
                  </td>
                  <td data-label="Quantity" className="num">
                    {row.quantity}
                  </td>
                  <td data-label="Unit price" className="num">
                    {row.unit_price}
                  </td>
                  <td data-label="Total" className="num">
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
