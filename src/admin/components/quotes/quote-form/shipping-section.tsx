import { Input, Label, Select, Text } from "@medusajs/ui"
import type { ShippingOptionChoice } from "../../../hooks/shipping-options"
import { formatMoney } from "../../../lib/format"
import { FieldError } from "../../common/field-error"
import { AddressSelect } from "../../pickers/address-select"
import { FormSection, type QuoteSectionProps } from "./form-section"

const NO_SHIPPING = "none"

/** Where the quote ships, by which flat-rate option, and the freight it charges. */
export const ShippingSection = ({
  draft,
  problems,
  update,
  shippingOptions,
  option,
}: QuoteSectionProps & {
  shippingOptions: ShippingOptionChoice[] | undefined
  /** The chosen option, once the options are loaded. */
  option: ShippingOptionChoice | undefined
}) => (
  <FormSection
    title="Shipping"
    description="Tax is computed by Medusa's Tax Module for the shipping address when the quote is saved; the buyer can pick another of their addresses before accepting."
  >
    <div className="flex flex-col gap-y-1">
      <Label htmlFor="quote-shipping-address" size="small" weight="plus">
        Shipping address
      </Label>
      <AddressSelect
        id="quote-shipping-address"
        customerId={draft.customer?.id ?? null}
        value={draft.shipping_address_id}
        onChange={(shipping_address_id) => update({ shipping_address_id })}
      />
    </div>
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="quote-shipping-option" size="small" weight="plus">
          Shipping method
        </Label>
        <Select
          value={draft.shipping_option_id ?? NO_SHIPPING}
          onValueChange={(value) =>
            update({
              shipping_option_id: value === NO_SHIPPING ? null : value,
              // The new option's price applies until staff type freight again.
              shipping_amount: "",
            })
          }
        >
          <Select.Trigger id="quote-shipping-option">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NO_SHIPPING}>No shipping method</Select.Item>
            {(shippingOptions ?? []).map((choice) => (
              <Select.Item key={choice.id} value={choice.id}>
                {choice.name} ·{" "}
                {choice.amount != null
                  ? formatMoney(choice.amount, draft.currency_code)
                  : "no price in this currency: enter the freight"}
              </Select.Item>
            ))}
            {draft.shipping_option_id && shippingOptions && !option && (
              <Select.Item value={draft.shipping_option_id}>
                The shipping method this quote has
              </Select.Item>
            )}
          </Select.Content>
        </Select>
        <Text size="small" className="text-ui-fg-subtle">
          Flat-rate options only: the price must be known when the buyer accepts.
        </Text>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="quote-shipping-amount" size="small" weight="plus">
          Freight ({draft.currency_code.toUpperCase() || "amount"})
        </Label>
        <Input
          id="quote-shipping-amount"
          type="number"
          min={0}
          step="any"
          value={draft.shipping_amount}
          placeholder={
            option?.amount != null ? String(option.amount) : "Leave empty for no freight"
          }
          aria-invalid={!!problems.shipping_amount}
          aria-describedby={
            problems.shipping_amount ? "quote-shipping-amount-error" : "quote-shipping-amount-hint"
          }
          onChange={(event) => update({ shipping_amount: event.target.value })}
        />
        <Text size="small" className="text-ui-fg-subtle" id="quote-shipping-amount-hint">
          {draft.shipping_option_id
            ? "Overrides the method's price for this quote; leave empty to charge it."
            : "Charged as shipping on this quote, without a shipping method."}
        </Text>
        <FieldError id="quote-shipping-amount-error" text={problems.shipping_amount} />
      </div>
    </div>
  </FormSection>
)
