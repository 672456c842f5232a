import crypto from "node:crypto"
import {
  generateLinkToken,
  hashToken,
  LINK_GRACE_DAYS,
  linkExpiresAt,
  looksLikeLinkToken,
} from "../tokens"

const DAY = 24 * 60 * 60 * 1000

describe("quote link tokens", () => {
  afterEach(() => {
    jest.restoreAllMocks()
  })

  describe("generateLinkToken", () => {
    it("is 43 base64url characters, i.e. 256 bits", () => {
      const token = generateLinkToken()
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      const bytes = Buffer.from(token, "base64url")
      expect(bytes).toHaveLength(32)
      // Canonical encoding: no padding, no bits lost or invented.
      expect(bytes.toString("base64url")).toBe(token)
    })

    it("draws its 32 bytes from crypto.randomBytes", () => {
      const fixed = Buffer.alloc(32, 0xab)
      const spy = jest.spyOn(crypto, "randomBytes").mockImplementation(() => fixed)
      expect(generateLinkToken()).toBe(fixed.toString("base64url"))
      expect(spy).toHaveBeenCalledWith(32)
    })

    it("never hands out the same token twice", () => {
      const first = generateLinkToken()
      const second = generateLinkToken()
      expect(first).not.toBe(second)
      const many = new Set(Array.from({ length: 1000 }, generateLinkToken))
      expect(many.size).toBe(1000)
    })
  })

  describe("hashToken", () => {
    it("is the hex SHA-256 of the token", () => {
      const token = generateLinkToken()
      const expected = crypto.createHash("sha256").update(token, "utf8").digest("hex")
      expect(hashToken(token)).toBe(expected)
      expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/)
    })

    it("matches a known SHA-256 test vector", () => {
      expect(hashToken("abc")).toBe(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
      )
    })

    it("is stable for a token and differs between tokens", () => {
      const a = generateLinkToken()
      const b = generateLinkToken()
      expect(hashToken(a)).toBe(hashToken(a))
      expect(hashToken(a)).not.toBe(hashToken(b))
    })

    it("does not contain the token it hashes", () => {
      const token = generateLinkToken()
      expect(hashToken(token)).not.toContain(token)
    })
  })

  describe("looksLikeLinkToken", () => {
    it("accepts what generateLinkToken produces", () => {
      for (let i = 0; i < 100; i++) {
        expect(looksLikeLinkToken(generateLinkToken())).toBe(true)
      }
    })

    it.each([
      ["an empty string", ""],
      ["one character short", "A".repeat(42)],
      ["one character long", "A".repeat(44)],
      ["padded base64", "A".repeat(43) + "="],
      ["standard base64 '+'", "+".repeat(43)],
      ["standard base64 '/'", "/".repeat(43)],
      ["a stored hash", "a".repeat(64)],
      ["surrounded by spaces", ` ${"A".repeat(43)} `],
      ["a trailing newline", "A".repeat(43) + "\n"],
      ["a path traversal", "../".repeat(14) + "a"],
      ["non-ASCII letters", "é".repeat(43)],
      ["an SQL fragment", "' OR 1=1 --".padEnd(43, "x")],
    ])("rejects %s", (_label, token) => {
      expect(looksLikeLinkToken(token)).toBe(false)
    })
  })

  describe("linkExpiresAt", () => {
    it("keeps a link alive for a grace period after the quote's validity", () => {
      expect(LINK_GRACE_DAYS).toBeGreaterThan(0)
      const validUntil = new Date("2026-06-15T12:00:00.000Z")
      expect(linkExpiresAt(validUntil).getTime() - validUntil.getTime()).toBe(LINK_GRACE_DAYS * DAY)
    })

    it("is thirty days after the validity date", () => {
      expect(linkExpiresAt("2026-06-15T12:00:00.000Z").toISOString()).toBe(
        "2026-07-15T12:00:00.000Z"
      )
    })

    it("accepts an ISO string and leaves a Date argument untouched", () => {
      const validUntil = new Date("2026-01-01T00:00:00.000Z")
      const before = validUntil.getTime()
      expect(linkExpiresAt(validUntil.toISOString()).getTime()).toBe(
        linkExpiresAt(validUntil).getTime()
      )
      expect(validUntil.getTime()).toBe(before)
    })
  })
})
