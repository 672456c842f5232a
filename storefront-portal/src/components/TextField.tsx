import { useId, type InputHTMLAttributes, type ReactNode } from "react"
import { useT } from "../lib/i18n"

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange"> & {
  label: string
  value: string
  onValue?: (value: string) => void
  /** Shown under the field, and read out with it. */
  hint?: ReactNode
}

/** A labelled input in the page's field layout; `onValue` gets the text. */
export function TextField({ label, value, onValue, hint, ...input }: Props) {
  const id = useId()
  const hintId = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(event) => onValue?.(event.target.value)}
        aria-describedby={hint ? hintId : undefined}
        {...input}
      />
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  )
}

/** First and last name side by side (stacked on a phone). */
export function NameFields(props: {
  first: string
  last: string
  onFirst: (value: string) => void
  onLast: (value: string) => void
}) {
  const t = useT("common")
  return (
    <div className="field-pair">
      <TextField
        label={t("fields.first_name")}
        autoComplete="given-name"
        value={props.first}
        onValue={props.onFirst}
        maxLength={200}
        required
      />
      <TextField
        label={t("fields.last_name")}
        autoComplete="family-name"
        value={props.last}
        onValue={props.onLast}
        maxLength={200}
        required
      />
    </div>
  )
}

/** The email a contact signs in with. */
export function EmailField({ value, onValue }: { value: string; onValue: (v: string) => void }) {
  const t = useT("common")
  return (
    <TextField
      label={t("fields.email")}
      type="email"
      autoComplete="username"
      value={value}
      onValue={onValue}
      required
      maxLength={320}
    />
  )
}

/** A form's main button, which says it is working and ignores clicks meanwhile. */
export function SubmitButton({
  busy,
  label,
  busyLabel,
}: {
  busy: boolean
  label: string
  busyLabel: string
}) {
  return (
    <div className="button-row">
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
    </div>
  )
}

/** The input of a login's existing password. */
export const CURRENT_PASSWORD = {
  type: "password",
  autoComplete: "current-password",
  required: true,
  maxLength: 200,
} as const
