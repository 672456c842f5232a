import { Input } from "@medusajs/ui"
import { PRIMARY_COLOR_PATTERN } from "../../../shared/portal-settings"
import { describedBy, Field } from "./field"

type ColorFieldProps = {
  value: string
  error?: string
  onChange: (value: string) => void
}

/** The brand colour: a colour picker and the hex code, kept in step. */
export function ColorField({ value, error, onChange }: ColorFieldProps) {
  const hint = "Buttons and links in the portal use this colour."
  return (
    <Field id="primary_color" label="Primary colour" hint={hint} error={error}>
      <div className="flex items-center gap-x-2">
        <input
          type="color"
          aria-label="Pick the primary colour"
          className="border-ui-border-base h-8 w-10 shrink-0 cursor-pointer rounded-md border bg-transparent p-0.5"
          // The picker only understands #rrggbb; show black while the text is incomplete.
          value={PRIMARY_COLOR_PATTERN.test(value) ? value.toLowerCase() : "#000000"}
          onChange={(event) => onChange(event.target.value)}
        />
        <Input
          id="primary_color"
          className="w-32 font-mono"
          value={value}
          maxLength={7}
          placeholder="#1d4ed8"
          onChange={(event) => onChange(event.target.value)}
          {...describedBy("primary_color", error, hint)}
        />
      </div>
    </Field>
  )
}
