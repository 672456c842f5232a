import { Checkbox, Input, Label, Switch, Text } from "@medusajs/ui"
import { useState } from "react"
import type { Company, CompanyInput } from "../../hooks/companies"
import { FieldError } from "../common/field-error"
import { FormDrawer } from "../common/form-drawer"
import { LanguageField } from "../common/language-select"

type Draft = {
  name: string
  allow_portal: boolean
  is_customer: boolean
  is_supplier: boolean
  discount_percent: string
  language: string | null
}

type Problems = Partial<Record<"name" | "sides" | "discount_percent", string>>

const draftOf = (company?: Company): Draft => ({
  name: company?.name ?? "",
  allow_portal: company?.allow_portal ?? true,
  is_customer: company?.is_customer ?? true,
  is_supplier: company?.is_supplier ?? false,
  discount_percent: company?.discount_percent != null ? String(company.discount_percent) : "",
  language: company?.language ?? null,
})

function validate(draft: Draft): Problems {
  const problems: Problems = {}
  if (!draft.name.trim()) problems.name = "Give the company a name"
  if (!draft.is_customer && !draft.is_supplier) {
    problems.sides = "A company buys, supplies or both: tick at least one"
  }
  const discount = Number(draft.discount_percent.replace(",", "."))
  if (draft.discount_percent.trim() && !(discount >= 0 && discount <= 100)) {
    problems.discount_percent = "0 to 100, or leave empty"
  }
  return problems
}

const inputOf = (draft: Draft): CompanyInput => ({
  name: draft.name.trim(),
  allow_portal: draft.allow_portal,
  is_customer: draft.is_customer,
  is_supplier: draft.is_supplier,
  discount_percent: draft.discount_percent.trim()
    ? Number(draft.discount_percent.replace(",", "."))
    : null,
  language: draft.language,
})

/**
 * Creates or edits a company in a drawer: name, portal access, buyer and/or
 * supplier, discount, language. The server's refusal (a taken name: 409) is shown in it.
 */
export const CompanyFormDrawer = ({
  open,
  onOpenChange,
  company,
  isSaving,
  onSave,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Set when editing. */
  company?: Company
  isSaving: boolean
  onSave: (input: CompanyInput) => Promise<unknown>
}) => {
  const [draft, setDraft] = useState(() => draftOf(company))
  const [attempted, setAttempted] = useState(false)
  const problems = attempted ? validate(draft) : {}
  const update = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }))

  const save = async () => {
    setAttempted(true)
    if (Object.keys(validate(draft)).length) return null
    await onSave(inputOf(draft))
    return company ? "Company saved" : `Created ${draft.name.trim()}`
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      onOpen={() => {
        setDraft(draftOf(company))
        setAttempted(false)
      }}
      title={company ? `Edit ${company.name}` : "Create company"}
      submitLabel={company ? "Save" : "Create"}
      isSaving={isSaving}
      onSave={save}
    >
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="company-name" size="small" weight="plus">
          Name
        </Label>
        <Input
          id="company-name"
          value={draft.name}
          aria-invalid={!!problems.name}
          aria-describedby={problems.name ? "company-name-error" : "company-name-hint"}
          onChange={(event) => update({ name: event.target.value })}
        />
        <Text size="small" className="text-ui-fg-subtle" id="company-name-hint">
          Its Medusa customer group carries the same name.
        </Text>
        <FieldError id="company-name-error" text={problems.name} />
      </div>
      <div className="flex items-start gap-x-3">
        <Switch
          id="company-allow-portal"
          checked={draft.allow_portal}
          onCheckedChange={(allow_portal) => update({ allow_portal })}
        />
        <div className="flex flex-col">
          <Label htmlFor="company-allow-portal" size="small" weight="plus">
            Portal access
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            Its contacts can be invited and log in to the portal.
          </Text>
        </div>
      </div>
      <fieldset className="flex flex-col gap-y-2" aria-describedby="company-sides-error">
        <legend className="txt-compact-small-plus mb-1">The company…</legend>
        <div className="flex items-center gap-x-2">
          <Checkbox
            id="company-is-customer"
            checked={draft.is_customer}
            onCheckedChange={(checked) => update({ is_customer: checked === true })}
          />
          <Label htmlFor="company-is-customer" size="small">
            Buys from you (buyer)
          </Label>
        </div>
        <div className="flex items-center gap-x-2">
          <Checkbox
            id="company-is-supplier"
            checked={draft.is_supplier}
            onCheckedChange={(checked) => update({ is_supplier: checked === true })}
          />
          <Label htmlFor="company-is-supplier" size="small">
            Supplies you (supplier)
          </Label>
        </div>
        <FieldError id="company-sides-error" text={problems.sides} />
      </fieldset>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="company-discount" size="small" weight="plus">
          Discount (%)
        </Label>
        <Input
          id="company-discount"
          type="number"
          min={0}
          max={100}
          step="any"
          value={draft.discount_percent}
          placeholder="None"
          aria-invalid={!!problems.discount_percent}
          aria-describedby={problems.discount_percent ? "company-discount-error" : undefined}
          onChange={(event) => update({ discount_percent: event.target.value })}
        />
        <FieldError id="company-discount-error" text={problems.discount_percent} />
      </div>
      <LanguageField
        id="company-language"
        value={draft.language}
        onChange={(language) => update({ language })}
        noneLabel="Not set"
        hint="Its contacts get the portal, emails and papers in it until they choose their own."
      />
    </FormDrawer>
  )
}
