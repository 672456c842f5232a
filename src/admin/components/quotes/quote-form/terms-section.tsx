import { Badge, Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { useAgreementTemplates } from "../../../hooks/agreement-templates"
import { FieldError } from "../../common/field-error"
import { FormField } from "../../common/form-field"
import { StaffPicker } from "../../pickers/staff-picker"
import { LanguageField } from "../../common/language-select"
import { FormSection, type QuoteSectionProps } from "./form-section"
import type { DepositMode } from "./quote-form-model"

const NO_TEMPLATE = "none"

/** Validity, deposit, agreement, the buyer's terms, assigned staff and the internal note. */
export const TermsSection = ({ draft, problems, update }: QuoteSectionProps) => {
  const templates = useAgreementTemplates({ limit: 100, offset: 0 })
  return (
    <FormSection title="Terms">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <FormField id="quote-valid-until" label="Valid until" error={problems.valid_until}>
          <Input
            id="quote-valid-until"
            type="date"
            value={draft.valid_until}
            aria-invalid={!!problems.valid_until}
            aria-describedby={problems.valid_until ? "quote-valid-until-error" : undefined}
            onChange={(event) => update({ valid_until: event.target.value })}
          />
        </FormField>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="quote-deposit-mode" size="small" weight="plus">
            Deposit
          </Label>
          <div className="flex gap-x-2">
            <Select
              value={draft.deposit_mode}
              onValueChange={(value) =>
                update({ deposit_mode: value as DepositMode, deposit_value: "" })
              }
            >
              <Select.Trigger id="quote-deposit-mode" className="w-32 shrink-0">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="none">None</Select.Item>
                <Select.Item value="percent">Percent</Select.Item>
                <Select.Item value="amount">Amount</Select.Item>
              </Select.Content>
            </Select>
            {draft.deposit_mode !== "none" && (
              <Input
                id="quote-deposit-value"
                type="number"
                min={0}
                step="any"
                value={draft.deposit_value}
                aria-invalid={!!problems.deposit}
                aria-describedby={problems.deposit ? "quote-deposit-error" : undefined}
                onChange={(event) => update({ deposit_value: event.target.value })}
              />
            )}
          </div>
          {draft.deposit_mode !== "none" && (
            <Label htmlFor="quote-deposit-value" size="xsmall" className="text-ui-fg-subtle">
              {draft.deposit_mode === "percent"
                ? "Deposit percent (% of the total)"
                : `Deposit amount (${draft.currency_code.toUpperCase()})`}
            </Label>
          )}
          <FieldError id="quote-deposit-error" text={problems.deposit} />
        </div>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="quote-agreement" size="small" weight="plus">
          Agreement
        </Label>
        <Select
          value={draft.agreement_template_id ?? NO_TEMPLATE}
          onValueChange={(value) =>
            update({ agreement_template_id: value === NO_TEMPLATE ? null : value })
          }
        >
          <Select.Trigger id="quote-agreement">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NO_TEMPLATE}>No agreement: the buyer accepts</Select.Item>
            {(templates.data?.agreement_templates ?? []).map((template) => (
              <Select.Item key={template.id} value={template.id}>
                {template.name} (version {template.version})
              </Select.Item>
            ))}
            {draft.agreement_template_id &&
              templates.data &&
              !templates.data.agreement_templates.some(
                (template) => template.id === draft.agreement_template_id
              ) && (
                <Select.Item value={draft.agreement_template_id}>
                  The agreement version this quote has
                </Select.Item>
              )}
          </Select.Content>
        </Select>
        <Text size="small" className="text-ui-fg-subtle">
          With an agreement, the buyer accepts by signing it.
        </Text>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="quote-terms" size="small" weight="plus">
          Terms the buyer reads
        </Label>
        <Textarea
          id="quote-terms"
          rows={3}
          value={draft.terms}
          onChange={(event) => update({ terms: event.target.value })}
        />
      </div>
      <LanguageField
        id="quote-language"
        value={draft.language}
        onChange={(language) => update({ language })}
        noneLabel="The company's (else the store's)"
        hint="The buyer's emails about this quote are written in it."
      />
      <StaffPicker
        selected={draft.assigned_user_ids}
        onChange={(assigned_user_ids) => update({ assigned_user_ids })}
      />
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="quote-note" size="small" weight="plus">
          Internal note <Badge size="2xsmall">Staff only</Badge>
        </Label>
        <Textarea
          id="quote-note"
          rows={2}
          value={draft.internal_note}
          onChange={(event) => update({ internal_note: event.target.value })}
        />
      </div>
    </FormSection>
  )
}
