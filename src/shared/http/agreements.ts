import type { AgreementBlock } from "../agreement-document"
import type { DeleteResponse, FindParams, PaginatedResponse } from "./common"

// Agreement templates and signed agreements (docs/ARCHITECTURE.md, "Routes and
// guards"): /admin/portal/agreement-templates/**, /admin/portal/signed-agreements/**.
// The agreement a buyer signs is part of the quote view (./quotes.ts).

// ---------------------------------------------------------------- admin

export type AdminPortalAgreementTemplateVersion = {
  id: string
  version: number
  created_at: string
  in_use_at: string | null
}

/** A template's name and text in one language. */
export type PortalAgreementTemplateText = { name: string; body: string }

/**
 * A template in other languages than its default text, by language ("de"): a quote in one of
 * them is shown and signed in it (docs/ARCHITECTURE.md, "Languages").
 */
export type PortalAgreementTemplateTranslations = Record<string, PortalAgreementTemplateText>

export type AdminPortalAgreementTemplate = {
  id: string
  family_id: string
  name: string
  body: string
  translations: PortalAgreementTemplateTranslations | null
  version: number
  is_latest: boolean
  /** Set once this version has been sent with a quote: from then on an edit makes a new version. */
  in_use_at: string | null
  created_at: string
  updated_at: string
  /** Every version of the template's family, oldest first. */
  versions: AdminPortalAgreementTemplateVersion[]
}

export type AdminPortalAgreementTemplateVariable = {
  name: string
  description: string
  /** `{{name}}`, as the author types it. */
  placeholder: string
}

export type AdminPortalAgreementPreview = { blocks: AgreementBlock[]; html: string; text: string }

export type AdminPortalAgreementTemplateResponse = {
  agreement_template: AdminPortalAgreementTemplate
}
export type AdminPortalAgreementTemplateListResponse = PaginatedResponse<{
  agreement_templates: AdminPortalAgreementTemplate[]
}>
/** Deleting a template deletes every version: `ids` are theirs. */
export type AdminPortalAgreementTemplateDeleteResponse =
  DeleteResponse<"portal_agreement_template"> & { ids: string[] }
export type AdminPortalAgreementTemplateVariablesResponse = {
  variables: AdminPortalAgreementTemplateVariable[]
}
export type AdminPortalAgreementPreviewResponse = { preview: AdminPortalAgreementPreview }

export type AdminCreatePortalAgreementTemplateBody = {
  name: string
  body: string
  translations?: PortalAgreementTemplateTranslations | null
}
/** `translations` replaces them all; null removes them. */
export type AdminUpdatePortalAgreementTemplateBody = {
  name?: string
  body?: string
  translations?: PortalAgreementTemplateTranslations | null
}
export type AdminPreviewPortalAgreementTemplateBody = { body: string; name?: string }

export type AdminPortalAgreementTemplateListParams = Omit<FindParams, "fields"> & { q?: string }

/** The audit trail of a signed agreement that staff see; the frozen document stays in the PDF. */
export type AdminPortalSignedAgreement = {
  id: string
  template_id: string
  template_version: number
  /** The template's language version signed; null: its default text. */
  template_language: string | null
  signer_name: string
  signer_email: string
  signed_at: string
  ip: string | null
  user_agent: string | null
  identified_by: "link" | "login"
  consent_text: string
  document_sha256: string
  pdf_sha256: string
  signature_sha256: string
  selected_item_ids: string[]
}

/** Whether an uploaded PDF is byte for byte the one that was signed. */
export type AdminPortalSignedAgreementVerifyResponse = {
  matches: boolean
  expected_sha256: string
  received_sha256: string
  signed_agreement: Pick<
    AdminPortalSignedAgreement,
    "id" | "signer_name" | "signed_at" | "document_sha256"
  >
}

// ---------------------------------------------------------------- store

/** What the buyer's page says of the agreement once signed. */
export type StorePortalSignedAgreementSummary = {
  signer_name: string
  signed_at: string
  document_sha256: string
}
