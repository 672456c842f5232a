// The fields the agreement template routes answer, as Medusa's query-config.ts
// (docs/ARCHITECTURE.md, "Routes and guards").

export const AGREEMENT_TEMPLATE_FIELDS = [
  "id",
  "family_id",
  "name",
  "body",
  "translations",
  "version",
  "is_latest",
  "in_use_at",
  "created_at",
  "updated_at",
]

export const listTransformQueryConfig = {
  defaults: AGREEMENT_TEMPLATE_FIELDS,
  allowed: AGREEMENT_TEMPLATE_FIELDS,
  isList: true,
}
