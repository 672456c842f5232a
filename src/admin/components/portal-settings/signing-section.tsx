import { Textarea } from "@medusajs/ui"
import { MAX_CONSENT_TEXT_LENGTH } from "../../../shared/portal-settings"
import { describedBy, Field } from "./field"
import type { SectionProps } from "./section-props"
import { SettingsSection } from "./settings-section"

type SigningSectionProps = SectionProps & { defaultConsentText: string }

export function SigningSection({
  values,
  errors,
  onChange,
  defaultConsentText,
}: SigningSectionProps) {
  const hint =
    "Buyers tick a box next to this sentence before signing, and it is recorded with their signature. Leave empty to use the default shown."
  return (
    <SettingsSection
      title="Signing"
      description="What buyers agree to when they sign an agreement."
    >
      <Field
        id="consent_text"
        label="Consent sentence"
        optional
        hint={hint}
        error={errors.consent_text}
      >
        <Textarea
          id="consent_text"
          rows={3}
          maxLength={MAX_CONSENT_TEXT_LENGTH}
          placeholder={defaultConsentText}
          value={values.consent_text}
          onChange={(event) => onChange({ consent_text: event.target.value })}
          {...describedBy("consent_text", errors.consent_text, hint)}
        />
      </Field>
    </SettingsSection>
  )
}
