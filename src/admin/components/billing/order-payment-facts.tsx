import { Badge, Text } from "@medusajs/ui"
import { useOrderPayment } from "../../hooks/orders"
import { errorMessage } from "../../lib/errors"
import { formatMoney } from "../../lib/format"

const STATUS_LABEL: Record<string, string> = {
  not_paid: "Not paid",
  awaiting: "Awaiting",
  authorized: "Authorized",
  partially_authorized: "Partially authorized",
  captured: "Paid",
  partially_captured: "Partially paid",
  partially_refunded: "Partially refunded",
  refunded: "Refunded",
  canceled: "Canceled",
  requires_action: "Requires action",
}

const STATUS_COLOR: Record<string, "green" | "orange" | "grey" | "red"> = {
  captured: "green",
  partially_captured: "orange",
  not_paid: "grey",
  requires_action: "red",
}

const Amount = ({ label, value }: { label: string; value: string }) => (
  <>
    <dt>
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
    </dt>
    <dd>
      <Text size="small" weight="plus">
        {value}
      </Text>
    </dd>
  </>
)

/** Paid and outstanding on an order, as Medusa's own order page reads them. */
export const OrderPaymentFacts = ({ orderId }: { orderId: string }) => {
  const payment = useOrderPayment(orderId)
  if (payment.isPending) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        Loading payments…
      </Text>
    )
  }
  if (payment.isError) {
    return (
      <Text size="small" className="text-ui-fg-error">
        The order's payments could not be loaded: {errorMessage(payment.error)}
      </Text>
    )
  }
  const { payment_status, paid_total, outstanding, currency_code } = payment.data
  return (
    <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-1" aria-label="Payments">
      <dt>
        <Text size="small" className="text-ui-fg-subtle">
          Payment
        </Text>
      </dt>
      <dd>
        <Badge size="2xsmall" color={STATUS_COLOR[payment_status] ?? "grey"}>
          {STATUS_LABEL[payment_status] ?? payment_status}
        </Badge>
      </dd>
      <Amount label="Paid" value={formatMoney(paid_total, currency_code)} />
      <Amount label="Outstanding" value={formatMoney(outstanding, currency_code)} />
    </dl>
  )
}

/** The quote header's money fact: the deposit asked for until accepted, then paid and outstanding. */
export const PaidOutstandingFact = ({ orderId }: { orderId: string }) => {
  const payment = useOrderPayment(orderId)
  const value = payment.data
    ? `${formatMoney(payment.data.paid_total, payment.data.currency_code)} paid · ${formatMoney(
        payment.data.outstanding,
        payment.data.currency_code
      )} due`
    : payment.isError
      ? "Unavailable"
      : "…"
  return (
    <div className="flex flex-col">
      <Text size="xsmall" className="text-ui-fg-subtle">
        Paid · outstanding
      </Text>
      <Text size="small" weight="plus">
        {value}
      </Text>
    </div>
  )
}
