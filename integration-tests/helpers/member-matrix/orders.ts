import type { MatrixEntry } from "./types"

export const ORDERS_ROUTES: Record<string, MatrixEntry> = {}
