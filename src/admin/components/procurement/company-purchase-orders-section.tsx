import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { Company } from "../../hooks/companies"
import { usePurchaseOrders } from "../../hooks/purchase-orders"
import { formatDate, formatMoney } from "../../lib/format"
import { LinkedRecords } from "../common/linked-records"
import { SectionError, SectionLoading } from "../common/section-state"
import { createPurchaseOrderPath, purchaseOrderPath, supplierPurchaseOrdersPath } from "./paths"
import { PurchaseOrderStatusBadge } from "./status-badges"

const SHOWN = 5

/** A supplier company's latest purchase orders, with the way to all of them and to a new one. */
export const CompanyPurchaseOrdersSection = ({ company }: { company: Company }) => {
  const { data, isPending, isError, error, refetch } = usePurchaseOrders({
    limit: SHOWN,
    offset: 0,
    supplier_company_id: company.id,
  })
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Heading level="h2">Purchase orders</Heading>
        <Button size="small" variant="secondary" asChild>
          <Link to={createPurchaseOrderPath(company.id)}>Create</Link>
        </Button>
      </div>
      {isPending ? (
        <SectionLoading />
      ) : isError ? (
        <SectionError what="The purchase orders" error={error} onRetry={refetch} />
      ) : data.purchase_orders.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No purchase orders to {company.name} yet.
        </Text>
      ) : (
        <>
          <LinkedRecords
            label={`Purchase orders to ${company.name}`}
            records={data.purchase_orders.map((po) => ({
              id: po.id,
              to: purchaseOrderPath(po.id),
              title: po.number,
              detail: `${formatMoney(po.total, po.currency_code)} · ${formatDate(po.created_at)}`,
              status: <PurchaseOrderStatusBadge status={po.status} />,
            }))}
          />
          <div className="px-6 py-3">
            <Link
              to={supplierPurchaseOrdersPath(company.id)}
              className="text-ui-fg-interactive txt-compact-small-plus"
            >
              All {data.count} purchase orders
            </Link>
          </div>
        </>
      )}
    </Container>
  )
}
