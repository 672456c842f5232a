import { z } from "@medusajs/framework/zod"
import type {
  StorePortalQuoteListParams,
  StoreCreatePortalQuoteMessageBody,
  StoreSignPortalQuoteBody,
} from "../../../../shared/http"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"
import { QUOTE_STATUSES } from "../../../../shared/quote-statuses"
import { listQueryParams } from "../../../utils/query-params"
import { MEMBER_QUOTE_LIST_COLUMNS } from "./query-config"
import { prefixedId } from "../../../utils/validate-params"
import { StoreQuoteMessage, StoreSignQuote } from "../quote-links/validators"

/** The statuses a contact can see: a draft is the merchant's own. */
const VISIBLE_STATUSES = QUOTE_STATUSES.filter((status) => status !== "draft") as [
  (typeof QUOTE_STATUSES)[number],
  ...(typeof QUOTE_STATUSES)[number][],
]
const visibleStatus = z.enum(VISIBLE_STATUSES)

export const StoreMemberListQuotesParams = listQueryParams({
  fields: MEMBER_QUOTE_LIST_COLUMNS,
  order: "-created_at",
})
  .omit({ fields: true })
  .extend({
    status: z.union([visibleStatus, z.array(visibleStatus).max(10)]).optional(),
    /** A quote number, "Q-1001" or "1001". */
    q: z.string().trim().max(50).optional(),
    /** `true`: only quotes with staff replies the contact has not read. */
    has_unread: z.enum(["true", "false"]).optional(),
  })
  .strict()
export type StoreMemberListQuotesParamsType = z.infer<typeof StoreMemberListQuotesParams>

export const MemberQuoteParams = z.object({ id: prefixedId("quo") }).strict()

/** A logged-in contact signs with their login's email, so the body carries none. */
export const StoreMemberSignQuote = StoreSignQuote.omit({ signer_email: true }).strict()

/** A contact's message carries their login's name (docs/ARCHITECTURE.md, "Routes and guards"), so the body names none. */
export const StoreMemberQuoteMessage = StoreQuoteMessage.omit({ author_name: true }).strict()

// The contract's request types (src/shared/http/quotes.ts) and these validators agree.
export type StoreMemberQuoteContract = [
  Assert<AgreesWith<StorePortalQuoteListParams, typeof StoreMemberListQuotesParams>>,
  Assert<AgreesWith<StoreSignPortalQuoteBody, typeof StoreMemberSignQuote>>,
  Assert<AgreesWith<StoreCreatePortalQuoteMessageBody, typeof StoreMemberQuoteMessage>>,
]
