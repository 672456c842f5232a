import {
  ArrowPath,
  ChevronDownMini,
  ChevronRightMini,
  DocumentText,
  XCircle,
} from "@medusajs/icons"
import { Button, Container, Heading, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import type { DocumentRequestStatus } from "../../../shared/documents"
import type { Company } from "../../hooks/companies"
import { useCompanyMembers } from "../../hooks/companies"
import {
  type DocumentRequest,
  type DocumentRequestItem,
  useCompanyDocumentRequests,
  useSetDocumentRequestStatus,
} from "../../hooks/documents"
import { errorMessage } from "../../lib/errors"
import { customerName, formatDate, formatDateTime, formatFileSize } from "../../lib/format"
import { SectionError, SectionLoading } from "../common/section-state"
import { OpenButton } from "./company-documents-section"
import { RequestDocumentsDrawer } from "./request-documents-drawer"
import { SectionPager } from "../common/section-pager"

const PAGE_SIZE = 10

const STATUS_LABELS: Record<DocumentRequestStatus, string> = {
  open: "Open",
  done: "Done",
  closed: "Closed",
}
const STATUS_COLORS = { open: "blue", done: "green", closed: "grey" } as const

/** A due date ("YYYY-MM-DD") as the admin reads it, on that day whatever the time zone. */
const formatDueDate = (value: string) => {
  const [year, month, day] = value.split("-").map(Number)
  return formatDate(new Date(year, month - 1, day))
}

/** Close (confirmed: contacts can no longer upload) or Reopen (for more uploads). */
const RequestActions = ({
  request,
  companyId,
}: {
  request: DocumentRequest
  companyId: string
}) => {
  const prompt = usePrompt()
  const setStatus = useSetDocumentRequestStatus(companyId)
  const change = async (status: "open" | "closed") => {
    if (status === "closed") {
      const confirmed = await prompt({
        title: `Close ${request.title}?`,
        description: "The company's contacts can no longer upload for it. You can reopen it later.",
        confirmText: "Close request",
        cancelText: "Cancel",
      })
      if (!confirmed) return
    }
    try {
      await setStatus.mutateAsync({ id: request.id, status })
      toast.success(status === "closed" ? `Closed ${request.title}` : `Reopened ${request.title}`)
    } catch (error) {
      toast.error(
        status === "closed"
          ? `${request.title} was not closed`
          : `${request.title} was not reopened`,
        { description: errorMessage(error) }
      )
    }
  }
  return (
    <div className="flex items-center gap-x-2">
      {request.status !== "closed" && (
        <Button
          size="small"
          variant="secondary"
          type="button"
          isLoading={setStatus.isPending}
          onClick={() => change("closed")}
        >
          <XCircle />
          Close
        </Button>
      )}
      {request.status !== "open" && (
        <Button
          size="small"
          variant="secondary"
          type="button"
          isLoading={setStatus.isPending}
          onClick={() => change("open")}
        >
          <ArrowPath />
          Reopen
        </Button>
      )}
    </div>
  )
}

/** One item asked for: its name, due date, description and the files uploaded for it. */
const RequestItem = ({ item }: { item: DocumentRequestItem }) => (
  <li className="flex flex-col gap-y-2 py-3" data-testid={`document-request-item-${item.id}`}>
    <div className="flex flex-wrap items-baseline justify-between gap-x-4">
      <Text size="small" weight="plus" className="break-words">
        {item.name}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {item.due_date ? `Due ${formatDueDate(item.due_date)}` : "No due date"}
      </Text>
    </div>
    {item.description && (
      <Text size="small" className="text-ui-fg-subtle whitespace-pre-line break-words">
        {item.description}
      </Text>
    )}
    {item.uploads.length === 0 ? (
      <Text size="small" className="text-ui-fg-muted">
        Nothing uploaded yet.
      </Text>
    ) : (
      <ul className="flex flex-col gap-y-1" aria-label={`Files uploaded for ${item.name}`}>
        {item.uploads.map((upload) => (
          <li
            key={upload.id}
            className="bg-ui-bg-subtle flex items-center justify-between gap-x-3 rounded-md px-3 py-2"
          >
            <div className="flex min-w-0 items-center gap-x-2">
              <DocumentText className="text-ui-fg-muted shrink-0" />
              <div className="flex min-w-0 flex-col">
                <Text size="small" className="break-all">
                  {upload.file_name}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {formatFileSize(upload.size)} · uploaded {formatDateTime(upload.created_at)}
                </Text>
              </div>
            </div>
            <OpenButton document={upload} />
          </li>
        ))}
      </ul>
    )}
  </li>
)

/** A request's row: title, status, dates; expanded, its note, items and actions. */
const RequestRow = ({
  request,
  companyId,
  contactName,
  expanded,
  onToggle,
}: {
  request: DocumentRequest
  companyId: string
  contactName: (customerId: string) => string
  expanded: boolean
  onToggle: () => void
}) => {
  const uploads = request.items.reduce((sum, item) => sum + item.uploads.length, 0)
  const detailsId = `document-request-${request.id}-details`
  return (
    <li data-testid={`document-request-${request.id}`}>
      <button
        type="button"
        className="hover:bg-ui-bg-base-hover flex w-full items-start gap-x-3 px-6 py-3 text-left outline-none focus-visible:shadow-borders-focus"
        aria-expanded={expanded}
        aria-controls={detailsId}
        onClick={onToggle}
      >
        <span className="text-ui-fg-muted mt-0.5">
          {expanded ? <ChevronDownMini /> : <ChevronRightMini />}
        </span>
        <span className="flex min-w-0 flex-1 flex-col gap-y-0.5">
          <span className="txt-compact-small-plus text-ui-fg-base break-words">
            {request.title}
          </span>
          <span className="txt-small text-ui-fg-subtle">
            Requested {formatDate(request.created_at)} · {request.items.length}{" "}
            {request.items.length === 1 ? "document" : "documents"} · {uploads}{" "}
            {uploads === 1 ? "file" : "files"} uploaded
            {request.done_at && <> · done {formatDate(request.done_at)}</>}
          </span>
        </span>
        <StatusBadge color={STATUS_COLORS[request.status]} data-testid="document-request-status">
          {STATUS_LABELS[request.status]}
        </StatusBadge>
      </button>
      {expanded && (
        <div id={detailsId} className="flex flex-col gap-y-2 px-6 pb-4 pl-12">
          {request.note && (
            <Text size="small" className="text-ui-fg-subtle whitespace-pre-line break-words">
              {request.note}
            </Text>
          )}
          {request.done_at && (
            <Text size="small" className="text-ui-fg-subtle">
              Done uploading {formatDateTime(request.done_at)}
              {request.done_by && <> by {contactName(request.done_by)}</>}
            </Text>
          )}
          <ul className="divide-y" aria-label={`Documents asked for in ${request.title}`}>
            {request.items.map((item) => (
              <RequestItem key={item.id} item={item} />
            ))}
          </ul>
          <RequestActions request={request} companyId={companyId} />
        </div>
      )}
    </li>
  )
}

/**
 * The documents staff asked the company for (docs/ARCHITECTURE.md, "Documents"): each
 * request with its status, expanded to its items and what the contacts uploaded for them;
 * close or reopen it, or ask for more.
 */
export const CompanyDocumentRequestsSection = ({ company }: { company: Company }) => {
  const [offset, setOffset] = useState(0)
  const [requesting, setRequesting] = useState(false)
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const requests = useCompanyDocumentRequests(company.id, { limit: PAGE_SIZE, offset })
  const members = useCompanyMembers(company.id)
  const names = useMemo(
    () =>
      new Map(
        (members.data ?? []).map((member) => [
          member.customer_id,
          customerName(member.customer, "a contact"),
        ])
      ),
    [members.data]
  )
  const pageEmptied = offset > 0 && requests.data?.document_requests.length === 0
  useEffect(() => {
    if (pageEmptied) setOffset(0)
  }, [pageEmptied])

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  return (
    <Container className="divide-y p-0" aria-labelledby="company-document-requests-heading">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2" id="company-document-requests-heading">
            Document requests
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Documents you asked {company.name} to upload.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setRequesting(true)}>
          Request documents
        </Button>
      </div>
      {requests.isPending ? (
        <SectionLoading />
      ) : requests.isError ? (
        <SectionError
          what="The document requests"
          error={requests.error}
          onRetry={requests.refetch}
        />
      ) : requests.data.document_requests.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No document requests yet. Request documents to ask the company's contacts for files.
        </Text>
      ) : (
        <>
          <ul className="divide-y" aria-label={`Document requests of ${company.name}`}>
            {requests.data.document_requests.map((request) => (
              <RequestRow
                key={request.id}
                request={request}
                companyId={company.id}
                contactName={(id) => names.get(id) ?? "a contact"}
                expanded={expanded.has(request.id)}
                onToggle={() => toggle(request.id)}
              />
            ))}
          </ul>
          <SectionPager
            offset={offset}
            pageSize={PAGE_SIZE}
            count={requests.data.count}
            onOffsetChange={setOffset}
          />
        </>
      )}
      <RequestDocumentsDrawer
        company={company}
        open={requesting}
        onOpenChange={setRequesting}
        onRequested={(id) => {
          setOffset(0)
          setExpanded((current) => new Set(current).add(id))
        }}
      />
    </Container>
  )
}
