import { ArrowUpRightOnBox, ArrowUpTray, Trash } from "@medusajs/icons"
import {
  Alert,
  Button,
  Container,
  Heading,
  IconButton,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { Link } from "react-router-dom"
import type { DocumentAttachment } from "../../../shared/documents"
import type { Company } from "../../hooks/companies"
import { useCompanyMembers } from "../../hooks/companies"
import {
  fetchDocumentFile,
  type PortalDocument,
  useCompanyDocuments,
  useDeleteDocument,
} from "../../hooks/documents"
import { useCompanyOrders } from "../../hooks/orders"
import { usePortalSettings } from "../../hooks/portal-settings"
import { useQuotes } from "../../hooks/quotes"
import { errorMessage } from "../../lib/errors"
import { formatDate, formatFileSize } from "../../lib/format"
import { SectionError, SectionLoading } from "../common/section-state"
import { quotePath } from "../quotes/paths"
import { UploadDocumentDrawer } from "./upload-document-drawer"
import { SectionPager } from "../common/section-pager"

const PAGE_SIZE = 20

/** A quote or order of the company a document may be attached to, as the picker offers it. */
export type DocumentPlaceOption = {
  attached_to: Exclude<DocumentAttachment, "company">
  id: string
  label: string
  /** The admin page of the record, from the dashboard's root. */
  to: string
}

/**
 * The company's quotes (the portal's list of its contacts' quotes, kept to the company's) and
 * orders (Medusa's, and those of its quotes): what a document may be attached to, and what
 * the list names an attached document by.
 */
function useDocumentPlaces(company: Company) {
  const members = useCompanyMembers(company.id)
  const customerIds = useMemo(
    () => [...new Set((members.data ?? []).map((member) => member.customer_id))].sort(),
    [members.data]
  )
  const quotes = useQuotes(
    { limit: 100, offset: 0, customer_id: customerIds },
    { enabled: customerIds.length > 0 }
  )
  const orders = useCompanyOrders(company.id, customerIds)
  return useMemo(() => {
    const companyQuotes = (quotes.data?.quotes ?? []).filter(
      (quote) => quote.company_id === company.id
    )
    const options: DocumentPlaceOption[] = companyQuotes.map((quote) => ({
      attached_to: "quote",
      id: quote.id,
      label: `Quote ${quote.number}`,
      to: quotePath(quote.id),
    }))
    const orderLabels = new Map<string, string>()
    for (const quote of companyQuotes) {
      if (quote.order_id) orderLabels.set(quote.order_id, `Order of quote ${quote.number}`)
    }
    for (const order of orders.data ?? []) orderLabels.set(order.id, `Order #${order.display_id}`)
    for (const [id, label] of orderLabels) {
      options.push({ attached_to: "order", id, label, to: `/orders/${id}` })
    }
    return options
  }, [quotes.data, orders.data, company.id])
}

/** A place the company's quotes and orders loaded here do not name. */
const UNNAMED_PLACES: Record<string, string> = {
  quote: "A quote",
  order: "An order",
  request_item: "A document request",
  work_request: "A work request",
}

/** What a document is attached to: the company, or a link to its quote or order. */
const AttachedTo = ({
  document,
  places,
}: {
  document: PortalDocument
  places: DocumentPlaceOption[]
}) => {
  if (document.attached_to === "company" || !document.attached_id) {
    return <span className="text-ui-fg-subtle">The company</span>
  }
  const place = places.find((option) => option.id === document.attached_id)
  if (!place) {
    return (
      <span className="text-ui-fg-subtle">
        {UNNAMED_PLACES[document.attached_to] ?? "A record"}
      </span>
    )
  }
  return (
    <Link to={place.to} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
      {place.label}
    </Link>
  )
}

/**
 * Opens the file in a new tab (PDFs and pictures) or saves it (the rest), fetched with the
 * staff session, then shown from a blob URL.
 */
export const OpenButton = ({
  document,
}: {
  document: Pick<PortalDocument, "id" | "title" | "file_name" | "mime_type" | "previewable">
}) => {
  const [isLoading, setIsLoading] = useState(false)
  const open = async () => {
    setIsLoading(true)
    // Opened now, while the click still counts as the user's: a popup opened after the await is blocked.
    const tab = document.previewable ? window.open("", "_blank") : null
    try {
      const url = await fetchDocumentFile(document)
      if (tab) {
        tab.location.href = url
      } else {
        const anchor = window.document.createElement("a")
        anchor.href = url
        anchor.download = document.file_name
        anchor.click()
      }
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
    } catch (error) {
      tab?.close()
      toast.error(`${document.title} could not be opened`, { description: errorMessage(error) })
    } finally {
      setIsLoading(false)
    }
  }
  return (
    <Button
      size="small"
      variant="secondary"
      type="button"
      isLoading={isLoading}
      onClick={open}
      aria-label={`Open ${document.title}`}
    >
      <ArrowUpRightOnBox />
      Open
    </Button>
  )
}

const DeleteButton = ({ document, companyId }: { document: PortalDocument; companyId: string }) => {
  const prompt = usePrompt()
  const remove = useDeleteDocument(companyId)
  const confirmDelete = async () => {
    const confirmed = await prompt({
      title: `Delete ${document.title}?`,
      description:
        "The company's contacts no longer see it in the portal, and the file is deleted.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync(document.id)
      toast.success(`Deleted ${document.title}`)
    } catch (error) {
      toast.error(`${document.title} was not deleted`, { description: errorMessage(error) })
    }
  }
  return (
    <IconButton
      size="small"
      variant="transparent"
      type="button"
      aria-label={`Delete ${document.title}`}
      disabled={remove.isPending}
      onClick={confirmDelete}
    >
      <Trash />
    </IconButton>
  )
}

/**
 * The files shared with the company or attached to its quotes and orders
 * (docs/ARCHITECTURE.md, "Documents"): upload, open and delete them. While the Documents
 * feature is off, a note says the contacts do not see them yet.
 */
export const CompanyDocumentsSection = ({ company }: { company: Company }) => {
  const [offset, setOffset] = useState(0)
  const [uploading, setUploading] = useState(false)
  const documents = useCompanyDocuments(company.id, { limit: PAGE_SIZE, offset })
  const settings = usePortalSettings()
  const places = useDocumentPlaces(company)
  const featureOff = settings.data && !settings.data.settings.documents_enabled
  // The last document of a later page deleted: back to the first page.
  const pageEmptied = offset > 0 && documents.data?.documents.length === 0
  useEffect(() => {
    if (pageEmptied) setOffset(0)
  }, [pageEmptied])

  return (
    <Container className="divide-y p-0" aria-labelledby="company-documents-heading">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2" id="company-documents-heading">
            Documents
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Files shared with {company.name}, or attached to one of its quotes or orders.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setUploading(true)}>
          <ArrowUpTray />
          Upload
        </Button>
      </div>
      {featureOff && (
        <div className="px-6 py-4">
          <Alert variant="info" dismissible={false}>
            Contacts do not see documents until you turn Documents on in the Client Portal settings.
          </Alert>
        </div>
      )}
      {documents.isPending ? (
        <SectionLoading />
      ) : documents.isError ? (
        <SectionError what="The documents" error={documents.error} onRetry={documents.refetch} />
      ) : documents.data.documents.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No documents yet. Upload a file to share it with the company.
        </Text>
      ) : (
        <>
          <Table aria-label={`Documents of ${company.name}`}>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Document</Table.HeaderCell>
                <Table.HeaderCell>Attached to</Table.HeaderCell>
                <Table.HeaderCell>Added</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="sr-only">Actions</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {documents.data.documents.map((document) => (
                <Table.Row
                  key={document.id}
                  className="[&_td]:py-3 [&_td]:align-top"
                  data-testid={`document-${document.id}`}
                >
                  <Table.Cell className="whitespace-normal">
                    <div className="flex flex-col gap-y-0.5">
                      <span className="text-ui-fg-base txt-compact-small-plus break-words">
                        {document.title}
                      </span>
                      <span className="text-ui-fg-subtle break-all">
                        {document.file_name} · {formatFileSize(document.size)}
                      </span>
                      {document.caption && (
                        <span className="text-ui-fg-subtle break-words">{document.caption}</span>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <AttachedTo document={document} places={places} />
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-col">
                      <span>{formatDate(document.created_at)}</span>
                      {document.source === "contact" && (
                        <span className="text-ui-fg-subtle">by a contact</span>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex items-center justify-end gap-x-1">
                      <OpenButton document={document} />
                      <DeleteButton document={document} companyId={company.id} />
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <SectionPager
            offset={offset}
            pageSize={PAGE_SIZE}
            count={documents.data.count}
            onOffsetChange={setOffset}
          />
        </>
      )}
      <UploadDocumentDrawer
        company={company}
        places={places}
        open={uploading}
        onOpenChange={setUploading}
        onUploaded={() => setOffset(0)}
      />
    </Container>
  )
}
