import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { presentedLineTotal } from "../../../shared/totals-presentation"
import type { QuoteDetail } from "../../hooks/quotes"
import { formatMoney } from "../../lib/format"
import { QuoteTotalsSummary } from "./quote-totals-summary"

/** "Tax (IL 10%)": the names of the tax lines Medusa gave the lines and shipping. */
function taxLabel(quote: QuoteDetail): string {
  const names = new Set<string>()
  for (const line of [...quote.items.map((item) => item.tax_lines), quote.shipping_tax_lines]) {
    for (const tax of line ?? []) names.add(tax.name || `${Number(tax.rate)}%`)
  }
  return names.size ? `Tax (${[...names].join(", ")})` : "Tax"
}

/** The lines with the buyer's current choice of optional items, and the totals for it. */
export const QuoteItemsSection = ({ quote }: { quote: QuoteDetail }) => {
  const lineTotals = new Map(quote.totals.items.map((line) => [line.id, line]))
  const money = (amount: number | undefined) => formatMoney(amount, quote.currency_code)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Items</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Optional items show the buyer&apos;s current choice.
        </Text>
      </div>
      {quote.items.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No items yet. Edit the quote to add some before sending it.
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Item</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Unit price</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Discount</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Tax</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {quote.items.map((item) => {
                const line = lineTotals.get(item.id)
                return (
                  <Table.Row key={item.id} className={line?.included ? "" : "text-ui-fg-muted"}>
                    <Table.Cell className="py-2">
                      <div className="flex flex-col gap-y-1">
                        <span>{item.title}</span>
                        <div className="flex flex-wrap items-center gap-1">
                          {item.sku && (
                            <Text size="xsmall" className="text-ui-fg-subtle">
                              SKU {item.sku}
                            </Text>
                          )}
                          {item.is_optional && (
                            <Badge size="2xsmall" color={item.is_selected ? "green" : "grey"}>
                              {item.is_selected ? "Optional · selected" : "Optional · not selected"}
                            </Badge>
                          )}
                        </div>
                      </div>
                    </Table.Cell>
                    <Table.Cell className="text-right">{item.quantity}</Table.Cell>
                    <Table.Cell className="text-right">{money(item.unit_price)}</Table.Cell>
                    <Table.Cell className="text-right">
                      {item.discount_percent ? `${item.discount_percent}%` : "–"}
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      {line ? money(presentedLineTotal(line)) : "–"}
                    </Table.Cell>
                    <Table.Cell className="text-right" data-testid="line-tax">
                      {line && (item.tax_lines?.length ?? 0) > 0
                        ? `${line.tax_rate}% · ${money(line.tax_total)}`
                        : "–"}
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
      <div className="px-6 py-4">
        <QuoteTotalsSummary
          totals={quote.totals}
          depositPercent={quote.deposit_percent}
          taxLabel={taxLabel(quote)}
          showShipping={quote.shipping_amount != null}
          shippingName={quote.shipping_method_name}
        />
        <Text size="xsmall" className="text-ui-fg-subtle mt-2 text-right">
          Tax from Medusa&apos;s Tax Module for the shipping address, recomputed if the buyer picks
          another address.
        </Text>
      </div>
    </Container>
  )
}
