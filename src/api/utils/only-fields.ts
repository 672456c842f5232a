/**
 * Only the listed fields (dotted paths into relations) of a Query result: Query also
 * answers the keys it links records by (`customer_id`, a relation's `id`), which a
 * buyer must not get just because they were needed to fetch the rest.
 */
export function onlyFields(record: Record<string, unknown>, fields: string[]) {
  const picked: Record<string, unknown> = {}
  const nested = new Map<string, string[]>()
  for (const field of fields) {
    const [head, ...rest] = field.split(".")
    if (rest.length) nested.set(head, [...(nested.get(head) ?? []), rest.join(".")])
    else if (head in record) picked[head] = record[head]
  }
  for (const [key, subfields] of nested) {
    if (!(key in record)) continue
    const value = record[key] as Record<string, unknown> | Record<string, unknown>[] | null
    picked[key] = Array.isArray(value)
      ? value.map((entry) => entry && onlyFields(entry, subfields))
      : value && onlyFields(value, subfields)
  }
  return picked
}
