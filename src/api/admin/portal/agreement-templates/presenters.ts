import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type {
  AdminPortalAgreementTemplate,
  AdminPortalAgreementTemplateVersion,
} from "../../../../shared/http"
import { AGREEMENT_TEMPLATE_FIELDS } from "./query-config"

const ENTITY = "portal_agreement_template"

const VERSION_FIELDS = ["id", "family_id", "version", "created_at", "in_use_at"]

type TemplateRow = { id: string; family_id: string }

type VersionRow = {
  id: string
  family_id: string
  version: number | string
  created_at: Date | string
  in_use_at: Date | string | null
}

/** Adds to each template the versions of its family, oldest first. */
export async function withVersions(
  scope: MedusaContainer,
  templates: TemplateRow[]
): Promise<AdminPortalAgreementTemplate[]> {
  if (!templates.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: ENTITY,
    fields: VERSION_FIELDS,
    filters: { family_id: [...new Set(templates.map((template) => template.family_id))] },
  })
  const byFamily = new Map<string, AdminPortalAgreementTemplateVersion[]>()
  // Query's dates are strings in JSON (docs/ARCHITECTURE.md, "Routes and guards").
  for (const row of data as unknown as AdminPortalAgreementTemplateVersion[] & VersionRow[]) {
    const versions = byFamily.get(row.family_id) ?? []
    versions.push({
      id: row.id,
      version: Number(row.version),
      created_at: row.created_at,
      in_use_at: row.in_use_at ?? null,
    })
    byFamily.set(row.family_id, versions)
  }
  return templates.map((template) => ({
    ...(template as unknown as AdminPortalAgreementTemplate),
    versions: (byFamily.get(template.family_id) ?? []).sort((a, b) => a.version - b.version),
  }))
}

/** One template version, with the versions of its family; an unknown id is a 404. */
export async function fetchAgreementTemplate(
  scope: MedusaContainer,
  id: string
): Promise<AdminPortalAgreementTemplate> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: ENTITY,
    fields: AGREEMENT_TEMPLATE_FIELDS,
    filters: { id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Agreement template ${id} was not found`)
  }
  const [template] = await withVersions(scope, data)
  return template
}
