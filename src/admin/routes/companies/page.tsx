import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, createDataTableColumnHelper, DataTable, StatusBadge } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import {
  emphasizedCell,
  ListPage,
  useListState,
  useListTable,
} from "../../components/common/list-page"
import { CompanyFormDrawer } from "../../components/companies/company-form-drawer"
import { CompanySides } from "../../components/companies/company-sides"
import { companyPath } from "../../components/companies/paths"
import { type Company, useCompanies, useCreateCompany } from "../../hooks/companies"
import { formatDateTime } from "../../lib/format"

const columnHelper = createDataTableColumnHelper<Company>()

const columns = [
  columnHelper.accessor("name", {
    header: "Company",
    cell: emphasizedCell,
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
  const list = useListState()
  const params = useMemo(() => ({ ...list.page, q: list.search }), [list.page, list.search])
  const query = useCompanies(params)
  const table = useListTable({
    list,
    columns,
    rows: query.data?.companies,
    count: query.data?.count,
    isLoading: query.isPending,
    withSearch: true,
    pathOf: companyPath,
  })

  return (
    <ListPage
      table={table}
      heading="Companies"
      description="Buyers and suppliers whose contacts log in to the portal, with their teams."
      toolbar={
        <>
          <DataTable.Search placeholder="Search by name" />
          <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
            Create company
          </Button>
        </>
      }
      query={query}
      what="The companies"
      empty={{
        heading: "No companies yet",
        description: "Create a company, add its contacts and invite them to the portal.",
      }}
      filtered={{
        heading: "No matching companies",
        description: "No company name matches the search.",
      }}
    >
      <CompanyFormDrawer
        open={creating}
        onOpenChange={setCreating}
        isSaving={create.isPending}
        onSave={async (input) => {
          const { company } = await create.mutateAsync(input)
          navigate(companyPath(company.id))
        }}
      />
    </ListPage>
  )
}

export const config = defineRouteConfig({ label: "Companies", icon: Buildings })

export const handle = { breadcrumb: () => "Companies" }

export default CompaniesPage
