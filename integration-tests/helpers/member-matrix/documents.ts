import { customerRoute, type MatrixEntry } from "./types"

const documentOf = (fixtures: { document_id: string }) => ({ id: fixtures.document_id })

export const DOCUMENTS_ROUTES: Record<string, MatrixEntry> = {
  "GET /store/portal/documents": { expect: customerRoute(200) },
  "GET /store/portal/documents/:id/file": {
    expect: customerRoute(200),
    params: documentOf,
    foreign: (fixtures) => documentOf(fixtures.foreign),
  },
}
