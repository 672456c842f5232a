import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DropdownMenu,
  Heading,
  IconButton,
  StatusBadge,
  Text,
} from "@medusajs/ui"
import { useMemo } from "react"
import { Link, useNavigate } from "react-router-dom"
import {
  agreementTemplatePath,
  agreementTemplatesPath,
} from "../../../components/agreement-templates/paths"
import { useListState, useListTable } from "../../../components/common/list-page"
import {
  type AgreementTemplate,
  isTemplateInUse,
  useAgreementTemplates,
  useDeleteAgreementTemplate,
} from "../../../hooks/agreement-templates"
import { errorMessage } from "../../../lib/errors"

const formatUpdated = (value: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(value)
  )

const columnHelper = createDataTableColumnHelper<AgreementTemplate>()

const RowActions = ({ template }: { template: AgreementTemplate }) => {
  const navigate = useNavigate()
  const { confirmAndDelete } = useDeleteAgreementTemplate()
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton
          size="small"
          variant="transparent"
          aria-label={`Actions for ${template.name}`}
          onClick={(event) => event.stopPropagation()}
        >
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content onClick={(event) => event.stopPropagation()}>
        <DropdownMenu.Item
          className="gap-x-2"
          onClick={() => navigate(agreementTemplatePath(template.id))}
        >
          <PencilSquare className="text-ui-fg-subtle" />
          Edit
        </DropdownMenu.Item>
        <DropdownMenu.Separator />
        <DropdownMenu.Item className="gap-x-2" onClick={() => confirmAndDelete(template)}>
          <Trash className="text-ui-fg-subtle" />
          Delete
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

const columns = [
  columnHelper.accessor("name", { header: "Name" }),
  columnHelper.accessor("version", {
    header: "Version",
    cell: ({ getValue }) => `v${getValue()}`,
  }),
  columnHelper.display({
    id: "in_use",
    header: "In use",
    cell: ({ row }) =>
      isTemplateInUse(row.original) ? (
        <StatusBadge color="green">Sent with quotes</StatusBadge>
      ) : (
        <StatusBadge color="grey">Not sent yet</StatusBadge>
      ),
  }),
  columnHelper.accessor("updated_at", {
    header: "Updated",
    cell: ({ getValue }) => formatUpdated(getValue()),
  }),
  columnHelper.display({
    id: "actions",
    cell: ({ row }) => <RowActions template={row.original} />,
  }),
]

const AgreementTemplatesPage = () => {
  const list = useListState()
  const params = useMemo(() => ({ ...list.page, q: list.search }), [list.page, list.search])
  const { data, isPending, isError, error, refetch } = useAgreementTemplates(params)
  const table = useListTable({
    list,
    columns,
    rows: data?.agreement_templates,
    count: data?.count,
    isLoading: isPending,
    withSearch: true,
    pathOf: agreementTemplatePath,
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Agreement templates</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              The agreements buyers read and sign with a quote, with their details filled in.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.Search placeholder="Search by name" />
            <Button size="small" variant="secondary" asChild>
              <Link to={`${agreementTemplatesPath}/create`}>Create</Link>
            </Button>
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <div className="flex flex-col items-center gap-y-3 px-6 py-10 text-center">
            <Text size="small" className="text-ui-fg-error">
              The agreement templates could not be loaded: {errorMessage(error)}
            </Text>
            <Button size="small" variant="secondary" onClick={() => refetch()}>
              Try again
            </Button>
          </div>
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: {
                  heading: "No agreement templates yet",
                  description:
                    "Create one to attach an agreement to your quotes. Buyers sign it when they accept.",
                },
                filtered: {
                  heading: "No matching templates",
                  description: "No template name contains your search.",
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

export const config = defineRouteConfig({ label: "Agreement templates" })

export const handle = { breadcrumb: () => "Agreement templates" }

export default AgreementTemplatesPage
