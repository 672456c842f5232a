import { z } from "@medusajs/framework/zod"
import {
  MAX_CONVERSATION_CONTACTS,
  MAX_CONVERSATION_MESSAGE_LENGTH,
  MAX_CONVERSATION_SUBJECT_LENGTH,
} from "../../../../shared/conversations"
import type {
  AdminCreatePortalConversationBody,
  AdminListPortalConversationsParams,
  PortalConversationMessageBody,
  StoreCreatePortalConversationBody,
  StoreListPortalConversationsParams,
} from "../../../../shared/http"
import { pageParams } from "../../../utils/query-params"
import { longText, oneLineText } from "../../../utils/text-fields"
import { prefixedId } from "../../../utils/validate-params"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"

/** Conversations' validators, the store's and the admin's (docs/ARCHITECTURE.md, "Conversations"). */

export const ConversationParams = z.object({ id: prefixedId("pconv") }).strict()

/** `true`: only threads with messages of the other side the reader has not read. */
const unread = z.enum(["true", "false"]).optional()

export const StoreListConversationsParams = pageParams({ unread })
export type StoreListConversationsParamsType = z.infer<typeof StoreListConversationsParams>

export const AdminListConversationsParams = pageParams({
  unread,
  company_id: prefixedId("pcomp").optional(),
})
export type AdminListConversationsParamsType = z.infer<typeof AdminListConversationsParams>

const required = (field: string) => z.string().min(1, `${field} is required`)
const subject = oneLineText(MAX_CONVERSATION_SUBJECT_LENGTH).pipe(required("subject"))
const body = longText(MAX_CONVERSATION_MESSAGE_LENGTH).pipe(required("body"))

export const StoreCreateConversation = z.object({ subject, body }).strict()
export type StoreCreateConversationType = z.infer<typeof StoreCreateConversation>

export const AdminCreateConversation = z
  .object({
    subject,
    body,
    contact_ids: z.array(prefixedId("cus")).max(MAX_CONVERSATION_CONTACTS).optional(),
  })
  .strict()
export type AdminCreateConversationType = z.infer<typeof AdminCreateConversation>

export const ConversationMessage = z.object({ body }).strict()
export type ConversationMessageType = z.infer<typeof ConversationMessage>

/** The shared request types (src/shared/http/conversations.ts) are these validators'. */
export type ConversationContract = [
  Assert<AgreesWith<StoreListPortalConversationsParams, typeof StoreListConversationsParams>>,
  Assert<AgreesWith<AdminListPortalConversationsParams, typeof AdminListConversationsParams>>,
  Assert<AgreesWith<StoreCreatePortalConversationBody, typeof StoreCreateConversation>>,
  Assert<AgreesWith<AdminCreatePortalConversationBody, typeof AdminCreateConversation>>,
  Assert<AgreesWith<PortalConversationMessageBody, typeof ConversationMessage>>,
]
