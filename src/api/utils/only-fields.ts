/** Which keys of a record to keep, and which of its relations to keep which keys of. */
type Plan = { own: string[]; nested: Map<string, Plan> }

/** A field list read into a plan once (field lists are constants of their presenters). */
const plans = new WeakMap<readonly string[], Plan>()

function planOf(fields: readonly string[]): Plan {
  let plan = plans.get(fields)
  if (!plan) {
    const own: string[] = []
    const paths = new Map<string, string[]>()
    for (const field of fields) {
      const [head, ...rest] = field.split(".")
      if (rest.length) paths.set(head, [...(paths.get(head) ?? []), rest.join(".")])
      else own.push(head)
    }
    plan = { own, nested: new Map([...paths].map(([key, sub]) => [key, planOf(sub)])) }
    plans.set(fields, plan)
  }
  return plan
}

function pick(record: Record<string, unknown>, plan: Plan): Record<string, unknown> {
  const picked: Record<string, unknown> = {}
  for (const key of plan.own) if (key in record) picked[key] = record[key]
  for (const [key, sub] of plan.nested) {
    if (!(key in record)) continue
    const value = record[key] as Record<string, unknown> | Record<string, unknown>[] | null
    picked[key] = Array.isArray(value)
      ? value.map((entry) => entry && pick(entry, sub))
      : value && pick(value, sub)
  }
  return picked
}

/**
 * Only the listed fields (dotted paths into relations) of a Query result: Query also
 * answers the keys it links records by (`customer_id`, a relation's `id`), which a
 * buyer must not get just because they were needed to fetch the rest.
 */
export function onlyFields(record: Record<string, unknown>, fields: readonly string[]) {
  return pick(record, planOf(fields))
}
