import { useId } from "react"
import { passwordRules } from "@shared/password-rules"
import { type Translate, useT } from "../../lib/i18n"

/** The rules of src/shared/password-rules.ts, by id, as the `auth` catalog words them. */
type RuleId = "length" | "mix" | "email" | "max"

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
  label,
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
  const t = useT("auth")
  const ids = { password: useId(), confirm: useId(), rules: useId(), mismatch: useId() }
  const rules = passwordRules(password, email)
  const weak = rules.some((rule) => !rule.met)
  const mismatch = confirm.length > 0 && confirm !== password
  return (
    <>
      <div className="field">
        <label htmlFor={ids.password}>{label ?? t("password.new")}</label>
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
        <ul id={ids.rules} className="rules" aria-label={t("password.rules_label")}>
          {rules
            .filter((rule) => rule.id !== "max" || !rule.met)
            .map((rule) => (
              <li key={rule.id} className={rule.met ? "met" : "unmet"}>
                <span aria-hidden="true">{rule.met ? "✓" : "•"}</span>{" "}
                {t(`password.rules.${rule.id as RuleId}`)}
                <span className="visually-hidden">
                  {" "}
                  {rule.met ? t("password.met") : t("password.not_yet")}
                </span>
              </li>
            ))}
        </ul>
      </div>
      <div className="field">
        <label htmlFor={ids.confirm}>{t("password.repeat")}</label>
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
            {t("password.differ")}
          </p>
        )}
      </div>
    </>
  )
}

/** Problems to list before sending a new password, in words ("Password: at least 10 characters."). */
export function newPasswordProblems(
  t: Translate<"auth">,
  password: string,
  confirm: string,
  email?: string | null
) {
  const problems = passwordRules(password, email)
    .filter((rule) => !rule.met)
    .map((rule) => t(`password.problems.${rule.id as RuleId}`))
  if (password !== confirm) problems.push(t("password.repeat_same"))
  return problems
}
