import { z } from "@medusajs/framework/zod"
import type { StoreAcceptPortalInvitationBody } from "../../../../shared/http"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"

const name = z.string().trim().min(1).max(200)

/** The invitation token (shape checked again before lookup), the password to set or confirm. */
export const StoreAcceptInvitation = z
  .object({
    token: z.string().min(1).max(200),
    password: z.string().min(8).max(200),
    first_name: name.optional(),
    last_name: name.optional(),
  })
  .strict()
export type StoreAcceptInvitationType = z.infer<typeof StoreAcceptInvitation>

/** The shared request type (src/shared/http/companies.ts) is this validator's. */
export type InvitationContract = Assert<
  AgreesWith<StoreAcceptPortalInvitationBody, typeof StoreAcceptInvitation>
>
