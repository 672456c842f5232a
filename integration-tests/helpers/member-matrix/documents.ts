import { customerRoute, type MatrixEntry } from "./types"

const documentOf = (fixtures: { document_id: string }) => ({ id: fixtures.document_id })
const requestOf = (fixtures: { document_request: { id: string } }) => ({
  id: fixtures.document_request.id,
})
const foreignRequest = (fixtures: { foreign: { document_request_id: string } }) => ({
  id: fixtures.foreign.document_request_id,
})

export const DOCUMENTS_ROUTES: Record<string, MatrixEntry> = {
  "GET /store/portal/documents": { expect: customerRoute(200) },
  "GET /store/portal/documents/:id/file": {
    expect: customerRoute(200),
    params: documentOf,
    foreign: (fixtures) => documentOf(fixtures.foreign),
  },
  "GET /store/portal/document-requests": { expect: customerRoute(200) },
  "GET /store/portal/document-requests/:id": {
    expect: customerRoute(200),
    params: requestOf,
    foreign: foreignRequest,
  },
  "POST /store/portal/document-requests/:id/done": {
    expect: customerRoute(200),
    params: requestOf,
    foreign: foreignRequest,
  },
  // A JSON body carries no file: the allowed caller is let in and told to send one.
  "POST /store/portal/document-requests/:id/items/:item_id/uploads": {
    expect: customerRoute(400),
    params: (fixtures) => ({
      id: fixtures.document_upload.id,
      item_id: fixtures.document_upload.item_id,
    }),
    foreign: (fixtures) => ({
      id: fixtures.foreign.document_request_id,
      item_id: fixtures.document_upload.item_id,
    }),
  },
}
