import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tools, XMarkMini } from "@medusajs/icons"
import { Badge, createDataTableColumnHelper, DataTable, IconButton } from "@medusajs/ui"
import { useMemo } from "react"
import {
  emphasizedCell,
  ListPage,
  useListState,
  useListTable,
  useUrlFilter,
} from "../../components/common/list-page"
import { UNASSIGNED, staffChoices } from "../../components/work-requests/assignee-choices"
import { ChoiceSelect } from "../../components/work-requests/choice-select"
import { workRequestPath } from "../../components/work-requests/paths"
import { assigneeName } from "../../components/work-requests/staff-name"
import {
  WORK_REQUEST_STATUS_LABELS,
  WorkRequestStatusBadge,
} from "../../components/work-requests/status"
import { useCompany } from "../../hooks/companies"
import { usePortalSettings } from "../../hooks/portal-settings"
import { useStaffUsers } from "../../hooks/users"
import {
  useCurrentUser,
  useWorkRequests,
  WORK_REQUEST_STATUSES,
  type WorkRequestStatus,
  type WorkRequestSummary,
} from "../../hooks/work-requests"
import { formatDateTime } from "../../lib/format"

/** The status filter's choices: the open ones by default, one status, or every request. */
const OPEN = "open"
const ALL = "all"
const STATUS_CHOICES = [
  { value: OPEN, label: "Open" },
  ...WORK_REQUEST_STATUSES.map((status) => ({
    value: status,
    label: WORK_REQUEST_STATUS_LABELS[status],
  })),
  { value: ALL, label: "Any status" },
]

/** The assignee filter's fixed choices; each staff member follows. */
const ANYONE = "anyone"
const ME = "me"

const NO_MATCH = {
  heading: "No matching work requests",
  description: "No work request matches the search and filters.",
}

const columnHelper = createDataTableColumnHelper<WorkRequestSummary>()

function useColumns(users: ReturnType<typeof useStaffUsers>["data"], meId: string | undefined) {
  return useMemo(
    () => [
      columnHelper.accessor("number", {
        header: "Request",
        cell: emphasizedCell,
      }),
      columnHelper.accessor("subject", {
        header: "Subject",
        cell: ({ getValue }) => (
          <span className="block max-w-[320px] truncate" title={getValue()}>
            {getValue()}
          </span>
        ),
      }),
      columnHelper.display({
        id: "company",
        header: "Company",
        cell: ({ row }) => row.original.company.name,
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ getValue }) => <WorkRequestStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("assignee_id", {
        header: "Assignee",
        cell: ({ getValue }) => {
          const id = getValue()
          return (
            <span className={id ? undefined : "text-ui-fg-subtle"}>
              {assigneeName(id, users, meId)}
            </span>
          )
        },
      }),
      columnHelper.accessor("last_activity_at", {
        header: "Last activity",
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
    ],
    [users, meId]
  )
}

/** The company the list is narrowed to (from its page), with a button to widen it again. */
const CompanyChip = ({ companyId, onClear }: { companyId: string; onClear: () => void }) => {
  const company = useCompany(companyId)
  return (
    <Badge size="small" className="flex items-center gap-x-1">
      {"Company: "}
      {company.data?.name ?? "…"}
      <IconButton
        size="2xsmall"
        variant="transparent"
        aria-label="Show requests of every company"
        onClick={onClear}
      >
        <XMarkMini />
      </IconButton>
    </Badge>
  )
}

/**
 * The triage queue of work requests the companies' contacts submit in the portal: the open
 * ones by default, by status, assignee, company and number or subject; a row opens it.
 */
const WorkRequestsPage = () => {
  const list = useListState()
  const [statusParam, setStatus] = useUrlFilter("status", list)
  const [assigneeParam, setAssignee] = useUrlFilter("assignee", list)
  const [companyId, setCompany] = useUrlFilter("company_id", list)
  const users = useStaffUsers()
  const me = useCurrentUser()
  const settings = usePortalSettings()
  const featureOff = settings.data && !settings.data.settings.work_requests_enabled
  const status = statusParam ?? OPEN
  const assignee = assigneeParam ?? ANYONE

  const assigneeId =
    assignee === ANYONE ? undefined : assignee === ME ? me.data?.id : (assignee ?? undefined)
  const params = useMemo(
    () => ({
      ...list.page,
      q: list.search || undefined,
      status: status === ALL ? undefined : (status as WorkRequestStatus | typeof OPEN),
      assignee_id: assigneeId,
      company_id: companyId ?? undefined,
    }),
    [list.page, list.search, status, assigneeId, companyId]
  )
  // "Me" waits for who that is, rather than listing everyone's requests first.
  const query = useWorkRequests(params, { enabled: assignee !== ME || !!me.data })
  const columns = useColumns(users.data, me.data?.id)
  const table = useListTable({
    list,
    columns,
    rows: query.data?.work_requests,
    count: query.data?.count,
    isLoading: query.isPending,
    withSearch: true,
    pathOf: workRequestPath,
  })

  const assigneeChoices = [
    { value: ANYONE, label: "Anyone" },
    { value: ME, label: "Assigned to me" },
    { value: UNASSIGNED, label: "Unassigned" },
    ...staffChoices(
      users.data,
      undefined,
      assignee === ANYONE || assignee === ME ? null : assignee
    ),
  ]

  return (
    <ListPage
      table={table}
      heading="Work requests"
      description={
        featureOff
          ? "Work requests are off in the Client Portal settings: contacts cannot submit new ones."
          : "Jobs and tickets your customers' contacts submit in the portal."
      }
      toolbar={
        <>
          {companyId && <CompanyChip companyId={companyId} onClear={() => setCompany(null)} />}
          <ChoiceSelect
            label="Filter by status"
            value={status}
            choices={STATUS_CHOICES}
            onChange={(next) => setStatus(next === OPEN ? null : next)}
            className="w-full md:w-40"
          />
          <ChoiceSelect
            label="Filter by assignee"
            value={assignee}
            choices={assigneeChoices}
            onChange={(next) => setAssignee(next === ANYONE ? null : next)}
            className="w-full md:w-40"
          />
          <DataTable.Search placeholder="Search number or subject" />
        </>
      }
      query={query}
      what="The work requests"
      empty={
        status === OPEN && assignee === ANYONE && !companyId
          ? {
              heading: "No open work requests",
              description:
                "Requests contacts submit in the portal appear here (with Work requests on in the Client Portal settings). Closed ones are under Any status.",
            }
          : NO_MATCH
      }
      filtered={NO_MATCH}
    />
  )
}

export const config = defineRouteConfig({ label: "Work requests", icon: Tools })

export const handle = { breadcrumb: () => "Work requests" }

export default WorkRequestsPage
