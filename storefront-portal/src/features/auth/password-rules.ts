/**
 * What a new portal password must be. The server takes 8–200 characters
 * (Medusa's emailpass and the invitation's validator); the portal asks a little
 * more, and says each rule beside the field as it is met.
 */
export type PasswordRule = { id: string; label: string; met: boolean }

const classes = (password: string) =>
  [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length

export function passwordRules(password: string, email?: string | null): PasswordRule[] {
  const local = email?.split("@")[0]?.toLowerCase() ?? ""
  return [
    { id: "length", label: "At least 10 characters", met: password.length >= 10 },
    {
      id: "mix",
      label: "Two kinds of characters: lower case, upper case, digits, spaces or symbols",
      met: classes(password) >= 2,
    },
    {
      id: "email",
      label: "Not your email address",
      met: local.length < 3 || !password.toLowerCase().includes(local),
    },
    { id: "max", label: "At most 200 characters", met: password.length <= 200 },
  ]
}

export const passwordIsStrong = (password: string, email?: string | null) =>
  passwordRules(password, email).every((rule) => rule.met)
