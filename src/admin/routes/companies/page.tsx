import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  StatusBadge,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useSearchList } from "../../components/common/use-search-list"
import { SectionError } from "../../components/common/section-state"
import { CompanyFormDrawer } from "../../components/companies/company-form-drawer"
import { CompanySides } from "../../components/companies/company-sides"
import { companyPath } from "../../components/companies/paths"
import { formatDateTime } from "../../components/quotes/format"
import { type Company, useCompanies, useCreateCompany } from "../../hooks/companies"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<Company>()

const columns = [
  columnHelper.accessor("name", {
    header: "Company",
    cell: ({ getValue }) => <span className="text-ui-fg-base font-medium">{getValue()}</span>,
  }),
  columnHelper.accessor("allow_portal", {
    header: "Portal",
    cell: ({ getValue }) => (
      <StatusBadge color={getValue() ? "green" : "grey"}>
        {getValue() ? "Access" : "No access"}
      </StatusBadge>
    ),
  }),
  columnHelper.display({
    id: "sides",
    header: "Buys or supplies",
    cell: ({ row }) => <CompanySides company={row.original} />,
  }),
  columnHelper.accessor("discount_percent", {
    header: "Discount",
    cell: ({ getValue }) => (getValue() != null ? `${getValue()}%` : "–"),
  }),
  columnHelper.accessor("updated_at", {
    header: "Updated",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
]

/** Portal companies: the customers and suppliers whose contacts use the portal. */
const CompaniesPage = () => {
  const navigate = useNavigate()
  const create = useCreateCompany()
  const [creating, setCreating] = useState(false)
  const { params, tableState } = useSearchList(PAGE_SIZE)
  const { data, isPending, isError, error, refetch } = useCompanies(params)

  const table = useDataTable({
    columns,
    data: data?.companies ?? [],
    getRowId: (company) => company.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    ...tableState,
    onRowClick: (_event, company) => navigate(companyPath(company.id)),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Companies</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Buyers and suppliers whose contacts log in to the portal, with their teams.
            </Text>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <DataTable.Search placeholder="Search by name" />
            <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
              Create company
            </Button>
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <SectionError what="The companies" error={error} onRetry={refetch} centered />
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: {
                  heading: "No companies yet",
                  description: "Create a company, add its contacts and invite them to the portal.",
                },
                filtered: {
                  heading: "No matching companies",
                  description: "No company name matches the search.",
                },
              }}
            />
            <DataTable.Pagination />
          </>
        )}
      </DataTable>
      <CompanyFormDrawer
        open={creating}
        onOpenChange={setCreating}
        isSaving={create.isPending}
        onSave={async (input) => {
          const { company } = await create.mutateAsync(input)
          navigate(companyPath(company.id))
        }}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Companies", icon: Buildings })

export const handle = { breadcrumb: () => "Companies" }

export default CompaniesPage
