import { Label, Select, Text } from "@medusajs/ui"
import { languageName, PORTAL_LANGUAGES } from "../../lib/languages"

/** The picker's value for "none chosen": Radix's Select has no empty value. */
const NONE = "none"

/**
 * Picks one of the portal's languages (the company form's and the quote form's "Language"
 * field): the label, the picker and a hint under it saying what the choice does.
 */
export const LanguageField = ({
  id,
  hint,
  ...select
}: Omit<Parameters<typeof LanguageSelect>[0], "describedBy"> & { hint: string }) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="small" weight="plus">
      Language
    </Label>
    <LanguageSelect id={id} describedBy={`${id}-hint`} {...select} />
    <Text size="small" className="text-ui-fg-subtle" id={`${id}-hint`}>
      {hint}
    </Text>
  </div>
)

/**
 * Picks one of the portal's languages (src/admin/lib/languages.ts), or none (`null`): the
 * company's language and the quote's use it (docs/ARCHITECTURE.md, "Languages").
 */
export const LanguageSelect = ({
  id,
  value,
  onChange,
  noneLabel,
  describedBy,
}: {
  id: string
  value: string | null
  onChange: (language: string | null) => void
  /** What no choice means here, e.g. "The company's (else the store's)". */
  noneLabel: string
  describedBy?: string
}) => (
  <Select value={value ?? NONE} onValueChange={(next) => onChange(next === NONE ? null : next)}>
    <Select.Trigger id={id} aria-describedby={describedBy}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={NONE}>{noneLabel}</Select.Item>
      {PORTAL_LANGUAGES.map((language) => (
        <Select.Item key={language} value={language}>
          {languageName(language)}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
