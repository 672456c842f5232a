import { Select } from "@medusajs/ui"

export type Choice = { value: string; label: string }

/**
 * A small select among fixed choices (a status, an assignee), named for screen readers by
 * `label` or by the element `labelledBy` points at.
 */
export const ChoiceSelect = ({
  id,
  label,
  value,
  choices,
  disabled,
  onChange,
  className = "w-full md:w-48",
}: {
  id?: string
  /** The accessible name when no visible label names the select. */
  label?: string
  value: string
  choices: Choice[]
  disabled?: boolean
  onChange: (value: string) => void
  className?: string
}) => (
  // Radix reports "" while the chosen option is not rendered yet: no choice.
  <Select
    size="small"
    value={value}
    disabled={disabled}
    onValueChange={(next) => next && next !== value && onChange(next)}
  >
    <Select.Trigger id={id} aria-label={label} className={className}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      {choices.map((choice) => (
        <Select.Item key={choice.value} value={choice.value}>
          {choice.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
