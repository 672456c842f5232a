import type { SettingsFormErrors, SettingsFormValues } from "./settings-form"

/** What every section of the settings form receives. */
export type SectionProps = {
  values: SettingsFormValues
  errors: SettingsFormErrors
  onChange: (changes: Partial<SettingsFormValues>) => void
}
