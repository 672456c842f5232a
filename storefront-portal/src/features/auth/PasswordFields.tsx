import { useId } from "react"
import { passwordProblems, passwordRules } from "@shared/password-rules"

/**
 * A new password and its confirmation, with the rules listed under the field
 * and ticked as they are met (announced politely, not on every key).
 */
export function PasswordFields({
  password,
  confirm,
  onPassword,
  onConfirm,
  email,
  label = "New password",
  showErrors,
}: {
  password: string
  confirm: string
  onPassword: (value: string) => void
  onConfirm: (value: string) => void
  email?: string | null
  label?: string
  showErrors: boolean
}) {
  const ids = { password: useId(), confirm: useId(), rules: useId(), mismatch: useId() }
  const rules = passwordRules(password, email)
  const weak = rules.some((rule) => !rule.met)
  const mismatch = confirm.length > 0 && confirm !== password
  return (
    <>
      <div className="field">
        <label htmlFor={ids.password}>{label}</label>
        <input
          id={ids.password}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => onPassword(event.target.value)}
          aria-describedby={ids.rules}
          aria-invalid={showErrors && weak}
          maxLength={200}
          required
        />
        <ul id={ids.rules} className="rules" aria-label="Password rules">
          {rules
            .filter((rule) => rule.id !== "max" || !rule.met)
            .map((rule) => (
              <li key={rule.id} className={rule.met ? "met" : "unmet"}>
                <span aria-hidden="true">{rule.met ? "✓" : "•"}</span> {rule.label}
                <span className="visually-hidden">{rule.met ? " (met)" : " (not yet)"}</span>
              </li>
            ))}
        </ul>
      </div>
      <div className="field">
        <label htmlFor={ids.confirm}>Repeat the password</label>
        <input
          id={ids.confirm}
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(event) => onConfirm(event.target.value)}
          aria-invalid={(showErrors || mismatch) && confirm !== password}
          aria-describedby={mismatch ? ids.mismatch : undefined}
          maxLength={200}
          required
        />
        {mismatch && (
          <p id={ids.mismatch} className="error">
            The two passwords differ.
          </p>
        )}
      </div>
    </>
  )
}

/** Problems to list before sending a new password, in words. */
export function newPasswordProblems(password: string, confirm: string, email?: string | null) {
  const problems = passwordProblems(password, email)
  if (password !== confirm) problems.push("Repeat the same password in both fields.")
  return problems
}
