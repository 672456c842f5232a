import type { MatrixEntry } from "./types"

export const QUOTES_ROUTES: Record<string, MatrixEntry> = {}
