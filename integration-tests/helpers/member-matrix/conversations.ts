import { customerRoute, type MatrixEntry } from "./types"

const conversationOf = (fixtures: { conversation_id: string }) => ({
  id: fixtures.conversation_id,
})
const foreignConversation = (fixtures: { foreign: { conversation_id: string } }) => ({
  id: fixtures.foreign.conversation_id,
})

export const CONVERSATION_ROUTES: Record<string, MatrixEntry> = {
  "GET /store/portal/conversations": { expect: customerRoute(200) },
  "POST /store/portal/conversations": {
    expect: customerRoute(201),
    body: () => ({ subject: "Delivery times", body: "When does the next truck come?" }),
  },
  "GET /store/portal/conversations/:id": {
    expect: customerRoute(200),
    params: conversationOf,
    foreign: foreignConversation,
  },
  "POST /store/portal/conversations/:id/messages": {
    expect: customerRoute(201),
    params: conversationOf,
    body: () => ({ body: "Thanks!" }),
    foreign: foreignConversation,
  },
}
