import { loginStatus, loginStatusDetail } from "../login-status"

const member = (
  status: "active" | "disabled",
  invitation_status: "none" | "invited" | "active" | "expired" | "revoked",
  has_account = false
) => ({ status, invitation_status, customer: { has_account } })

describe("loginStatus", () => {
  it("derives none, invited, active and disabled from the member view", () => {
    expect(loginStatus(member("active", "none"))).toBe("none")
    expect(loginStatus(member("active", "invited"))).toBe("invited")
    expect(loginStatus(member("active", "active"))).toBe("active")
    expect(loginStatus(member("active", "none", true))).toBe("active")
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
