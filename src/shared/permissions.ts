/**
 * Who is acting, and what they may do: the one permission catalogue and the
 * one check (docs/ARCHITECTURE.md, "Permission model"). Each route group's
 * guard resolves its caller into an `Access` once per request; routes declare
 * the permission they need; workflows receive the access and their load steps
 * filter by it.
 */

/** Every permission a portal team can grant, with what it lets a contact do. */
export const PERMISSIONS = {
  "quotes.view": "See the company's quotes",
  "quotes.accept": "Choose options, accept, sign or decline the company's quotes",
  "quotes.request": "Ask for a quote from the portal cart",
  "messages.write": "Ask questions in quote threads",
  "orders.view": "See the company's orders",
  "orders.place": "Place orders from the portal cart",
  "invoices.view": "See the company's invoices",
  "invoices.pay": "Pay the company's invoices",
  "catalog.view": "Browse the portal catalog",
  "purchase_orders.view": "See purchase orders sent to the company",
  "purchase_orders.acknowledge": "Acknowledge purchase orders with promised dates",
  "supplier_bills.submit": "Submit supplier bills against purchase orders",
  "documents.view": "See and download the files shared with the company",
  "documents.upload": "Upload the documents the company is asked for",
  "work_requests.view": "See the company's work requests and their replies",
  "work_requests.submit": "Submit work requests, reply to them and attach files (with view)",
  "conversations.view": "Read the company's conversations with the merchant",
  "conversations.write":
    "Write in conversations (with view), and start one where the merchant allows it",
} as const

export type Permission = keyof typeof PERMISSIONS

export const PERMISSION_KEYS = Object.keys(PERMISSIONS) as Permission[]

/** Permissions of the customer side; a supplier-only contact has none of them. */
export const CUSTOMER_PERMISSIONS: readonly Permission[] = [
  "quotes.view",
  "quotes.accept",
  "quotes.request",
  "messages.write",
  "orders.view",
  "orders.place",
  "invoices.view",
  "invoices.pay",
  "catalog.view",
  "documents.view",
  "documents.upload",
  "work_requests.view",
  "work_requests.submit",
  "conversations.view",
  "conversations.write",
]

/** Permissions of the supplier side. */
export const SUPPLIER_PERMISSIONS: readonly Permission[] = [
  "purchase_orders.view",
  "purchase_orders.acknowledge",
  "supplier_bills.submit",
]

/** The two teams every install has; merchants add their own. */
export const DEFAULT_TEAMS = [
  {
    handle: "customer-portal-users",
    name: "Customer Portal Users",
    permissions: CUSTOMER_PERMISSIONS,
  },
  {
    handle: "customer-portal-supplier-users",
    name: "Customer Portal Supplier Users",
    permissions: SUPPLIER_PERMISSIONS,
  },
] as const

export function isPermission(value: string): value is Permission {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, value)
}

/** A buyer holding a quote link: the token opens exactly this quote. */
export type LinkAccess = { kind: "link"; quote_id: string }

/** A logged-in contact acting for one of their companies. */
export type MemberAccess = {
  kind: "member"
  customer_id: string
  company_id: string
  permissions: readonly Permission[]
}

export type Access = LinkAccess | MemberAccess

/**
 * The link holder may do what the quote page offers (view, decide, ask, pay
 * its invoices) for their one quote; what else, is decided by the record the
 * link opens. A member may do what one of their teams grants.
 */
const LINK_PERMISSIONS: readonly Permission[] = [
  "quotes.view",
  "quotes.accept",
  "messages.write",
  "invoices.view",
  "invoices.pay",
]

export function can(access: Access, permission: Permission): boolean {
  return access.kind === "link"
    ? LINK_PERMISSIONS.includes(permission)
    : access.permissions.includes(permission)
}

/**
 * What a member may do for one company: the union of their teams'
 * permissions, limited to the company's sides, so a supplier-only company's
 * contacts never get customer permissions and the other way round.
 */
export function memberPermissions(
  company: { is_customer: boolean; is_supplier: boolean },
  teams: ReadonlyArray<{ permissions: readonly string[] | null | undefined }>
): Permission[] {
  const sides = new Set<Permission>([
    ...(company.is_customer ? CUSTOMER_PERMISSIONS : []),
    ...(company.is_supplier ? SUPPLIER_PERMISSIONS : []),
  ])
  return effectivePermissions(teams).filter((permission) => sides.has(permission))
}

/**
 * Whether a team is for this company's contacts: it grants something on one of
 * the company's sides (a supplier team is no use to a customer-only company),
 * or it grants nothing yet. The admin offers only these; the server refuses others.
 */
export function teamFitsCompany(
  company: { is_customer: boolean; is_supplier: boolean },
  team: { permissions: readonly string[] | null | undefined }
): boolean {
  return !effectivePermissions([team]).length || memberPermissions(company, [team]).length > 0
}

/** The union of the teams' permissions, in catalogue order, unknown names dropped. */
export function effectivePermissions(
  teams: ReadonlyArray<{ permissions: readonly string[] | null | undefined }>
): Permission[] {
  const granted = new Set(teams.flatMap((team) => team.permissions ?? []))
  return PERMISSION_KEYS.filter((permission) => granted.has(permission))
}
