import { Select } from "@medusajs/ui"

/**
 * A choice among records loaded from the API (a region, a stock location, a
 * currency), with a loading placeholder until they arrive.
 */
export const RecordSelect = ({
  id,
  value,
  options,
  isPending,
  loadingText,
  placeholder,
  invalid,
  onChange,
}: {
  id: string
  value: string
  options: Array<{ value: string; label: string }>
  isPending: boolean
  loadingText: string
  placeholder: string
  invalid?: boolean
  onChange: (value: string) => void
}) => (
  // Radix reports "" while the chosen option is not rendered yet: no choice.
  <Select value={value} onValueChange={(next) => next && onChange(next)}>
    <Select.Trigger id={id} aria-invalid={invalid}>
      <Select.Value placeholder={isPending ? loadingText : placeholder} />
    </Select.Trigger>
    <Select.Content>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
