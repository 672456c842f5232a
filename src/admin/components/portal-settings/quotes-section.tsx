import { Input, Label, Switch, Text } from "@medusajs/ui"
import { DEPOSIT_PERCENT_RANGE, VALIDITY_DAYS_RANGE } from "../../../shared/portal-settings"
import { describedBy, Field } from "./field"
import type { SectionProps } from "./section-props"
import { SettingsSection } from "./settings-section"

export function QuotesSection({ values, errors, onChange }: SectionProps) {
  const daysHint = `A quote sent without a validity date stays open this many days (${VALIDITY_DAYS_RANGE.min}–${VALIDITY_DAYS_RANGE.max}).`
  const depositHint =
    "New quotes ask this share of the total as a deposit unless you set one on the quote. Leave empty for none."
  return (
    <SettingsSection title="Quotes" description="Defaults for new quotes.">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field
          id="default_validity_days"
          label="Default validity (days)"
          hint={daysHint}
          error={errors.default_validity_days}
        >
          <Input
            id="default_validity_days"
            type="number"
            inputMode="numeric"
            min={VALIDITY_DAYS_RANGE.min}
            max={VALIDITY_DAYS_RANGE.max}
            step={1}
            value={values.default_validity_days}
            onChange={(event) => onChange({ default_validity_days: event.target.value })}
            {...describedBy("default_validity_days", errors.default_validity_days, daysHint)}
          />
        </Field>
        <Field
          id="default_deposit_percent"
          label="Default deposit (%)"
          optional
          hint={depositHint}
          error={errors.default_deposit_percent}
        >
          <Input
            id="default_deposit_percent"
            type="number"
            inputMode="decimal"
            min={DEPOSIT_PERCENT_RANGE.min}
            max={DEPOSIT_PERCENT_RANGE.max}
            step="any"
            value={values.default_deposit_percent}
            onChange={(event) => onChange({ default_deposit_percent: event.target.value })}
            {...describedBy("default_deposit_percent", errors.default_deposit_percent, depositHint)}
          />
        </Field>
      </div>
      <div className="mt-4 flex items-start gap-x-3">
        <Switch
          id="auto_balance_invoice"
          checked={values.auto_balance_invoice}
          onCheckedChange={(checked) => onChange({ auto_balance_invoice: checked })}
          aria-describedby="auto_balance_invoice-hint"
        />
        <div className="flex flex-col">
          <Label htmlFor="auto_balance_invoice" size="small" weight="plus">
            Issue the balance invoice automatically
          </Label>
          <Text id="auto_balance_invoice-hint" size="small" className="text-ui-fg-subtle">
            When a quote is accepted, invoice the rest of the order (total less deposit) at once.
            Otherwise staff issue it from the quote.
          </Text>
        </div>
      </div>
    </SettingsSection>
  )
}
