import { Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { FieldError } from "./field-error"

/** A form control with its label, its hint, and its problem once there is one (`${id}-error`). */
export const FormField = ({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: ReactNode
  hint?: string
  error?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint && !error && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
    <FieldError id={`${id}-error`} text={error} />
  </div>
)
