import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { refusal } from "../../../../lib/refusal"
import { ACCOUNTS_MODULE } from "../../../../modules/accounts"
import type AccountsModuleService from "../../../../modules/accounts/service"
import { COLLABORATION_MODULE } from "../../../../modules/collaboration"
import type CollaborationModuleService from "../../../../modules/collaboration/service"
import type { WorkRequestDTO } from "../../../../modules/collaboration/service"
import { formatQuoteNumber } from "../../../../modules/quote/status"
import type {
  AdminPortalWorkRequest,
  AdminPortalWorkRequestListResponse,
  AdminPortalWorkRequestSummary,
  PortalWorkRequestMessage,
  StorePortalWorkRequest,
  StorePortalWorkRequestListResponse,
  StorePortalWorkRequestSummary,
} from "../../../../shared/http"
import {
  formatWorkRequestNumber,
  OPEN_WORK_REQUEST_STATUSES,
  type WorkRequestStatus,
} from "../../../../shared/work-requests"
import { can, type MemberAccess } from "../../../../shared/permissions"
import { listDocuments } from "../documents/presenters"

/**
 * Work requests as staff and a company's contacts read them (docs/ARCHITECTURE.md, "Work
 * requests"): contacts see their company's, with the quote made of one once it is sent;
 * staff see every company's, with who works on it.
 */

const FIELDS = [
  "id",
  "display_number",
  "company_id",
  "customer_id",
  "subject",
  "description",
  "preferred_date",
  "status",
  "assignee_id",
  "quote_id",
  "closed_at",
  "last_activity_at",
  "created_at",
  "updated_at",
] as const

type Row = Pick<WorkRequestDTO, (typeof FIELDS)[number]>

export type WorkRequestFilters = {
  company_id?: string
  status?: WorkRequestStatus | "open"
  assignee_id?: string
  q?: string
}

const iso = (value: Date | string) => new Date(value).toISOString()

function summary(row: Row, messages: number): StorePortalWorkRequestSummary {
  return {
    id: row.id,
    number: formatWorkRequestNumber(row.display_number),
    subject: row.subject,
    status: row.status as WorkRequestStatus,
    preferred_date: row.preferred_date ?? null,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    last_activity_at: iso(row.last_activity_at),
    message_count: messages,
  }
}

/** The module's filter for a list: the company, the status (or all open ones), the rest. */
function selector(filters: WorkRequestFilters) {
  const number = /^(?:wr-?)?(\d{1,9})$/i.exec(filters.q?.trim() ?? "")?.[1]
  return {
    ...(filters.company_id ? { company_id: filters.company_id } : {}),
    ...(filters.status === "open"
      ? { status: [...OPEN_WORK_REQUEST_STATUSES] }
      : filters.status
        ? { status: filters.status }
        : {}),
    ...(filters.assignee_id
      ? { assignee_id: filters.assignee_id === "none" ? null : filters.assignee_id }
      : {}),
    ...(number
      ? { display_number: Number(number) }
      : filters.q?.trim()
        ? { subject: { $ilike: `%${filters.q.trim().replace(/[\\%_]/g, "\\$&")}%` } }
        : {}),
  }
}

async function companyNames(scope: MedusaContainer, ids: string[]) {
  if (!ids.length) return {}
  const accounts: AccountsModuleService = scope.resolve(ACCOUNTS_MODULE)
  const companies = await accounts.listPortalCompanies(
    { id: [...new Set(ids)] },
    { select: ["id", "name"] }
  )
  return Object.fromEntries(companies.map((company) => [company.id, company.name as string]))
}

/** Requests, the latest activity first, as a company's contacts (`store`) or staff see them. */
export async function listWorkRequests<A extends "store" | "admin">(
  scope: MedusaContainer,
  filters: WorkRequestFilters,
  page: { limit: number; offset: number },
  audience: A
): Promise<
  A extends "admin" ? AdminPortalWorkRequestListResponse : StorePortalWorkRequestListResponse
> {
  const collaboration: CollaborationModuleService = scope.resolve(COLLABORATION_MODULE)
  const [rows, count] = await collaboration.listAndCountWorkRequests(selector(filters), {
    select: [...FIELDS],
    order: { last_activity_at: "DESC", id: "DESC" },
    ...page,
  })
  const messages = await collaboration.countWorkRequestMessages(rows.map((row) => row.id))
  if (audience === "store") {
    return {
      work_requests: rows.map((row) => summary(row, messages[row.id] ?? 0)),
      count,
      ...page,
    } as never
  }
  const names = await companyNames(
    scope,
    rows.map((row) => row.company_id)
  )
  const work_requests: AdminPortalWorkRequestSummary[] = rows.map((row) => ({
    ...summary(row, messages[row.id] ?? 0),
    company: { id: row.company_id, name: names[row.company_id] ?? "" },
    assignee_id: row.assignee_id ?? null,
    quote_id: row.quote_id ?? null,
  }))
  return { work_requests, count, ...page } as never
}

/** Who wrote each message, by name: contacts by their name, staff by theirs. */
async function authorNames(scope: MedusaContainer, customerIds: string[], userIds: string[]) {
  const name = (person: { first_name?: string | null; last_name?: string | null }) =>
    [person.first_name, person.last_name].filter(Boolean).join(" ") || null
  const [customers, users] = await Promise.all([
    customerIds.length
      ? scope
          .resolve(Modules.CUSTOMER)
          .listCustomers(
            { id: [...new Set(customerIds)] },
            { select: ["id", "first_name", "last_name", "email"] }
          )
      : [],
    userIds.length
      ? scope
          .resolve(Modules.USER)
          .listUsers({ id: [...new Set(userIds)] }, { select: ["id", "first_name", "last_name"] })
      : [],
  ])
  return {
    customers: Object.fromEntries(
      customers.map((customer) => [
        customer.id,
        { name: name(customer), email: customer.email as string },
      ])
    ),
    users: Object.fromEntries(users.map((user) => [user.id, name(user)])),
  }
}

/** The quote made of a request: staff see it from its draft on, contacts once it is sent. */
async function quoteRef(scope: MedusaContainer, row: Row, audience: "store" | "admin") {
  if (!row.quote_id) return null
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_quote",
    fields: ["id", "display_number", "status", "company_id"],
    filters: { id: row.quote_id },
  })
  const quote = data[0]
  if (!quote) return null
  // A draft is the merchant's own (docs/ARCHITECTURE.md, "Routes and guards").
  if (audience === "store" && (quote.status === "draft" || quote.company_id !== row.company_id)) {
    return null
  }
  return {
    id: quote.id as string,
    number: formatQuoteNumber(Number(quote.display_number)),
    status: quote.status as string,
  }
}

/**
 * One request with its thread and files (404 when `company_id` is given and it is
 * another's). A contact sees the quote made of it only with `quotes.view` (`access`).
 */
export async function fetchWorkRequest<A extends "store" | "admin">(
  scope: MedusaContainer,
  filters: { id: string; company_id?: string; access?: MemberAccess },
  audience: A
): Promise<A extends "admin" ? AdminPortalWorkRequest : StorePortalWorkRequest> {
  const collaboration: CollaborationModuleService = scope.resolve(COLLABORATION_MODULE)
  const [row] = await collaboration.listWorkRequests(
    { id: filters.id, ...(filters.company_id ? { company_id: filters.company_id } : {}) },
    { select: [...FIELDS], take: 1 }
  )
  if (!row) {
    throw refusal(MedusaError.Types.NOT_FOUND, "work_requests.not_found", { id: filters.id })
  }
  const messages = await collaboration.listWorkRequestMessages(
    { request_id: row.id },
    {
      select: ["id", "author_type", "author_id", "body", "created_at"],
      order: { created_at: "ASC", id: "ASC" },
    }
  )
  const byType = (type: string) =>
    messages.flatMap((message) =>
      message.author_type === type && message.author_id ? [message.author_id] : []
    )
  const [names, attachments, quote] = await Promise.all([
    authorNames(scope, [row.customer_id, ...byType("customer")], byType("staff")),
    listDocuments(
      scope,
      { company_id: row.company_id, attached_to: "work_request", attached_id: row.id },
      { limit: 100, offset: 0 },
      audience
    ),
    audience === "store" && !(filters.access && can(filters.access, "quotes.view"))
      ? null
      : quoteRef(scope, row, audience),
  ])
  const thread: PortalWorkRequestMessage[] = messages.map((message) => ({
    id: message.id,
    author_type: message.author_type as "customer" | "staff",
    author_name: message.author_id
      ? ((message.author_type === "customer"
          ? names.customers[message.author_id]?.name
          : names.users[message.author_id]) ?? null)
      : null,
    body: message.body,
    created_at: iso(message.created_at),
  }))
  const submitter = names.customers[row.customer_id]
  const base = {
    ...summary(row, messages.length),
    description: row.description,
    closed_at: row.closed_at ? iso(row.closed_at) : null,
    messages: thread,
    quote,
  }
  if (audience === "store") {
    return {
      ...base,
      submitted_by: submitter ? { id: row.customer_id, name: submitter.name } : null,
      attachments: attachments.documents,
    } as never
  }
  const [company] = Object.entries(await companyNames(scope, [row.company_id]))
  return {
    ...base,
    submitted_by: submitter
      ? { id: row.customer_id, name: submitter.name, email: submitter.email }
      : null,
    attachments: attachments.documents,
    company: { id: row.company_id, name: company?.[1] ?? "" },
    assignee_id: row.assignee_id ?? null,
    quote_id: row.quote_id ?? null,
  } as never
}
