import {
  Alert,
  Button,
  Container,
  Heading,
  Label,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { type FormEvent, type ReactNode, useEffect, useMemo, useState } from "react"
import type { DraftFormProps } from "../common/draft-form"
import { VariantCombobox } from "../common/variant-combobox"
import { FieldError } from "../common/field-error"
import { formatMoney } from "../../lib/format"
import {
  addVariantLine,
  draftTotal,
  hasProblems,
  lineTitle,
  type PurchaseOrderDraft,
  validatePurchaseOrderDraft,
} from "./purchase-order-form-model"
import { PurchaseOrderLineEditor } from "./purchase-order-line-editor"
import { SupplierCombobox } from "./supplier-combobox"
import { usePurchasableVariantSearch } from "../../hooks/variants"
import { useStockLocations } from "../../hooks/stock-locations"
import { useStoreCurrencies } from "../../hooks/stores"

const Field = ({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: string
  hint?: string
  error?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint && !error && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
    <FieldError id={`${id}-error`} text={error} />
  </div>
)

const VariantPicker = ({
  onPick,
}: {
  onPick: (variant: Parameters<typeof addVariantLine>[1]) => void
}) => {
  const [search, setSearch] = useState("")
  const variants = usePurchasableVariantSearch(search)
  // Only variants whose stock Medusa manages can be received into a location.
  const managed = (variants.data ?? []).filter((variant) => variant.manage_inventory)
  return (
    <VariantCombobox
      id="po-variant"
      search={search}
      onSearchChange={setSearch}
      variants={managed}
      isFetching={variants.isFetching}
      isError={variants.isError}
      emptyText="No product with managed inventory matches"
      onPick={onPick}
    />
  )
}

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
          <Field id="po-supplier" label="Supplier" error={shown.supplier}>
            {draft.supplier ? (
              <div className="flex items-center justify-between rounded-lg border px-3 py-2">
                <Text size="small" weight="plus">
                  {draft.supplier.name}
                </Text>
                <Button
                  size="small"
                  variant="transparent"
                  type="button"
                  onClick={() => set({ supplier: null })}
                >
                  Change
                </Button>
              </div>
            ) : (
              <SupplierCombobox
                id="po-supplier"
                invalid={!!shown.supplier}
                onSelect={(supplier) => set({ supplier })}
              />
            )}
          </Field>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <Field
              id="po-location"
              label="Ship to"
              hint="The stock location that receives the goods; its incoming stock counts them."
              error={
                shown.stock_location_id ??
                (locations.isError ? "Locations could not be loaded" : undefined)
              }
            >
              <Select
                value={draft.stock_location_id}
                onValueChange={(value) => value && set({ stock_location_id: value })}
              >
                <Select.Trigger id="po-location" aria-invalid={!!shown.stock_location_id}>
                  <Select.Value
                    placeholder={locations.isPending ? "Loading locations…" : "Choose a location"}
                  />
                </Select.Trigger>
                <Select.Content>
                  {(locations.data ?? []).map((location) => (
                    <Select.Item key={location.id} value={location.id}>
                      {location.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            <Field
              id="po-currency"
              label="Currency"
              hint="One of the store's currencies; the supplier bills in it."
              error={
                shown.currency_code ??
                (currencies.isError ? "Currencies could not be loaded" : undefined)
              }
            >
              <Select
                value={draft.currency_code}
                onValueChange={(value) => value && set({ currency_code: value })}
              >
                <Select.Trigger id="po-currency" aria-invalid={!!shown.currency_code}>
                  <Select.Value
                    placeholder={currencies.isPending ? "Loading currencies…" : "Choose a currency"}
                  />
                </Select.Trigger>
                <Select.Content>
                  {(currencies.data ?? []).map((currency) => (
                    <Select.Item key={currency.currency_code} value={currency.currency_code}>
                      {currency.currency_code.toUpperCase()}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
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
        <VariantPicker
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
        <Field id="po-notes" label="Notes for the supplier" hint="Printed on the purchase order.">
          <Textarea
            id="po-notes"
            rows={3}
            value={draft.notes}
            onChange={(event) => set({ notes: event.target.value })}
          />
        </Field>
        <div className="flex justify-end gap-x-2">
          <Button size="small" variant="secondary" type="button" onClick={onCancel}>
            Cancel
          </Button>
          <Button size="small" type="submit" isLoading={isSubmitting}>
            {submitLabel}
          </Button>
        </div>
      </Container>
    </form>
  )
}
