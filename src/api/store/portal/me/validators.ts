import { z } from "@medusajs/framework/zod"
import { CONTACT_EMAIL_KIND_KEYS, type ContactEmailKind } from "../../../../shared/contact-emails"
import type { StoreUpdatePortalMeBody } from "../../../../shared/http"
import { portalLanguage } from "../../../utils/portal-language"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"

const name = z.string().trim().min(1).max(200)

/** Each kind of contact email, on or off (src/shared/contact-emails.ts). */
const EmailSwitches = z
  .object(
    Object.fromEntries(CONTACT_EMAIL_KIND_KEYS.map((kind) => [kind, z.boolean().optional()])) as {
      [kind in ContactEmailKind]: z.ZodOptional<z.ZodBoolean>
    }
  )
  .strict()

/**
 * What a contact may change of themselves: name and phone (Medusa's customer),
 * marketing consent, which emails they get and their language (the portal's preferences).
 * `phone: null` clears it. At least one field.
 */
export const StoreUpdateMe = z
  .object({
    first_name: name.optional(),
    last_name: name.optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ()./-]{2,39}$/, "A phone number: digits, spaces, + ( ) . / -")
      .nullable()
      .optional(),
    marketing_opt_in: z.boolean().optional(),
    emails: EmailSwitches.optional(),
    /** One of the portal's languages; null: no choice, the company's applies. */
    language: portalLanguage.nullable().optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: "Send at least one field to change",
  })
export type StoreUpdateMeType = z.infer<typeof StoreUpdateMe>

/** The shared request type (src/shared/http/me.ts) is this validator's. */
export type MeContract = Assert<AgreesWith<StoreUpdatePortalMeBody, typeof StoreUpdateMe>>
