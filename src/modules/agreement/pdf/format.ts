import type { SignatureRecord } from "../document"

/** ISO 8601 in UTC, spelled out so nobody has to know that "Z" means UTC. */
export function formatUtc(date: Date): string {
  return `${date.toISOString()} (UTC)`
}

export function describeIdentification(method: SignatureRecord["identified_by"]): string {
  return method === "link"
    ? "Secure quote link (a token unique to this quote, sent by email)"
    : "Portal login (signed-in customer account)"
}
