import { customerRoute, type MatrixEntry } from "./types"

const requestOf = (fixtures: { work_request_id: string }) => ({ id: fixtures.work_request_id })
const foreignRequest = (fixtures: { foreign: { work_request_id: string } }) => ({
  id: fixtures.foreign.work_request_id,
})

export const WORK_REQUEST_ROUTES: Record<string, MatrixEntry> = {
  "GET /store/portal/work-requests": { expect: customerRoute(200) },
  "POST /store/portal/work-requests": {
    expect: customerRoute(201),
    body: () => ({ subject: "Gate repair", description: "The north gate sticks." }),
  },
  "GET /store/portal/work-requests/:id": {
    expect: customerRoute(200),
    params: requestOf,
    foreign: foreignRequest,
  },
  "POST /store/portal/work-requests/:id/messages": {
    expect: customerRoute(201),
    params: requestOf,
    body: () => ({ body: "Any news?" }),
    foreign: foreignRequest,
  },
  // A JSON body carries no file: the allowed caller is let in and told to send one.
  "POST /store/portal/work-requests/:id/attachments": {
    expect: customerRoute(400),
    params: requestOf,
    foreign: foreignRequest,
  },
  "GET /store/portal/work-requests/:id/attachments/:document_id": {
    expect: customerRoute(200),
    params: (fixtures) => ({
      id: fixtures.work_request_id,
      document_id: fixtures.work_request_attachment_id,
    }),
    foreign: (fixtures) => ({
      id: fixtures.foreign.work_request_id,
      document_id: fixtures.work_request_attachment_id,
    }),
  },
}
