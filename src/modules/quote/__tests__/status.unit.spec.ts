import { MedusaError } from "@medusajs/framework/utils"
import {
  assertDuplicable,
  assertEditable,
  assertOpenToBuyer,
  assertTransition,
  canTransition,
  formatQuoteNumber,
  isPastValidity,
  parseQuoteNumber,
  QUOTE_STATUSES,
  QuoteStatus,
} from "../status"

/**
 * docs/ARCHITECTURE.md ("Quote status machine"), written out independently of status.ts so that a change to the
 * machine has to change this table too: draft → sent → (viewed) → accepted |
 * declined | expired, plus cancelled by staff; a member's request → draft |
 * cancelled; re-sending an open quote keeps
 * it open. Every pair not listed here must be refused.
 */
const ALLOWED: Record<QuoteStatus, QuoteStatus[]> = {
  requested: ["draft", "cancelled"],
  draft: ["sent", "cancelled"],
  sent: ["sent", "viewed", "accepted", "declined", "expired", "cancelled"],
  viewed: ["sent", "accepted", "declined", "expired", "cancelled"],
  accepted: [],
  declined: [],
  expired: [],
  cancelled: [],
}

const TERMINAL: QuoteStatus[] = ["accepted", "declined", "expired", "cancelled"]

const allPairs = QUOTE_STATUSES.flatMap((from) => QUOTE_STATUSES.map((to) => [from, to] as const))
const legalPairs = allPairs.filter(([from, to]) => ALLOWED[from].includes(to))
const illegalPairs = allPairs.filter(([from, to]) => !ALLOWED[from].includes(to))

/** Runs `fn` and returns what it threw, failing the test if it threw nothing. */
function thrownBy(fn: () => void): MedusaError {
  try {
    fn()
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected the call to throw, but it returned normally")
}

const DAY = 24 * 60 * 60 * 1000
const NOW = new Date("2026-06-15T12:00:00.000Z")
const yesterday = new Date(NOW.getTime() - DAY)
const tomorrow = new Date(NOW.getTime() + DAY)

describe("quote status machine", () => {
  it("knows exactly the seven statuses of the lifecycle", () => {
    expect([...QUOTE_STATUSES].sort()).toEqual(Object.keys(ALLOWED).sort())
  })

  describe("legal transitions", () => {
    it.each(legalPairs)("moves a quote from %s to %s", (from, to) => {
      expect(canTransition(from, to)).toBe(true)
      expect(() => assertTransition(from, to, "Q-1001")).not.toThrow()
    })
  })

  describe("illegal transitions", () => {
    it.each(illegalPairs)("refuses to move a quote from %s to %s", (from, to) => {
      expect(canTransition(from, to)).toBe(false)
      const error = thrownBy(() => assertTransition(from, to, "Q-1001"))
      expect(error).toBeInstanceOf(MedusaError)
      expect(error.type).toBe(MedusaError.Types.CONFLICT)
    })
  })

  it("only sends a draft or cancels it; a draft cannot be viewed, accepted, declined or expired", () => {
    for (const to of ["viewed", "accepted", "declined", "expired"] as const) {
      expect(canTransition("draft", to)).toBe(false)
    }
  })

  it("lets the buyer accept or decline a sent quote without opening it first", () => {
    expect(canTransition("sent", "accepted")).toBe(true)
    expect(canTransition("sent", "declined")).toBe(true)
  })

  it("never moves a viewed quote back to unviewed except by re-sending it", () => {
    expect(canTransition("viewed", "viewed")).toBe(false)
    expect(canTransition("viewed", "draft")).toBe(false)
    expect(canTransition("viewed", "sent")).toBe(true)
  })

  it.each(TERMINAL)("refuses to move a quote that is %s anywhere", (from) => {
    for (const to of QUOTE_STATUSES) {
      expect(canTransition(from, to)).toBe(false)
      expect(() => assertTransition(from, to)).toThrow(MedusaError)
    }
  })

  it("refuses to move an accepted quote anywhere", () => {
    expect(QUOTE_STATUSES.filter((to) => canTransition("accepted", to))).toEqual([])
  })

  it("names the quote number and both statuses in the conflict message", () => {
    const error = thrownBy(() => assertTransition("accepted", "cancelled", "Q-1042"))
    expect(error.message).toContain("Q-1042")
    expect(error.message).toContain("accepted")
    expect(error.message).toContain("cancelled")
    expect(error.message).toBe("Quote Q-1042 is accepted and cannot become cancelled")
  })

  it("still says which statuses clash when the quote has no number yet", () => {
    const error = thrownBy(() => assertTransition("draft", "accepted"))
    expect(error.type).toBe(MedusaError.Types.CONFLICT)
    expect(error.message).toContain("draft")
    expect(error.message).toContain("accepted")
    expect(error.message).not.toContain("undefined")
  })
})

describe("assertEditable", () => {
  it.each(["draft", "sent", "viewed"] as const)("lets staff change a %s quote", (status) => {
    expect(() => assertEditable(status, "Q-1001")).not.toThrow()
  })

  it.each(TERMINAL)("freezes a quote that is %s, with a conflict naming it", (status) => {
    const error = thrownBy(() => assertEditable(status, "Q-1001"))
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.CONFLICT)
    expect(error.message).toContain("Q-1001")
    expect(error.message).toContain(status)
  })
})

describe("assertOpenToBuyer", () => {
  it.each(["sent", "viewed"] as const)(
    "lets the buyer act on a %s quote that is still valid",
    (status) => {
      expect(() =>
        assertOpenToBuyer({ status, valid_until: tomorrow }, "Q-1001", NOW)
      ).not.toThrow()
    }
  )

  it("lets the buyer act on an open quote with no validity date", () => {
    expect(() =>
      assertOpenToBuyer({ status: "sent", valid_until: null }, "Q-1001", NOW)
    ).not.toThrow()
    expect(() => assertOpenToBuyer({ status: "viewed" }, "Q-1001", NOW)).not.toThrow()
  })

  it.each(["sent", "viewed"] as const)(
    "treats a %s quote whose valid_until has passed as expired, before the expiry job runs",
    (status) => {
      const error = thrownBy(() =>
        assertOpenToBuyer({ status, valid_until: yesterday }, "Q-1001", NOW)
      )
      expect(error).toBeInstanceOf(MedusaError)
      expect(error.type).toBe(MedusaError.Types.CONFLICT)
      expect(error.message).toContain("expired")
      expect(error.message).toContain("Q-1001")
    }
  )

  it("treats the exact moment of valid_until as already expired", () => {
    const error = thrownBy(() =>
      assertOpenToBuyer({ status: "sent", valid_until: NOW }, "Q-1", NOW)
    )
    expect(error.message).toContain("expired")
  })

  it("accepts valid_until as an ISO string, as it arrives from the database or JSON", () => {
    expect(() =>
      assertOpenToBuyer({ status: "sent", valid_until: tomorrow.toISOString() }, "Q-1", NOW)
    ).not.toThrow()
    expect(() =>
      assertOpenToBuyer({ status: "sent", valid_until: yesterday.toISOString() }, "Q-1", NOW)
    ).toThrow(/expired/)
  })

  it("tells the buyer an expired quote has expired", () => {
    const error = thrownBy(() => assertOpenToBuyer({ status: "expired" }, "Q-1001", NOW))
    expect(error.type).toBe(MedusaError.Types.CONFLICT)
    expect(error.message).toContain("expired")
  })

  it.each(["draft", "accepted", "declined", "cancelled"] as const)(
    "refuses buyer actions on a quote that is %s, naming the status",
    (status) => {
      const error = thrownBy(() =>
        assertOpenToBuyer({ status, valid_until: tomorrow }, "Q-1001", NOW)
      )
      expect(error).toBeInstanceOf(MedusaError)
      expect(error.type).toBe(MedusaError.Types.CONFLICT)
      expect(error.message).toContain("Q-1001")
      expect(error.message).toContain(status)
    }
  )
})

describe("assertDuplicable", () => {
  it.each(["expired", "declined", "cancelled", "accepted"] as const)(
    "lets staff duplicate a quote that is %s into a new draft",
    (status) => {
      expect(() => assertDuplicable(status, "Q-1001")).not.toThrow()
    }
  )

  it.each(["draft", "sent", "viewed"] as const)(
    "refuses to duplicate a %s quote, which can still be edited",
    (status) => {
      const error = thrownBy(() => assertDuplicable(status, "Q-1001"))
      expect(error.type).toBe(MedusaError.Types.CONFLICT)
      expect(error.message).toContain("Q-1001")
      expect(error.message).toContain(status)
    }
  )
})

describe("isPastValidity", () => {
  it("is false without a validity date, and false before it", () => {
    expect(isPastValidity(null, NOW)).toBe(false)
    expect(isPastValidity(undefined, NOW)).toBe(false)
    expect(isPastValidity(tomorrow, NOW)).toBe(false)
  })

  it("is true at and after the validity date", () => {
    expect(isPastValidity(NOW, NOW)).toBe(true)
    expect(isPastValidity(yesterday, NOW)).toBe(true)
  })
})

describe("quote numbers", () => {
  it("formats a display number as Q-<number>", () => {
    expect(formatQuoteNumber(1001)).toBe("Q-1001")
    expect(formatQuoteNumber(123456)).toBe("Q-123456")
  })

  it.each([
    ["Q-1001", 1001],
    ["q-1001", 1001],
    ["q1001", 1001],
    ["Q1001", 1001],
    ["1001", 1001],
    ["  Q-1001  ", 1001],
    ["Q-42", 42],
  ])("reads %p as %p", (text, number) => {
    expect(parseQuoteNumber(text)).toBe(number)
  })

  it.each(["", "Q-", "Q-abc", "1001a", "Q-10.01", "X-1001", "Q--1001", "Q-1001-2", "1234567890"])(
    "refuses to read %p as a quote number",
    (text) => {
      expect(parseQuoteNumber(text)).toBeNull()
    }
  )

  it("reads back what it formats", () => {
    for (const n of [1001, 1002, 99999]) {
      expect(parseQuoteNumber(formatQuoteNumber(n))).toBe(n)
    }
  })
})
