import type { MatrixEntry } from "./types"

export const ME_ROUTES: Record<string, MatrixEntry> = {
  "GET /store/portal/me": {
    expect: {
      anonymous: 401,
      "no membership": 403,
      "other company": 403,
      disabled: 403,
      "withdrawn company": 403,
      // /me needs no permission: a contact whose teams grant nothing still sees who they are.
      "lacking permission": 200,
      "supplier only": 200,
      allowed: 200,
    },
  },
}
