import { Input } from "@medusajs/ui"
import { MAX_DISPLAY_NAME_LENGTH } from "../../../shared/portal-settings"
import { ColorField } from "./color-field"
import { describedBy, Field } from "./field"
import { LogoField } from "./logo-field"
import type { SectionProps } from "./section-props"
import { SettingsSection } from "./settings-section"

export function BrandingSection({ values, errors, onChange }: SectionProps) {
  const nameHint =
    "Shown to buyers instead of the store's name. Leave empty to use the store's name."
  return (
    <SettingsSection title="Branding" description="How the portal looks to your buyers.">
      <Field
        id="display_name"
        label="Display name"
        optional
        hint={nameHint}
        error={errors.display_name}
      >
        <Input
          id="display_name"
          value={values.display_name}
          maxLength={MAX_DISPLAY_NAME_LENGTH}
          onChange={(event) => onChange({ display_name: event.target.value })}
          {...describedBy("display_name", errors.display_name, nameHint)}
        />
      </Field>
      <ColorField
        value={values.primary_color}
        error={errors.primary_color}
        onChange={(primary_color) => onChange({ primary_color })}
      />
      <LogoField
        value={values.logo_url}
        error={errors.logo_url}
        onChange={(logo_url) => onChange({ logo_url })}
      />
    </SettingsSection>
  )
}
