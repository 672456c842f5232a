import type { Expectation, MatrixEntry } from "./types"

/** /me needs no permission: a contact whose teams grant nothing still sees and edits themselves. */
const ANY_CONTACT: Expectation = {
  anonymous: 401,
  "no membership": 403,
  "other company": 403,
  disabled: 403,
  "withdrawn company": 403,
  "lacking permission": 200,
  "supplier only": 200,
  allowed: 200,
}

export const ME_ROUTES: Record<string, MatrixEntry> = {
  "GET /store/portal/me": { expect: ANY_CONTACT },
  "POST /store/portal/me": {
    expect: ANY_CONTACT,
    body: () => ({ phone: "+1 555 0100", emails: { orders: false } }),
  },
}
