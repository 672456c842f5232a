import type { StorePortalMe } from "@shared/http/me"
import { can, type MemberAccess, type Permission } from "@shared/permissions"
import type { PortalFeature } from "@shared/portal-settings"

/** The contact as the server's guard sees them, so the nav asks `can` as the routes do. */
export const accessOf = (me: StorePortalMe): MemberAccess => ({
  kind: "member",
  customer_id: me.contact.id,
  company_id: me.active_company_id,
  permissions: me.permissions,
})

export type Section = {
  path:
    | "catalog"
    | "quotes"
    | "orders"
    | "invoices"
    | "documents"
    | "work-requests"
    | "conversations"
    | "supplier"
  /** What opens the section; with a list, any one of them. */
  permission: Permission | readonly Permission[]
  /** An optional feature the merchant must offer (`features` of `/store/portal/me`). */
  feature?: PortalFeature
}

/**
 * The account's sections and the permission each needs in the active company
 * (docs/ARCHITECTURE.md, "Permission model"); a section the contact may not
 * see is not in the navigation at all, nor one of a feature the merchant does not offer.
 * Supplier: purchase orders or bills, or both.
 */
export const SECTIONS: Section[] = [
  { path: "catalog", permission: "catalog.view" },
  { path: "quotes", permission: "quotes.view" },
  { path: "orders", permission: "orders.view" },
  { path: "invoices", permission: "invoices.view" },
  { path: "documents", permission: "documents.view", feature: "documents" },
  { path: "work-requests", permission: "work_requests.view", feature: "work_requests" },
  { path: "conversations", permission: "conversations.view", feature: "conversations" },
  {
    path: "supplier",
    permission: ["purchase_orders.view", "supplier_bills.submit"],
  },
]

/** Whether the merchant offers the section (a section of no optional feature always is). */
export const isOffered = (me: StorePortalMe, section: Section) =>
  !section.feature || me.features[section.feature] === true

/** Whether the contact may open the section at the active company: offered and permitted. */
export const mayOpen = (me: StorePortalMe, section: Section) =>
  isOffered(me, section) &&
  (typeof section.permission === "string" ? [section.permission] : section.permission).some(
    (permission) => can(accessOf(me), permission)
  )

export const sectionOf = (path: Section["path"]) =>
  SECTIONS.find((section) => section.path === path)!

/**
 * Whether the contact sees the company's documents (the section, and an order's documents
 * on its page): the merchant offers them and the contact's teams allow `documents.view`.
 */
export const mayViewDocuments = (me: StorePortalMe) => mayOpen(me, sectionOf("documents"))

/**
 * Whether the contact may answer staff's requests for documents (upload a file, say "Done
 * uploading"): they see the documents and their teams allow `documents.upload`.
 */
export const mayUploadDocuments = (me: StorePortalMe) =>
  mayViewDocuments(me) && can(accessOf(me), "documents.upload")

/**
 * Whether the contact sees the company's work requests and their threads: the merchant offers
 * them and the contact's teams allow `work_requests.view`.
 */
export const mayViewWorkRequests = (me: StorePortalMe) => mayOpen(me, sectionOf("work-requests"))

/**
 * Whether the contact may submit work requests, reply in their threads and attach files: they
 * see the requests and their teams allow `work_requests.submit`.
 */
export const maySubmitWorkRequests = (me: StorePortalMe) =>
  mayViewWorkRequests(me) && can(accessOf(me), "work_requests.submit")

/**
 * Whether the contact reads the company's conversations with the merchant: the merchant offers
 * them and the contact's teams allow `conversations.view`.
 */
export const mayViewConversations = (me: StorePortalMe) => mayOpen(me, sectionOf("conversations"))

/**
 * Whether the contact may write in the company's conversations (reply): they read them and
 * their teams allow `conversations.write`.
 */
export const mayWriteConversations = (me: StorePortalMe) =>
  mayViewConversations(me) && can(accessOf(me), "conversations.write")

/**
 * Whether the contact may start a conversation: they may write, and the merchant lets clients
 * start threads (`may_start_conversations`); else they only reply to staff's.
 */
export const mayStartConversations = (me: StorePortalMe) =>
  mayWriteConversations(me) && me.may_start_conversations

/** A cart is for ordering or asking for a quote; a contact who may do neither has none. */
export const mayUseCart = (me: StorePortalMe) =>
  can(accessOf(me), "orders.place") || can(accessOf(me), "quotes.request")

export const visibleSections = (me: StorePortalMe) =>
  SECTIONS.filter((section) => mayOpen(me, section))

export const displayName = (me: StorePortalMe) =>
  [me.contact.first_name, me.contact.last_name].filter(Boolean).join(" ") || me.contact.email

export const activeCompanyOf = (me: StorePortalMe) =>
  me.companies.find((company) => company.id === me.active_company_id) ?? me.companies[0]
