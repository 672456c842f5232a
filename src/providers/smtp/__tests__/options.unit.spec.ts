import { parseSmtpOptions } from "../options"

describe("SMTP provider options", () => {
  it("reads a URL with credentials, defaulting the port by scheme", () => {
    expect(parseSmtpOptions({ url: "smtp://ann%40x:p%3Ass@mail.test", from: "a@b.test" })).toEqual({
      transport: {
        host: "mail.test",
        port: 587,
        secure: false,
        auth: { user: "ann@x", pass: "p:ss" },
      },
      from: "a@b.test",
    })
    expect(parseSmtpOptions({ url: "smtps://mail.test", from: "Shop <a@b.test>" })).toEqual({
      transport: { host: "mail.test", port: 465, secure: true },
      from: "Shop <a@b.test>",
    })
    expect(parseSmtpOptions({ url: "smtp://localhost:1025", from: "a@b.test" }).transport).toEqual({
      host: "localhost",
      port: 1025,
      secure: false,
    })
  })

  it("reads host, port, secure and auth", () => {
    expect(
      parseSmtpOptions({
        host: "mail.test",
        port: "2525",
        auth: { user: "u", pass: "p" },
        from: "a@b.test",
      }).transport
    ).toEqual({ host: "mail.test", port: 2525, secure: false, auth: { user: "u", pass: "p" } })
  })

  it.each([
    [{ url: "smtp://h" }, /"from" is required/],
    [{ url: "smtp://h", from: "not an address" }, /"from" must be an address/],
    [{ from: "a@b.test" }, /"url" or "host" is required/],
    [{ url: "http://h", from: "a@b.test" }, /smtp:\/\/ or smtps:\/\//],
    [{ url: "smtp://h", host: "h", from: "a@b.test" }, /either "url" or "host"/],
    [{ host: "h", port: 70000, from: "a@b.test" }, /port must be/],
    [{ host: "h", auth: { user: "u" }, from: "a@b.test" }, /"auth" needs both/],
  ])("refuses %j with a sentence", (options, message) => {
    expect(() => parseSmtpOptions(options)).toThrow(message)
  })

  it("never repeats the URL, which may hold the password, in an error", () => {
    let message = ""
    try {
      parseSmtpOptions({ url: "smtp://u:secret-pw@h:99999", from: "a@b.test" })
    } catch (error) {
      message = String(error)
    }
    expect(message).toMatch(/SMTP notification provider/)
    expect(message).not.toContain("secret-pw")
  })
})
