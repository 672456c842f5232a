import type { AgreementSource } from "../../../../../modules/agreement/build-document"

const DAY_MS = 24 * 60 * 60 * 1000
const SAMPLE_TAX = [{ rate: 8.25, name: "Sales tax" }]

/**
 * A made-up buyer and quote for the template editor's preview: two required
 * lines, one optional line the buyer ticked and one they left out, so the
 * preview shows the items table and totals exactly as a real selection would.
 */
export function sampleAgreementSource(input: {
  template: { name: string; body: string }
  merchant: { name: string }
  currency_code: string
  locale: string
  today: Date
}): AgreementSource {
  return {
    quote: {
      id: "quo_preview",
      number: "Q-1001",
      currency_code: input.currency_code,
      valid_until: new Date(input.today.getTime() + 30 * DAY_MS),
      deposit_percent: 30,
      // Freight and sales tax, so {{quote.shipping}} and {{quote.tax}} preview as real amounts.
      shipping_amount: 95,
      shipping_method_name: "Freight",
      shipping_tax_lines: SAMPLE_TAX,
      items: [
        {
          id: "item_machine",
          title: "Espresso machine, dual boiler",
          quantity: 2,
          unit_price: 1450,
          is_optional: false,
          is_selected: true,
          tax_lines: SAMPLE_TAX,
          position: 0,
        },
        {
          id: "item_installation",
          title: "Installation and barista training",
          description: "On site, half a day",
          quantity: 1,
          unit_price: 380,
          is_optional: false,
          is_selected: true,
          tax_lines: SAMPLE_TAX,
          position: 1,
        },
        {
          id: "item_service",
          title: "Two-year service plan",
          quantity: 1,
          unit_price: 240,
          is_optional: true,
          is_selected: true,
          tax_lines: SAMPLE_TAX,
          position: 2,
        },
        {
          id: "item_grinder",
          title: "Matching grinder",
          quantity: 1,
          unit_price: 690,
          is_optional: true,
          is_selected: false,
          tax_lines: SAMPLE_TAX,
          position: 3,
        },
      ],
    },
    selected_item_ids: ["item_service"],
    customer: {
      first_name: "Jane",
      last_name: "Doe",
      email: "jane.doe@example.com",
      company_name: "Acme Coffee Ltd",
    },
    merchant: input.merchant,
    template: { id: "agrtpl_preview", version: 1, ...input.template },
    consent_text: "",
    locale: input.locale,
    today: input.today,
  }
}
