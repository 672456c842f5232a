import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"

type FieldProps = {
  id: string
  label: string
  hint?: string
  error?: string
  optional?: boolean
  children: ReactNode
}

/** A labelled form control with its hint, or its error once there is one. */
export function Field({ id, label, hint, error, optional, children }: FieldProps) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
      </Label>
      {children}
      {error ? (
        <Hint id={`${id}-error`} variant="error">
          {error}
        </Hint>
      ) : (
        hint && <Hint id={`${id}-hint`}>{hint}</Hint>
      )}
    </div>
  )
}

/** The aria attributes that tie a control to its Field's hint or error. */
export function describedBy(id: string, error?: string, hint?: string) {
  return {
    "aria-invalid": !!error,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  }
}
