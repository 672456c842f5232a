import { Alert, Container, Heading, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useEffect, useMemo, useState } from "react"
import { useStockLocations } from "../../hooks/stock-locations"
import { useStoreCurrencies } from "../../hooks/stores"
import { formatMoney } from "../../lib/format"
import type { DraftFormProps } from "../common/draft-form"
import { FieldError } from "../common/field-error"
import { FormActions } from "../common/form-actions"
import { FormField } from "../common/form-field"
import { RecordSelect } from "../pickers/record-select"
import { SupplierPicker } from "../pickers/supplier-picker"
import { StockedVariantPicker } from "../pickers/variant-pickers"
import {
  addVariantLine,
  draftTotal,
  hasProblems,
  lineTitle,
  type PurchaseOrderDraft,
  validatePurchaseOrderDraft,
} from "./purchase-order-form-model"
import { PurchaseOrderLineEditor } from "./purchase-order-line-editor"

/**
 * The purchase order editor. On creation: the supplier company, the stock
 * location the goods go to, the currency; always: the lines (catalog variants
 * with managed inventory, quantity and unit cost) and notes for the supplier.
 * An edit replaces all lines, and only the lines and notes can change.
 */
export const PurchaseOrderForm = ({
  initial,
  mode,
  submitLabel,
  isSubmitting,
  serverError,
  onSubmit,
  onCancel,
}: DraftFormProps<PurchaseOrderDraft>) => {
  const [draft, setDraft] = useState(initial)
  const [attempted, setAttempted] = useState(false)
  const locations = useStockLocations()
  const currencies = useStoreCurrencies()
  const problems = useMemo(() => validatePurchaseOrderDraft(draft, mode), [draft, mode])
  const shown = attempted ? problems : { line: {} as typeof problems.line }
  const set = (changes: Partial<PurchaseOrderDraft>) => setDraft((d) => ({ ...d, ...changes }))

  // On creation, the store's default currency and, when there is only one, the location.
  const defaultCurrency = currencies.data?.[0]?.currency_code
  const onlyLocation = locations.data?.length === 1 ? locations.data[0].id : undefined
  useEffect(() => {
    if (mode !== "create") return
    setDraft((d) => ({
      ...d,
      currency_code: d.currency_code || defaultCurrency || "",
      stock_location_id: d.stock_location_id || onlyLocation || "",
    }))
  }, [mode, defaultCurrency, onlyLocation])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setAttempted(true)
    if (hasProblems(problems)) return
    await onSubmit(draft)
  }

  const creating = mode === "create"
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-y-3">
      {serverError && (
        <Alert variant="error" dismissible={false}>
          {serverError}
        </Alert>
      )}
      {creating && (
        <Container className="flex flex-col gap-y-4 px-6 py-4">
          <Heading level="h2">Supplier and delivery</Heading>
          <FormField id="po-supplier" label="Supplier" error={shown.supplier}>
            <SupplierPicker
              id="po-supplier"
              supplier={draft.supplier}
              invalid={!!shown.supplier}
              onChange={(supplier) => set({ supplier })}
            />
          </FormField>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <FormField
              id="po-location"
              label="Ship to"
              hint="The stock location that receives the goods; its incoming stock counts them."
              error={
                shown.stock_location_id ??
                (locations.isError ? "Locations could not be loaded" : undefined)
              }
            >
              <RecordSelect
                id="po-location"
                value={draft.stock_location_id}
                options={(locations.data ?? []).map((location) => ({
                  value: location.id,
                  label: location.name,
                }))}
                isPending={locations.isPending}
                loadingText="Loading locations…"
                placeholder="Choose a location"
                invalid={!!shown.stock_location_id}
                onChange={(stock_location_id) => set({ stock_location_id })}
              />
            </FormField>
            <FormField
              id="po-currency"
              label="Currency"
              hint="One of the store's currencies; the supplier bills in it."
              error={
                shown.currency_code ??
                (currencies.isError ? "Currencies could not be loaded" : undefined)
              }
            >
              <RecordSelect
                id="po-currency"
                value={draft.currency_code}
                options={(currencies.data ?? []).map(({ currency_code }) => ({
                  value: currency_code,
                  label: currency_code.toUpperCase(),
                }))}
                isPending={currencies.isPending}
                loadingText="Loading currencies…"
                placeholder="Choose a currency"
                invalid={!!shown.currency_code}
                onChange={(currency_code) => set({ currency_code })}
              />
            </FormField>
          </div>
        </Container>
      )}
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex items-center justify-between">
          <Heading level="h2">Lines</Heading>
          <Text size="small" weight="plus" data-testid="po-form-total">
            Total {formatMoney(draftTotal(draft), draft.currency_code || "usd")}
          </Text>
        </div>
        <StockedVariantPicker
          id="po-variant"
          onPick={(variant) => {
            const next = addVariantLine(draft, variant)
            if (next === draft)
              toast.info(
                `${lineTitle({ product_title: variant.product_title, variant_title: variant.title })} is on the order already`
              )
            setDraft(next)
          }}
        />
        {shown.lines && <FieldError id="po-lines-error" text={shown.lines} />}
        {draft.lines.map((line, index) => (
          <PurchaseOrderLineEditor
            key={line.key}
            line={line}
            index={index}
            currencyCode={draft.currency_code}
            problems={shown.line[line.key]}
            onChange={(changed) =>
              set({ lines: draft.lines.map((l) => (l.key === line.key ? changed : l)) })
            }
            onRemove={() => set({ lines: draft.lines.filter((l) => l.key !== line.key) })}
          />
        ))}
      </Container>
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <FormField
          id="po-notes"
          label="Notes for the supplier"
          hint="Printed on the purchase order."
        >
          <Textarea
            id="po-notes"
            rows={3}
            value={draft.notes}
            onChange={(event) => set({ notes: event.target.value })}
          />
        </FormField>
        <FormActions submitLabel={submitLabel} isSubmitting={isSubmitting} onCancel={onCancel} />
      </Container>
    </form>
  )
}
