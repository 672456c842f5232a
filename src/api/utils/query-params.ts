import { z } from "@medusajs/framework/zod"

/**
 * Query parameters our routes share, replacing Medusa's createFindParams and
 * createSelectParams, which take any `order`, `fields`, negative or huge
 * numbers and leave the database to fail (docs/ARCHITECTURE.md). Here `fields`
 * and `order` name only fields the route serves, `limit` and `offset` are
 * bounded integers; anything else is a 400.
 */

export const MAX_LIMIT = 500
const MAX_OFFSET = 1_000_000

/** "20" → 20; anything that is not a plain integer stays as it is, for zod to refuse. */
const integerText = (value: unknown) =>
  typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : value

const boundedInteger = (max: number) => z.preprocess(integerText, z.number().int().min(0).max(max))

/** A `fields` entry (`id`, `+items.*`, `*customer`, `-terms`) is allowed when the route serves it. */
export function isServedField(entry: string, served: readonly string[]): boolean {
  const name = entry.replace(/^[+\-*]/, "")
  if (!name) return false
  if (served.includes(name)) return true
  if (entry.startsWith("*")) return served.includes(`${name}.*`)
  const relation = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : null
  return relation !== null && served.includes(`${relation}.*`)
}

/** `fields`: a comma-separated list of fields the route serves. */
export function fieldsParam(served: readonly string[]) {
  return z
    .string()
    .max(2000)
    .refine((value) => value.split(",").every((entry) => isServedField(entry.trim(), served)), {
      message: "fields may only name fields this route returns",
    })
}

/** The route's own columns (no relations), by which a list can be ordered. */
export const orderableFields = (served: readonly string[]) =>
  served.filter((field) => !field.includes(".") && !field.includes("*"))

export function listQueryParams(options: {
  fields: readonly string[]
  limit?: number
  order?: string
}) {
  const orderable = orderableFields(options.fields)
  const order = z.string().refine((value) => orderable.includes(value.replace(/^-/, "")), {
    message: `order must be one of ${orderable.join(", ")}, optionally with a leading -`,
  })
  return z.object({
    fields: fieldsParam(options.fields).optional(),
    offset: boundedInteger(MAX_OFFSET).default(0),
    limit: boundedInteger(MAX_LIMIT).default(options.limit ?? 20),
    order: options.order ? order.default(options.order) : order.optional(),
  })
}

export const selectQueryParams = (fields: readonly string[]) =>
  z.object({ fields: fieldsParam(fields).optional() }).strict()

/**
 * A list whose fields and order the route fixes: only `limit` and `offset`,
 * plus the route's `filters`; anything else is a 400.
 */
export const pageParams = <T extends z.ZodRawShape>(filters: T) =>
  listQueryParams({ fields: [] }).omit({ fields: true, order: true }).extend(filters).strict()

/** A filter given once (`?status=paid`) or repeated (`?status=paid&status=void`), as a list. */
export const oneOrMany = <T extends z.ZodTypeAny>(schema: T) =>
  z.union([schema, z.array(schema)]).transform((value) => (Array.isArray(value) ? value : [value]))

/** For routes that take no query parameters at all. */
export const NoQueryParams = z.object({}).strict()

/** For writes that take no body: `{}` or nothing. */
export const NoBody = z.object({}).strict()
