// What Medusa's JS SDK asks of `qs` in the storefront's bundle: `stringify(query,
// { skipNulls: true })` with qs's defaults. The storefront's vite.config.ts puts this
// in place of `qs`, whose parser and helpers were the biggest part of every signed-in
// page's JavaScript (bench/README.md, "Page weight"); qs-stringify.unit.spec.ts holds it
// to qs's output. Lone surrogates, which encodeURIComponent refuses, go as U+FFFD.

/** A code point at a time, so a lone surrogate is one character of its own. */
const wellFormed = (value: string) =>
  Array.from(value, (char) =>
    char.length === 1 && char >= "\uD800" && char <= "\uDFFF" ? "\uFFFD" : char
  ).join("")

function encode(value: string): string {
  let encoded: string
  try {
    encoded = encodeURIComponent(value)
  } catch {
    encoded = encodeURIComponent(wellFormed(value))
  }
  return encoded.replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
}

function pairs(prefix: string, value: unknown, options: StringifyOptions, out: string[]): void {
  if (value === undefined || (value === null && options.skipNulls)) return
  if (value instanceof Date) value = value.toISOString()
  if (value === null) {
    out.push(`${encode(prefix)}=`)
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => pairs(`${prefix}[${index}]`, item, options, out))
  } else if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      pairs(`${prefix}[${key}]`, (value as Record<string, unknown>)[key], options, out)
    }
  } else {
    out.push(`${encode(prefix)}=${encode(String(value))}`)
  }
}

type StringifyOptions = { skipNulls?: boolean }

export function stringify(query: unknown, options: StringifyOptions = {}): string {
  if (query === null || typeof query !== "object") return ""
  const out: string[] = []
  for (const key of Object.keys(query)) {
    pairs(key, (query as Record<string, unknown>)[key], options, out)
  }
  return out.join("&")
}

export default { stringify }
