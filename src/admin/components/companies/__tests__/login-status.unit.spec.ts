import { loginStatus, loginStatusDetail } from "../login-status"

const member = (
  status: "active" | "disabled",
  invitation_status: "none" | "invited" | "active" | "expired" | "revoked",
  accepted = invitation_status === "active"
) => ({ status, invitation_status, activated_at: accepted ? "2026-12-01T00:00:00.000Z" : null })

describe("loginStatus", () => {
  it("derives none, invited, active and disabled from the member view", () => {
    expect(loginStatus(member("active", "none"))).toBe("none")
    expect(loginStatus(member("active", "invited"))).toBe("invited")
    expect(loginStatus(member("active", "active"))).toBe("active")
    // A login the customer registered themselves counts once an invitation is accepted.
    expect(loginStatus(member("active", "none"))).toBe("none")
    expect(loginStatus(member("active", "invited", true))).toBe("active")
    expect(loginStatus(member("disabled", "active"))).toBe("disabled")
    expect(loginStatus(member("disabled", "invited"))).toBe("disabled")
  })

  it("counts an expired or revoked invitation as no login, and says why", () => {
    expect(loginStatus(member("active", "expired"))).toBe("none")
    expect(loginStatusDetail(member("active", "expired"))).toBe("The last invitation expired")
    expect(loginStatusDetail(member("active", "revoked"))).toBe("The last invitation was revoked")
    expect(loginStatusDetail(member("active", "invited"))).toBeNull()
  })
})
