import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { COLLABORATION_MODULE } from "../../../modules/collaboration"
import type CollaborationModuleService from "../../../modules/collaboration/service"
import {
  formatWorkRequestNumber,
  MAX_WORK_REQUEST_ATTACHMENTS,
  type WorkRequestStatus,
} from "../../../shared/work-requests"
import type { CreateQuoteWorkflowInput } from "../../quote/workflows/create-quote"
import type { CreateDocumentInput } from "./documents"

export type LoadedWorkRequest = {
  id: string
  /** "WR-1001". */
  number: string
  company_id: string
  customer_id: string
  subject: string
  status: WorkRequestStatus
  assignee_id: string | null
  quote_id: string | null
}

const REQUEST_FIELDS = [
  "id",
  "display_number",
  "company_id",
  "customer_id",
  "subject",
  "status",
  "assignee_id",
  "quote_id",
  "last_activity_at",
  "closed_at",
] as const

async function readWorkRequest(
  collaboration: CollaborationModuleService,
  input: { id: string; company_id?: string }
) {
  const [request] = await collaboration.listWorkRequests(
    { id: input.id, ...(input.company_id ? { company_id: input.company_id } : {}) },
    { select: [...REQUEST_FIELDS], take: 1 }
  )
  if (!request) {
    throw refusal(MedusaError.Types.NOT_FOUND, "work_requests.not_found", { id: input.id })
  }
  return request
}

/**
 * A work request of one company (404 for any other, so no id of another company is
 * confirmed); `company_id` omitted, any (staff).
 */
export const loadWorkRequestStep = createStep(
  "portal-load-work-request",
  async (input: { id: string; company_id?: string }, { container }) => {
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const request = await readWorkRequest(collaboration, input)
    const loaded: LoadedWorkRequest = {
      id: request.id,
      number: formatWorkRequestNumber(request.display_number),
      company_id: request.company_id,
      customer_id: request.customer_id,
      subject: request.subject,
      status: request.status as WorkRequestStatus,
      assignee_id: request.assignee_id ?? null,
      quote_id: request.quote_id ?? null,
    }
    return new StepResponse(loaded)
  }
)

/**
 * A contact writes to, or adds files to, a request still being worked on (409 once closed);
 * staff write to any (and may reopen it).
 */
export const assertWorkRequestWritableStep = createStep(
  "portal-assert-work-request-writable",
  async (input: { request: LoadedWorkRequest; by: "contact" | "staff" }) => {
    if (input.by === "contact" && input.request.status === "closed") {
      throw refusal(MedusaError.Types.CONFLICT, "work_requests.closed", {
        number: input.request.number,
      })
    }
    return new StepResponse(input.request)
  }
)

/**
 * "YYYY-MM-DD" from today on. Today is the earliest day anywhere on Earth (UTC−12), so a
 * contact whose evening is already tomorrow in UTC is not refused their own today.
 */
export function isPastDate(date: string, now = new Date()): boolean {
  const earliestToday = new Date(now.getTime() - 12 * 60 * 60 * 1000).toISOString().slice(0, 10)
  return date < earliestToday
}

export type CreateWorkRequestInput = {
  company_id: string
  customer_id: string
  subject: string
  description: string
  preferred_date?: string | null
}

/** Writes a new request; compensation removes it. */
export const createWorkRequestStep = createStep(
  "portal-create-work-request",
  async (input: CreateWorkRequestInput, { container }) => {
    if (input.preferred_date && isPastDate(input.preferred_date)) {
      throw refusal(MedusaError.Types.INVALID_DATA, "work_requests.preferred_date_past", {
        date: input.preferred_date,
      })
    }
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const request = await collaboration.createWorkRequests({
      company_id: input.company_id,
      customer_id: input.customer_id,
      subject: input.subject.trim(),
      description: input.description.trim(),
      preferred_date: input.preferred_date ?? null,
      status: "new",
      last_activity_at: new Date(),
    })
    return new StepResponse(request, request.id)
  },
  async (id, { container }) => {
    if (!id) return
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    await collaboration.deleteWorkRequests(id)
  }
)

type RequestState = {
  id: string
  status: WorkRequestStatus
  assignee_id: string | null
  closed_at: Date | null
  last_activity_at: Date
}

/** Puts a request's status, assignee and activity back as they were (a compensation). */
async function restore(container: { resolve: (key: string) => unknown }, state?: RequestState) {
  if (!state) return
  const collaboration = container.resolve(COLLABORATION_MODULE) as CollaborationModuleService
  await collaboration.updateWorkRequests(state)
}

const notFound = (id: string) =>
  refusal(MedusaError.Types.NOT_FOUND, "work_requests.not_found", { id })
const closed = (displayNumber: number) =>
  refusal(MedusaError.Types.CONFLICT, "work_requests.closed", {
    number: formatWorkRequestNumber(displayNumber),
  })

export type AddWorkRequestMessageInput = {
  request_id: string
  author_type: "customer" | "staff"
  author_id: string | null
  body: string
  /** Staff may set where the request is in the same step ("waiting on client"). */
  status?: WorkRequestStatus
}

/**
 * Adds a message to the thread and moves the request on, under the request's lock
 * (`writeWorkRequestMessage`): a contact's answer to a request waiting on them puts it back
 * in progress, staff say where it is, and a contact never writes to a closed request (409).
 * Compensation removes the message and restores the request.
 */
export const addWorkRequestMessageStep = createStep(
  "portal-add-work-request-message",
  async (input: AddWorkRequestMessageInput, { container }) => {
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const written = await collaboration.writeWorkRequestMessage({
      ...input,
      body: input.body.trim(),
    })
    if ("refused" in written) {
      throw written.refused === "closed"
        ? closed(written.display_number)
        : notFound(input.request_id)
    }
    return new StepResponse(
      { id: written.message_id },
      { message_id: written.message_id, previous: written.previous }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    await collaboration.deleteWorkRequestMessages(undo.message_id)
    await restore(container, undo.previous)
  }
)

export type UpdateWorkRequestInput = {
  id: string
  status?: WorkRequestStatus
  /** An admin user, or null for nobody. */
  assignee_id?: string | null
}

/**
 * Staff triage: the status and the assignee (an admin user; 400 for anyone else), only
 * what was given, under the request's lock, so two changes at once both stand.
 */
export const updateWorkRequestStep = createStep(
  "portal-update-work-request",
  async (input: UpdateWorkRequestInput, { container }) => {
    if (input.assignee_id) {
      const [user] = await container
        .resolve(Modules.USER)
        .listUsers({ id: input.assignee_id }, { select: ["id"], take: 1 })
      if (!user) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `No admin user ${input.assignee_id} to assign the request to`
        )
      }
    }
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const previous = await collaboration.triageWorkRequest(input)
    if (!previous) throw notFound(input.id)
    return new StepResponse({ id: input.id }, previous)
  },
  async (previous, { container }) => restore(container, previous)
)

/** A request carries at most MAX_WORK_REQUEST_ATTACHMENTS files (409 beyond). */
export const assertWorkRequestRoomStep = createStep(
  "portal-assert-work-request-room",
  async (request: LoadedWorkRequest, { container }) => {
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const [, count] = await collaboration.listAndCountPortalDocuments(
      { attached_to: "work_request", attached_id: request.id },
      { select: ["id"], take: 1 }
    )
    if (count >= MAX_WORK_REQUEST_ATTACHMENTS) {
      throw refusal(MedusaError.Types.CONFLICT, "work_requests.too_many_attachments", {
        number: request.number,
        max: MAX_WORK_REQUEST_ATTACHMENTS,
      })
    }
    return new StepResponse(request)
  }
)

/**
 * What the draft quote of a request is made of: the contact who asked and their company, the
 * region staff chose, else the store's default one (else its only one), and its currency, no lines yet, the request
 * named in the internal note, and its assignee assigned. 409 when it already has a quote.
 */
export const workRequestQuoteInputStep = createStep(
  "portal-work-request-quote-input",
  async (
    input: { request: LoadedWorkRequest; region_id?: string; actor_id: string },
    { container }
  ) => {
    const { request } = input
    if (request.quote_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${request.number} already has a quote (${request.quote_id})`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    let regionId = input.region_id
    if (!regionId) {
      const { data: stores } = await query.graph({
        entity: "store",
        fields: ["default_region_id"],
      })
      regionId = (stores[0]?.default_region_id as string | null) ?? undefined
    }
    if (!regionId) {
      // A store without a default region but with one region: that one.
      const { data: only } = await query.graph({
        entity: "region",
        fields: ["id"],
        pagination: { take: 2 },
      })
      if (only.length === 1) regionId = only[0].id as string
    }
    const { data: regions } = regionId
      ? await query.graph({
          entity: "region",
          fields: ["id", "currency_code"],
          filters: { id: regionId },
        })
      : { data: [] }
    const region = regions[0]
    if (!region) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        regionId
          ? `Region ${regionId} was not found`
          : "The store has no default region: choose the quote's region"
      )
    }
    const quote: CreateQuoteWorkflowInput = {
      customer_id: request.customer_id,
      company_id: request.company_id,
      region_id: region.id as string,
      currency_code: region.currency_code as string,
      items: [],
      internal_note: `From work request ${request.number}: ${request.subject}`,
      assigned_user_ids: request.assignee_id ? [request.assignee_id] : [],
      actor_id: input.actor_id,
    }
    return new StepResponse(quote)
  }
)

/**
 * Links the request to its new quote (and puts a new request in progress). Of two
 * conversions at once, the second is refused here with 409, and its quote is rolled back.
 */
export const linkWorkRequestQuoteStep = createStep(
  "portal-link-work-request-quote",
  async (input: { request: LoadedWorkRequest; quote_id: string }, { container }) => {
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const linked = await collaboration.linkWorkRequestQuote({
      id: input.request.id,
      quote_id: input.quote_id,
    })
    if (!linked) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${input.request.number} already has a quote`
      )
    }
    return new StepResponse(
      { id: input.request.id, quote_id: input.quote_id },
      { id: input.request.id, status: input.request.status }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    await collaboration.updateWorkRequests({ ...previous, quote_id: null })
  }
)

/**
 * Writes the file's row under the request's lock (`attachToWorkRequest`): while the request
 * has room and, for a contact, is not closed, so uploads at once never pass the limit
 * (409). Compensation removes the row.
 */
export const createWorkRequestAttachmentStep = createStep(
  "portal-create-work-request-attachment",
  async (document: CreateDocumentInput, { container }) => {
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const attached = await collaboration.attachToWorkRequest({
      document,
      max: MAX_WORK_REQUEST_ATTACHMENTS,
    })
    if ("refused" in attached) {
      if (attached.refused === "not_found") throw notFound(document.attached_id ?? "")
      if (attached.refused === "closed") throw closed(attached.display_number ?? 0)
      throw refusal(MedusaError.Types.CONFLICT, "work_requests.too_many_attachments", {
        number: formatWorkRequestNumber(attached.display_number ?? ""),
        max: MAX_WORK_REQUEST_ATTACHMENTS,
      })
    }
    return new StepResponse(attached.document, attached.document.id)
  },
  async (id, { container }) => {
    if (!id) return
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    await collaboration.deletePortalDocuments(id)
  }
)
