import { ArrowUpRightOnBox, DocumentText } from "@medusajs/icons"
import { Button, Text, toast } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import type { QuoteStatus } from "../../hooks/quotes"
import { useConvertWorkRequest, type WorkRequest } from "../../hooks/work-requests"
import { errorMessage } from "../../lib/errors"
import { formatDate, formatDateTime } from "../../lib/format"
import { RecordHeader, TextLink } from "../common/record-header"
import { companyPath } from "../companies/paths"
import { quotePath } from "../quotes/paths"
import { quoteStatusLabel } from "../quotes/quote-status-badge"
import { WorkRequestStatusBadge } from "./status"

/** "2027-01-20" as a date of the calendar, whatever the browser's time zone. */
const calendarDate = (value: string | null) => (value ? formatDate(`${value}T12:00:00`) : "–")

/** One fact in the header: a small label over its value, which may be a link. */
const Fact = ({
  label,
  testId,
  children,
}: {
  label: string
  testId?: string
  children: ReactNode
}) => (
  <div className="flex min-w-0 flex-col" data-testid={testId}>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" weight="plus" className="break-words">
      {children}
    </Text>
  </div>
)

/**
 * "Create quote" makes a draft quote for the request's contact in one click; once the request
 * has a quote, its link instead.
 */
const QuoteAction = ({ request }: { request: WorkRequest }) => {
  const convert = useConvertWorkRequest(request.id)
  if (request.quote) {
    return (
      <Button size="small" variant="secondary" asChild>
        <Link to={quotePath(request.quote.id)}>
          <ArrowUpRightOnBox />
          Open quote {request.quote.number}
        </Link>
      </Button>
    )
  }
  const onCreate = async () => {
    try {
      const { quote } = await convert.mutateAsync({})
      toast.success(`Quote ${quote.number} was created from ${request.number}`, {
        description: "Add its items, then send it to the contact.",
      })
    } catch (error) {
      toast.error(`No quote was created from ${request.number}`, {
        description: errorMessage(error),
      })
    }
  }
  return (
    <Button size="small" isLoading={convert.isPending} onClick={onCreate}>
      <DocumentText />
      Create quote
    </Button>
  )
}

/** Number, subject and status, who submitted it for which company, and its quote. */
export const WorkRequestHeader = ({ request }: { request: WorkRequest }) => {
  const submitter = request.submitted_by
  return (
    <RecordHeader
      heading={request.number}
      status={
        <span data-testid="work-request-status">
          <WorkRequestStatusBadge status={request.status} />
        </span>
      }
      subtitle={
        <>
          Submitted {formatDateTime(request.created_at)} by{" "}
          {submitter ? submitter.name || submitter.email : "a former contact"}
        </>
      }
      actions={<QuoteAction request={request} />}
    >
      <Text size="large" weight="plus" className="break-words" data-testid="work-request-subject">
        {request.subject}
      </Text>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <Fact label="Company">
          <TextLink to={companyPath(request.company.id)}>{request.company.name}</TextLink>
        </Fact>
        <Fact label="Submitted by">
          {submitter ? (
            <>
              {submitter.name || submitter.email}
              {submitter.name && (
                <span className="text-ui-fg-subtle block font-normal">{submitter.email}</span>
              )}
            </>
          ) : (
            "–"
          )}
        </Fact>
        <Fact label="Preferred date">{calendarDate(request.preferred_date)}</Fact>
        <Fact label="Quote" testId="work-request-quote">
          {request.quote ? (
            <>
              <TextLink to={quotePath(request.quote.id)}>{request.quote.number}</TextLink>
              <span className="text-ui-fg-subtle font-normal">
                {" "}
                · {quoteStatusLabel(request.quote.status as QuoteStatus)}
              </span>
            </>
          ) : (
            "None yet"
          )}
        </Fact>
      </div>
    </RecordHeader>
  )
}
