import { defineRouteConfig } from "@medusajs/admin-sdk"
import { HandTruck } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import {
  PURCHASE_ORDER_STATUS_LABELS,
  PURCHASE_ORDER_STATUSES,
  type PurchaseOrderStatus,
} from "../../../shared/procurement"
import { SectionError } from "../../components/common/section-state"
import { createPurchaseOrderPath, purchaseOrderPath } from "../../components/procurement/paths"
import { PurchaseOrderStatusBadge } from "../../components/procurement/status-badges"
import { SupplierFilter } from "../../components/procurement/supplier-filter"
import { formatDate, formatMoney } from "../../components/quotes/format"
import { type PurchaseOrderSummary, usePurchaseOrders } from "../../hooks/purchase-orders"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<PurchaseOrderSummary>()

const columns = [
  columnHelper.accessor("number", {
    header: "Purchase order",
    cell: ({ getValue }) => <span className="text-ui-fg-base font-medium">{getValue()}</span>,
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <PurchaseOrderStatusBadge status={getValue()} />,
  }),
  columnHelper.display({
    id: "supplier",
    header: "Supplier",
    cell: ({ row }) => row.original.supplier_company?.name ?? "–",
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
    cell: ({ getValue }) => formatDate(getValue()),
  }),
  columnHelper.accessor("created_at", {
    header: "Created",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
]

const filterHelper = createDataTableFilterHelper<PurchaseOrderSummary>()

const filters = [
  filterHelper.accessor("status", {
    type: "radio",
    label: "Status",
    options: PURCHASE_ORDER_STATUSES.map((status) => ({
      label: PURCHASE_ORDER_STATUS_LABELS[status],
      value: status,
    })),
  }),
]

/** Purchase orders to supplier companies: filter by status and supplier, search by number. */
const PurchaseOrdersPage = () => {
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const supplierId = searchParams.get("supplier_company_id")
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const firstPage = () => setPagination((current) => ({ ...current, pageIndex: 0 }))

  const params = useMemo(
    () => ({
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      q: search,
      status: (filtering.status as PurchaseOrderStatus | undefined) || undefined,
      supplier_company_id: supplierId ?? undefined,
    }),
    [pagination, search, filtering, supplierId]
  )
  const { data, isPending, isError, error, refetch } = usePurchaseOrders(params)

  const table = useDataTable({
    columns,
    filters,
    data: data?.purchase_orders ?? [],
    getRowId: (po) => po.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    pagination: { state: pagination, onPaginationChange: setPagination },
    filtering: {
      state: filtering,
      onFilteringChange: (state) => {
        setFiltering(state)
        firstPage()
      },
    },
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        firstPage()
      },
    },
    onRowClick: (_event, po) => navigate(purchaseOrderPath(po.id)),
  })

  const setSupplier = (id: string | null) => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (id) next.set("supplier_company_id", id)
        else next.delete("supplier_company_id")
        return next
      },
      { replace: true }
    )
    firstPage()
  }

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Purchase orders</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Orders to your suppliers: sent, acknowledged in their portal, received into stock.
            </Text>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <SupplierFilter supplierId={supplierId} onChange={setSupplier} />
            <DataTable.FilterMenu tooltip="Filter by status" />
            <DataTable.Search placeholder="Search by number" />
            <Button size="small" variant="secondary" asChild>
              <Link to={createPurchaseOrderPath(supplierId ?? undefined)}>
                Create purchase order
              </Link>
            </Button>
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <SectionError what="The purchase orders" error={error} onRetry={refetch} centered />
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: {
                  heading: "No purchase orders yet",
                  description:
                    "Create one for a supplier company: products with managed inventory, quantities and costs.",
                },
                filtered: {
                  heading: "No matching purchase orders",
                  description: "No purchase order matches the search and filters.",
                },
              }}
            />
            <DataTable.Pagination />
          </>
        )}
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Purchase orders", icon: HandTruck })

export const handle = { breadcrumb: () => "Purchase orders" }

export default PurchaseOrdersPage
