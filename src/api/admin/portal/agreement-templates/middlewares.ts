import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { takesNothing } from "../../../utils/takes-nothing"
import { listTransformQueryConfig } from "./query-config"
import {
  AdminCreateAgreementTemplate,
  AdminListAgreementTemplatesParams,
  AdminPreviewAgreementTemplate,
  AdminUpdateAgreementTemplate,
} from "./validators"

const ADMIN_AGREEMENT_TEMPLATES = "/admin/portal/agreement-templates"

/** Agreement templates: list, create, preview, update, read, delete, the variable catalogue. */
export const adminPortalAgreementTemplateRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: ADMIN_AGREEMENT_TEMPLATES,
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminListAgreementTemplatesParams, listTransformQueryConfig),
    ],
  },
  {
    matcher: ADMIN_AGREEMENT_TEMPLATES,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateAgreementTemplate)],
  },
  {
    matcher: `${ADMIN_AGREEMENT_TEMPLATES}/preview`,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminPreviewAgreementTemplate)],
  },
  {
    matcher: `${ADMIN_AGREEMENT_TEMPLATES}/:id`,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateAgreementTemplate)],
  },
  takesNothing(`${ADMIN_AGREEMENT_TEMPLATES}/:id`, "GET"),
  takesNothing(`${ADMIN_AGREEMENT_TEMPLATES}/:id`, "DELETE"),
  takesNothing(`${ADMIN_AGREEMENT_TEMPLATES}/variables`, "GET"),
]
