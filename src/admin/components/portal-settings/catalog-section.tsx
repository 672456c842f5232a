import { Input, Select, Text } from "@medusajs/ui"
import {
  DISCOUNT_PERCENT_RANGE,
  LOW_STOCK_THRESHOLD_RANGE,
  type StockDisplay,
} from "../../../shared/portal-settings"
import type { PortalChannel } from "../../hooks/portal-settings"
import { describedBy, Field } from "./field"
import type { SectionProps } from "./section-props"
import { withOrderingRule } from "./settings-form"
import { SettingsSection } from "./settings-section"
import { Toggle } from "./toggle"

const STOCK_OPTIONS: Record<StockDisplay, string> = {
  off: "Don't show stock",
  number: "Show the quantity available",
  indication: "Show in stock / low / out of stock",
}

/** What the portal's catalog shows (stock, prices) and what members may do with a cart. */
export function CatalogSection({
  values,
  errors,
  onChange,
  channel,
}: SectionProps & { channel: PortalChannel }) {
  const change = (changes: Parameters<typeof onChange>[0]) =>
    onChange(withOrderingRule(values, changes))
  const thresholdHint = `Indication shows "low" at or below this many units (${LOW_STOCK_THRESHOLD_RANGE.min}–${LOW_STOCK_THRESHOLD_RANGE.max}).`
  const discountHint =
    "A discount for every company with portal access, on top of each company's own. Medusa applies it as an automatic promotion (PORTAL-DISCOUNT) to portal carts, quotes and orders."
  return (
    <SettingsSection
      title="Catalog, prices and ordering"
      description={`The portal shows the products of the "${channel.sales_channel.name}" sales channel. Add products to it from the product's Sales channels.`}
    >
      <Text size="small" className="text-ui-fg-subtle">
        Publishable key of the portal:{" "}
        <code className="break-all">{channel.publishable_key.token}</code>
      </Text>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field id="stock_display" label="Stock">
          <Select
            value={values.stock_display}
            onValueChange={(next) => next && change({ stock_display: next as StockDisplay })}
          >
            <Select.Trigger id="stock_display">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {(Object.keys(STOCK_OPTIONS) as StockDisplay[]).map((option) => (
                <Select.Item key={option} value={option}>
                  {STOCK_OPTIONS[option]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field
          id="low_stock_threshold"
          label="Low stock at"
          hint={thresholdHint}
          error={errors.low_stock_threshold}
        >
          <Input
            id="low_stock_threshold"
            type="number"
            inputMode="numeric"
            min={LOW_STOCK_THRESHOLD_RANGE.min}
            step={1}
            value={values.low_stock_threshold}
            onChange={(event) => change({ low_stock_threshold: event.target.value })}
            {...describedBy("low_stock_threshold", errors.low_stock_threshold, thresholdHint)}
          />
        </Field>
        <Field
          id="portal_discount_percent"
          label="Portal discount (%)"
          hint={discountHint}
          error={errors.portal_discount_percent}
        >
          <Input
            id="portal_discount_percent"
            type="number"
            inputMode="decimal"
            min={DISCOUNT_PERCENT_RANGE.min}
            max={DISCOUNT_PERCENT_RANGE.max}
            step="any"
            value={values.portal_discount_percent}
            onChange={(event) => change({ portal_discount_percent: event.target.value })}
            {...describedBy(
              "portal_discount_percent",
              errors.portal_discount_percent,
              discountHint
            )}
          />
        </Field>
      </div>
      <Toggle
        id="show_incoming"
        label="Show incoming stock"
        hint="Show the quantity on its way from purchase orders sent to suppliers, and when it is expected, next to the stock."
        checked={values.show_incoming}
        disabled={values.stock_display === "off"}
        onChange={(show_incoming) => change({ show_incoming })}
      />
      <Toggle
        id="hide_prices"
        label="Hide prices"
        hint="Members see “price on request” instead of prices. Placing orders turns off: nobody pays an amount they cannot see."
        checked={values.hide_prices}
        onChange={(hide_prices) => change({ hide_prices })}
      />
      <Toggle
        id="allow_quote_requests"
        label="Allow quote requests"
        hint="Members whose teams allow it send their cart as a request for a quote, which you price and send."
        checked={values.allow_quote_requests}
        onChange={(allow_quote_requests) => change({ allow_quote_requests })}
      />
      <Toggle
        id="allow_place_order"
        label="Allow placing orders"
        hint={
          values.hide_prices
            ? "Off while prices are hidden."
            : "Members whose teams allow placing orders check out their cart with the shipping options and payment providers of your region."
        }
        checked={values.allow_place_order && !values.hide_prices}
        disabled={values.hide_prices}
        onChange={(allow_place_order) => change({ allow_place_order })}
      />
    </SettingsSection>
  )
}
