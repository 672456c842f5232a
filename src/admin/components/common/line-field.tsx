import { clx, Input, Label } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"
import { FieldError } from "./field-error"

type InputProps = Omit<
  ComponentProps<typeof Input>,
  "id" | "size" | "onChange" | "aria-invalid" | "aria-describedby"
>

/**
 * A line editor's small field: its label, the input, and the problem with it
 * (the input points at it with aria-describedby). `children` go below.
 */
export const LineField = ({
  id,
  label,
  error,
  className,
  onValueChange,
  children,
  ...input
}: InputProps & {
  id: string
  label: ReactNode
  error: string | undefined
  onValueChange: (value: string) => void
  children?: ReactNode
}) => (
  <div className={clx("flex flex-col gap-y-1", className)}>
    <Label htmlFor={id} size="xsmall" weight="plus">
      {label}
    </Label>
    <Input
      id={id}
      size="small"
      {...input}
      aria-invalid={!!error}
      aria-describedby={error ? `${id}-error` : undefined}
      onChange={(event) => onValueChange(event.target.value)}
    />
    <FieldError id={`${id}-error`} text={error} size="xsmall" />
    {children}
  </div>
)
