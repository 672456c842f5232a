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

const name = z.string().trim().min(1).max(200)
// Emptiness, braces and variable names are checked by the template language itself.
const body = z.string().max(100_000)

export const AdminCreateAgreementTemplate = z.object({ name, body }).strict()
export type AdminCreateAgreementTemplateType = z.infer<typeof AdminCreateAgreementTemplate>

export const AdminUpdateAgreementTemplate = z
  .object({ name: name.optional(), body: body.optional() })
  .strict()
  .refine((changes) => changes.name !== undefined || changes.body !== undefined, {
    message: "Give a new name or body",
  })
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
