/** A list answer's paging fields from Query's metadata (count, offset, limit). */
export function listPage(
  data: readonly unknown[],
  metadata?: { count?: number; skip?: number; take?: number }
) {
  return {
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  }
}
