import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const ENTITY = "portal_agreement_template"

export const AGREEMENT_TEMPLATE_FIELDS = [
  "id",
  "family_id",
  "name",
  "body",
  "version",
  "is_latest",
  "in_use_at",
  "created_at",
  "updated_at",
]

const VERSION_FIELDS = ["id", "family_id", "version", "created_at", "in_use_at"]

type TemplateRow = { id: string; family_id: string }

export type AgreementTemplateVersionSummary = {
  id: string
  version: number
  created_at: Date | string
  in_use_at: Date | string | null
}

/** Adds to each template the versions of its family, oldest first. */
export async function withVersions<T extends TemplateRow>(
  scope: MedusaContainer,
  templates: T[]
): Promise<Array<T & { versions: AgreementTemplateVersionSummary[] }>> {
  if (!templates.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: ENTITY,
    fields: VERSION_FIELDS,
    filters: { family_id: [...new Set(templates.map((template) => template.family_id))] },
  })
  const byFamily = new Map<string, AgreementTemplateVersionSummary[]>()
  for (const row of data as Array<AgreementTemplateVersionSummary & TemplateRow>) {
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
    ...template,
    versions: (byFamily.get(template.family_id) ?? []).sort((a, b) => a.version - b.version),
  }))
}

/** One template version, with the versions of its family; an unknown id is a 404. */
export async function fetchAgreementTemplate(scope: MedusaContainer, id: string) {
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
