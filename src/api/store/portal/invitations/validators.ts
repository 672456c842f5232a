import { z } from "@medusajs/framework/zod"

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
