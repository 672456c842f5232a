import type { MatrixEntry } from "./types"

export const INVOICES_ROUTES: Record<string, MatrixEntry> = {}
