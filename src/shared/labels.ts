/**
 * A stored status as people read it, for the admin and the PDFs: "unpaid" →
 * "Unpaid", "partially_captured" → "Partially captured". A page with its own
 * wording for a status keeps it; this is the fallback for the rest.
 */
export function statusLabel(status: string | null | undefined): string {
  const words = String(status ?? "")
    .replace(/_/g, " ")
    .trim()
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : ""
}
