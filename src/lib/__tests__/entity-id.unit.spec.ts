import { decodeTime } from "ulid"
import { newEntityId } from "../entity-id"

describe("newEntityId", () => {
  it("makes Medusa's id shape: the prefix and a ULID of now", () => {
    const before = Date.now()
    const id = newEntityId("quoevt")
    expect(id).toMatch(/^quoevt_[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(decodeTime(id.slice("quoevt_".length))).toBeGreaterThanOrEqual(before)
  })

  it("never repeats across more ids than one buffer of randomness holds", () => {
    const ids = new Set(Array.from({ length: 5000 }, () => newEntityId("x")))
    expect(ids.size).toBe(5000)
    // The random part differs, not only the time part.
    const randomParts = new Set([...ids].map((id) => id.slice(-16)))
    expect(randomParts.size).toBe(5000)
  })
})
