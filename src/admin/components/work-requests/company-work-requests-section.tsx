import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { Company } from "../../hooks/companies"
import { useWorkRequests } from "../../hooks/work-requests"
import { formatDateTime } from "../../lib/format"
import { SectionError, SectionLoading } from "../common/section-state"
import { companyWorkRequestsPath, workRequestPath } from "./paths"
import { WorkRequestStatusBadge } from "./status"

const SHOWN = 5

/** The company's open work requests, newest activity first, and the way to all of them. */
export const CompanyWorkRequestsSection = ({ company }: { company: Company }) => {
  const requests = useWorkRequests({
    limit: SHOWN,
    offset: 0,
    status: "open",
    company_id: company.id,
  })
  return (
    <Container className="divide-y p-0" aria-labelledby="company-work-requests-heading">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2" id="company-work-requests-heading">
            Work requests
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Open requests its contacts submitted in the portal.
          </Text>
        </div>
        <Button size="small" variant="secondary" className="shrink-0" asChild>
          <Link to={`${companyWorkRequestsPath(company.id)}&status=all`}>View all</Link>
        </Button>
      </div>
      {requests.isPending ? (
        <SectionLoading />
      ) : requests.isError ? (
        <SectionError what="The work requests" error={requests.error} onRetry={requests.refetch} />
      ) : requests.data.work_requests.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No open work requests.
        </Text>
      ) : (
        <ul className="divide-y" aria-label={`Open work requests of ${company.name}`}>
          {requests.data.work_requests.map((request) => (
            <li key={request.id} className="flex items-center justify-between gap-x-3 px-6 py-3">
              <div className="flex min-w-0 flex-col">
                <Link
                  to={workRequestPath(request.id)}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
                >
                  {request.number}
                </Link>
                <Text size="small" className="truncate" title={request.subject}>
                  {request.subject}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  Last activity {formatDateTime(request.last_activity_at)}
                </Text>
              </div>
              <WorkRequestStatusBadge status={request.status} />
            </li>
          ))}
          {requests.data.count > SHOWN && (
            <li className="px-6 py-3">
              <Text size="small" className="text-ui-fg-subtle">
                {requests.data.count - SHOWN} more open.
              </Text>
            </li>
          )}
        </ul>
      )}
    </Container>
  )
}
