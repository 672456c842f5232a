/**
 * What a new portal password must be, for the invitation and reset pages and
 * the server that accepts an invitation (docs/ARCHITECTURE.md, "Security
 * rules"): one rule, said beside the field as each part is met, and refused by
 * the server in the same words.
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
