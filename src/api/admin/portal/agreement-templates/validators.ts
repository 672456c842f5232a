import { z } from "@medusajs/framework/zod"
import type {
  AdminCreatePortalAgreementTemplateBody,
  AdminPortalAgreementTemplateListParams,
  AdminPreviewPortalAgreementTemplateBody,
  AdminUpdatePortalAgreementTemplateBody,
} from "../../../../shared/http"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"
import { AGREEMENT_TEMPLATE_FIELDS } from "./query-config"
import { listQueryParams } from "../../../utils/query-params"
import { portalLanguages } from "../../../../lib/i18n"

const name = z.string().trim().min(1).max(200)
// Emptiness, braces and variable names are checked by the template language itself.
const body = z.string().max(100_000)

/**
 * The template in other languages the portal has ("de"), each a name and a body; the
 * default text is the template's own `name` and `body`.
 */
const translations = z
  .record(z.string(), z.object({ name, body }).strict())
  .superRefine((given, ctx) => {
    for (const language of Object.keys(given)) {
      if (!portalLanguages().includes(language)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [language],
          message: `One of the portal's languages: ${portalLanguages().join(", ")}`,
        })
      }
    }
  })
  .nullable()

export const AdminCreateAgreementTemplate = z
  .object({ name, body, translations: translations.optional() })
  .strict()
export type AdminCreateAgreementTemplateType = z.infer<typeof AdminCreateAgreementTemplate>

export const AdminUpdateAgreementTemplate = z
  .object({ name: name.optional(), body: body.optional(), translations: translations.optional() })
  .strict()
  .refine(
    (changes) =>
      changes.name !== undefined ||
      changes.body !== undefined ||
      changes.translations !== undefined,
    { message: "Give a new name, body or translations" }
  )
export type AdminUpdateAgreementTemplateType = z.infer<typeof AdminUpdateAgreementTemplate>

export const AdminListAgreementTemplatesParams = listQueryParams({
  fields: AGREEMENT_TEMPLATE_FIELDS,
  order: "-created_at",
})
  .omit({ fields: true })
  .extend({ q: z.string().trim().max(200).optional() })
  .strict()
export type AdminListAgreementTemplatesParamsType = z.infer<
  typeof AdminListAgreementTemplatesParams
>

export const AdminPreviewAgreementTemplate = z.object({ body, name: name.optional() }).strict()
export type AdminPreviewAgreementTemplateType = z.infer<typeof AdminPreviewAgreementTemplate>

// The contract's request types (src/shared/http/agreements.ts) and these validators agree.
export type AdminAgreementTemplateContract = [
  Assert<AgreesWith<AdminCreatePortalAgreementTemplateBody, typeof AdminCreateAgreementTemplate>>,
  Assert<AgreesWith<AdminUpdatePortalAgreementTemplateBody, typeof AdminUpdateAgreementTemplate>>,
  Assert<
    AgreesWith<AdminPortalAgreementTemplateListParams, typeof AdminListAgreementTemplatesParams>
  >,
  Assert<AgreesWith<AdminPreviewPortalAgreementTemplateBody, typeof AdminPreviewAgreementTemplate>>,
]
