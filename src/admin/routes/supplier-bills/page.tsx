import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import {
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
import { useNavigate, useSearchParams } from "react-router-dom"
import {
  SUPPLIER_BILL_STATUS_LABELS,
  SUPPLIER_BILL_STATUSES,
  type SupplierBillStatus,
} from "../../../shared/procurement"
import { SectionError } from "../../components/common/section-state"
import { supplierBillPath } from "../../components/procurement/paths"
import { SupplierBillStatusBadge } from "../../components/procurement/status-badges"
import { SupplierFilter } from "../../components/procurement/supplier-filter"
import { formatDate, formatMoney } from "../../components/quotes/format"
import { type SupplierBill, useSupplierBills } from "../../hooks/supplier-bills"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<SupplierBill>()

const columns = [
  columnHelper.accessor("bill_number", {
    header: "Bill",
    cell: ({ getValue }) => <span className="text-ui-fg-base font-medium">{getValue()}</span>,
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <SupplierBillStatusBadge status={getValue()} />,
  }),
  columnHelper.display({
    id: "supplier",
    header: "Supplier",
    cell: ({ row }) => row.original.supplier_company?.name ?? "–",
  }),
  columnHelper.display({
    id: "purchase_order",
    header: "Purchase order",
    cell: ({ row }) => row.original.purchase_order?.number ?? "–",
  }),
  columnHelper.display({
    id: "amount",
    header: "Amount",
    cell: ({ row }) => formatMoney(row.original.amount, row.original.currency_code),
  }),
  columnHelper.accessor("due_at", {
    header: "Due",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
  columnHelper.accessor("created_at", {
    header: "Submitted",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
]

const filterHelper = createDataTableFilterHelper<SupplierBill>()

const filters = [
  filterHelper.accessor("status", {
    type: "radio",
    label: "Status",
    options: SUPPLIER_BILL_STATUSES.map((status) => ({
      label: SUPPLIER_BILL_STATUS_LABELS[status],
      value: status,
    })),
  }),
]

/** Bills suppliers submitted against purchase orders, to review, approve and pay. */
const SupplierBillsPage = () => {
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const supplierId = searchParams.get("supplier_company_id")
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
      status: (filtering.status as SupplierBillStatus | undefined) || undefined,
      supplier_company_id: supplierId ?? undefined,
    }),
    [pagination, filtering, supplierId]
  )
  const { data, isPending, isError, error, refetch } = useSupplierBills(params)

  const table = useDataTable({
    columns,
    filters,
    data: data?.supplier_bills ?? [],
    getRowId: (bill) => bill.id,
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
    onRowClick: (_event, bill) => navigate(supplierBillPath(bill.id)),
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
            <Heading>Supplier bills</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Bills your suppliers submitted in the portal against purchase orders.
            </Text>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <SupplierFilter supplierId={supplierId} onChange={setSupplier} />
            <DataTable.FilterMenu tooltip="Filter by status" />
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <SectionError what="The supplier bills" error={error} onRetry={refetch} centered />
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: {
                  heading: "No supplier bills yet",
                  description:
                    "Suppliers submit their bills as PDFs in the portal once they have acknowledged a purchase order.",
                },
                filtered: {
                  heading: "No matching bills",
                  description: "No bill matches the filters.",
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

export const config = defineRouteConfig({ label: "Supplier bills", icon: Receipt })

export const handle = { breadcrumb: () => "Supplier bills" }

export default SupplierBillsPage
