import { defineRouteConfig } from "@medusajs/admin-sdk"
import { HandTruck } from "@medusajs/icons"
import { Button, createDataTableColumnHelper, DataTable } from "@medusajs/ui"
import { useMemo } from "react"
import { Link } from "react-router-dom"
import {
  PURCHASE_ORDER_STATUS_LABELS,
  PURCHASE_ORDER_STATUSES,
  type PurchaseOrderStatus,
} from "../../../shared/procurement"
import {
  dateCell,
  emphasizedCell,
  ListPage,
  statusFilter,
  useListState,
  useListTable,
  useUrlFilter,
} from "../../components/common/list-page"
import { createPurchaseOrderPath, purchaseOrderPath } from "../../components/procurement/paths"
import { PurchaseOrderStatusBadge } from "../../components/procurement/status-badges"
import { SupplierFilter } from "../../components/procurement/supplier-filter"
import { supplierNameCell } from "../../components/procurement/supplier-link"
import { type PurchaseOrderSummary, usePurchaseOrders } from "../../hooks/purchase-orders"
import { formatMoney } from "../../lib/format"

const columnHelper = createDataTableColumnHelper<PurchaseOrderSummary>()

const columns = [
  columnHelper.accessor("number", {
    header: "Purchase order",
    cell: emphasizedCell,
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <PurchaseOrderStatusBadge status={getValue()} />,
  }),
  columnHelper.display({
    id: "supplier",
    header: "Supplier",
    cell: supplierNameCell,
  }),
  columnHelper.display({
    id: "location",
    header: "Ships to",
    cell: ({ row }) => row.original.stock_location?.name ?? "–",
  }),
  columnHelper.display({
    id: "total",
    header: "Total",
    cell: ({ row }) => formatMoney(row.original.total, row.original.currency_code),
  }),
  columnHelper.accessor("expected_at", {
    header: "Expected",
    cell: dateCell,
  }),
  columnHelper.accessor("created_at", {
    header: "Created",
    cell: dateCell,
  }),
]

const filters = [statusFilter(PURCHASE_ORDER_STATUSES, PURCHASE_ORDER_STATUS_LABELS)]

/** Purchase orders to supplier companies: filter by status and supplier, search by number. */
const PurchaseOrdersPage = () => {
  const list = useListState()
  const [supplierId, setSupplier] = useUrlFilter("supplier_company_id", list)
  const params = useMemo(
    () => ({
      ...list.page,
      q: list.search,
      status: (list.filtering.status as PurchaseOrderStatus | undefined) || undefined,
      supplier_company_id: supplierId ?? undefined,
    }),
    [list.page, list.search, list.filtering, supplierId]
  )
  const query = usePurchaseOrders(params)
  const table = useListTable({
    list,
    columns,
    filters,
    rows: query.data?.purchase_orders,
    count: query.data?.count,
    isLoading: query.isPending,
    withSearch: true,
    pathOf: purchaseOrderPath,
  })

  return (
    <ListPage
      table={table}
      heading="Purchase orders"
      description="Orders to your suppliers: sent, acknowledged in their portal, received into stock."
      toolbar={
        <>
          <SupplierFilter supplierId={supplierId} onChange={setSupplier} />
          <DataTable.FilterMenu tooltip="Filter by status" />
          <DataTable.Search placeholder="Search by number" />
          <Button size="small" variant="secondary" asChild>
            <Link to={createPurchaseOrderPath(supplierId ?? undefined)}>Create purchase order</Link>
          </Button>
        </>
      }
      query={query}
      what="The purchase orders"
      empty={{
        heading: "No purchase orders yet",
        description:
          "Create one for a supplier company: products with managed inventory, quantities and costs.",
      }}
      filtered={{
        heading: "No matching purchase orders",
        description: "No purchase order matches the search and filters.",
      }}
    />
  )
}

export const config = defineRouteConfig({ label: "Purchase orders", icon: HandTruck })

export const handle = { breadcrumb: () => "Purchase orders" }

export default PurchaseOrdersPage
