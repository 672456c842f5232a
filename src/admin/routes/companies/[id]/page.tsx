import { EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import {
  Button,
  Container,
  DropdownMenu,
  Heading,
  IconButton,
  StatusBadge,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useState } from "react"
import { useNavigate, useParams } from "react-router-dom"
import { CompanyContactsSection } from "../../../components/companies/company-contacts-section"
import { CompanyDocumentRequestsSection } from "../../../components/companies/company-document-requests-section"
import { CompanyDocumentsSection } from "../../../components/companies/company-documents-section"
import { CompanyEventsSection } from "../../../components/companies/company-events-section"
import { CompanyFormDrawer } from "../../../components/companies/company-form-drawer"
import { CompanySides } from "../../../components/companies/company-sides"
import { companiesPath } from "../../../components/companies/paths"
import { RecordCardSkeleton, RecordPage, TwoColumns } from "../../../components/common/record-page"
import { CompanyConversationsSection } from "../../../components/conversations/company-conversations-section"
import { CompanyPurchaseOrdersSection } from "../../../components/procurement/company-purchase-orders-section"
import { CompanyWorkRequestsSection } from "../../../components/work-requests/company-work-requests-section"
import {
  type Company,
  useCompany,
  useDeleteCompany,
  useUpdateCompany,
} from "../../../hooks/companies"
import { errorMessage } from "../../../lib/errors"

const CompanyHeader = ({ company }: { company: Company }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const update = useUpdateCompany(company.id)
  const remove = useDeleteCompany(company.id)
  const [editing, setEditing] = useState(false)

  const confirmDelete = async () => {
    const confirmed = await prompt({
      title: `Delete ${company.name}?`,
      description:
        "Only a company without contacts and quotes can be deleted; its customer group goes with it.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync()
      toast.success(`Deleted ${company.name}`)
      navigate(companiesPath)
    } catch (error) {
      toast.error(`${company.name} was not deleted`, { description: errorMessage(error) })
    }
  }

  return (
    <Container className="flex items-start justify-between gap-x-4 px-6 py-4">
      <div className="flex flex-col gap-y-2">
        <Heading level="h1">{company.name}</Heading>
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge color={company.allow_portal ? "green" : "grey"}>
            {company.allow_portal ? "Portal access" : "No portal access"}
          </StatusBadge>
          <CompanySides company={company} />
          <Text size="small" className="text-ui-fg-subtle">
            Discount: {company.discount_percent != null ? `${company.discount_percent}%` : "none"}
          </Text>
        </div>
      </div>
      <div className="flex items-center gap-x-2">
        <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
          <PencilSquare />
          Edit
        </Button>
        <DropdownMenu>
          <DropdownMenu.Trigger asChild>
            <IconButton size="small" variant="transparent" aria-label="More actions">
              <EllipsisHorizontal />
            </IconButton>
          </DropdownMenu.Trigger>
          <DropdownMenu.Content align="end">
            <DropdownMenu.Item className="gap-x-2" onClick={confirmDelete}>
              <Trash className="text-ui-fg-subtle" />
              Delete company
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu>
      </div>
      <CompanyFormDrawer
        open={editing}
        onOpenChange={setEditing}
        company={company}
        isSaving={update.isPending}
        onSave={(input) => update.mutateAsync(input)}
      />
    </Container>
  )
}

/**
 * A company: its settings, its contacts with their portal login and teams, a customer's
 * documents and document requests, a supplier's purchase orders, and the access trail.
 */
const CompanyPage = () => {
  const { id = "" } = useParams()
  const query = useCompany(id)
  return (
    <RecordPage
      query={query}
      loading={<RecordCardSkeleton />}
      thing="company"
      notFoundHeading="Company not found"
      back={{ to: companiesPath, label: "Back to companies" }}
    >
      {(company) => (
        <TwoColumns
          main={
            <>
              <CompanyHeader company={company} />
              <CompanyContactsSection company={company} />
              {company.is_customer && (
                <>
                  <CompanyDocumentsSection company={company} />
                  <CompanyDocumentRequestsSection company={company} />
                </>
              )}
            </>
          }
          side={
            <>
              {company.is_supplier && <CompanyPurchaseOrdersSection company={company} />}
              {company.is_customer && <CompanyWorkRequestsSection company={company} />}
              {company.is_customer && <CompanyConversationsSection company={company} />}
              <CompanyEventsSection companyId={company.id} />
            </>
          }
        />
      )}
    </RecordPage>
  )
}

export const handle = { breadcrumb: () => "Company" }

export default CompanyPage
