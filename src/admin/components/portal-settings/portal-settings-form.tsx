import { Button, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import type { AdminPortalSettingsResponse } from "../../../shared/http/settings"
import { useUpdatePortalSettings } from "../../hooks/portal-settings"
import { errorMessage } from "../../lib/errors"
import { BrandingSection } from "./branding-section"
import { CatalogSection } from "./catalog-section"
import { FeaturesSection } from "./features-section"
import { NotificationsSection } from "./notifications-section"
import { QuotesSection } from "./quotes-section"
import {
  SettingsFormErrors,
  SettingsFormValues,
  toChanges,
  toFormValues,
  validateSettings,
} from "./settings-form"
import { SigningSection } from "./signing-section"
import { StaffGroupsSection } from "./staff-groups-section"

/** The whole settings form: edits stay local until Save sends them in one request. */
export function PortalSettingsForm({ initial }: { initial: AdminPortalSettingsResponse }) {
  const [values, setValues] = useState<SettingsFormValues>(() => toFormValues(initial.settings))
  const [errors, setErrors] = useState<SettingsFormErrors>({})
  const [dirty, setDirty] = useState(false)
  const update = useUpdatePortalSettings()

  const onChange = (changes: Partial<SettingsFormValues>) => {
    setValues((current) => ({ ...current, ...changes }))
    setDirty(true)
    // An error goes away as soon as the field it is about is edited.
    setErrors((current) => {
      const next = { ...current }
      for (const key of Object.keys(changes)) delete next[key as keyof SettingsFormValues]
      return next
    })
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found = validateSettings(values)
    setErrors(found)
    if (Object.keys(found).length) {
      toast.error("Some settings need fixing", { description: Object.values(found)[0] })
      return
    }
    update.mutate(toChanges(values), {
      onSuccess: ({ settings }) => {
        setValues(toFormValues(settings))
        setDirty(false)
        toast.success("Client Portal settings saved")
      },
      onError: (error) =>
        toast.error("The settings were not saved", { description: errorMessage(error) }),
    })
  }

  const sectionProps = { values, errors, onChange }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-y-3">
      <BrandingSection {...sectionProps} />
      <QuotesSection {...sectionProps} />
      <SigningSection {...sectionProps} defaultConsentText={initial.fallbacks.consent_text} />
      <CatalogSection {...sectionProps} channel={initial.portal_channel} />
      <FeaturesSection {...sectionProps} />
      <StaffGroupsSection />
      <NotificationsSection
        value={values.notification_recipients}
        error={errors.notification_recipients}
        onChange={(notification_recipients) => onChange({ notification_recipients })}
      />
      <div className="flex items-center justify-end gap-x-3">
        {dirty && (
          <Text size="small" className="text-ui-fg-subtle">
            Unsaved changes
          </Text>
        )}
        <Button
          type="button"
          variant="secondary"
          size="small"
          disabled={!dirty || update.isPending}
          onClick={() => {
            setValues(toFormValues(initial.settings))
            setErrors({})
            setDirty(false)
          }}
        >
          Discard
        </Button>
        <Button type="submit" size="small" isLoading={update.isPending}>
          Save
        </Button>
      </div>
    </form>
  )
}
