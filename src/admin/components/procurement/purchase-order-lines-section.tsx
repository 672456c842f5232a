import { Container, Heading, Table, Text } from "@medusajs/ui"
import { lineRemainder } from "../../../shared/procurement"
import type { PurchaseOrderDetail } from "../../hooks/purchase-orders"
import { formatDate, formatMoney } from "../../lib/format"
import { lineTitle } from "./purchase-order-form-model"

/** What was ordered, what arrived, what is still to come, and at what cost. */
export const PurchaseOrderLinesSection = ({ po }: { po: PurchaseOrderDetail }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Lines</Heading>
    </div>
    <div className="overflow-x-auto">
      <Table aria-label="Purchase order lines">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell className="min-w-[220px]">Product</Table.HeaderCell>
            <Table.HeaderCell className="whitespace-nowrap text-right">Ordered</Table.HeaderCell>
            <Table.HeaderCell className="whitespace-nowrap text-right">Received</Table.HeaderCell>
            <Table.HeaderCell className="whitespace-nowrap text-right">Remaining</Table.HeaderCell>
            <Table.HeaderCell className="whitespace-nowrap text-right">Unit cost</Table.HeaderCell>
            <Table.HeaderCell className="whitespace-nowrap">Promised</Table.HeaderCell>
            <Table.HeaderCell className="whitespace-nowrap text-right">Total</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {po.lines.map((line) => (
            <Table.Row key={line.id} data-testid={`po-line-${line.sku ?? line.id}`}>
              <Table.Cell>
                <div className="flex flex-col py-2">
                  <span className="text-ui-fg-base">{lineTitle(line)}</span>
                  {line.sku && <span className="text-ui-fg-subtle">SKU {line.sku}</span>}
                </div>
              </Table.Cell>
              <Table.Cell className="text-right" data-testid="line-ordered">
                {line.quantity}
              </Table.Cell>
              <Table.Cell className="text-right" data-testid="line-received">
                {line.received_quantity}
              </Table.Cell>
              <Table.Cell className="text-right" data-testid="line-remaining">
                {po.status === "cancelled" ? "–" : lineRemainder(line)}
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap text-right">
                {formatMoney(line.unit_cost, po.currency_code)}
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">{formatDate(line.promised_at)}</Table.Cell>
              <Table.Cell className="whitespace-nowrap text-right">
                {formatMoney(line.unit_cost * line.quantity, po.currency_code)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
    <div className="flex justify-end px-6 py-4">
      <Text size="small" weight="plus">
        Total {formatMoney(po.total, po.currency_code)}
      </Text>
    </div>
  </Container>
)
