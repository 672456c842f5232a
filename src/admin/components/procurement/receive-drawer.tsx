import { Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { lineRemainder } from "../../../shared/procurement"
import { type PurchaseOrderDetail, useReceivePurchaseOrder } from "../../hooks/purchase-orders"
import { FieldError } from "../common/field-error"
import { type DrawerProps, FormDrawer } from "../common/form-drawer"
import { lineTitle } from "./purchase-order-form-model"

/**
 * Goods arrived: a quantity per line still to come, each defaulting to what
 * remains. The server adds them to the location's stock and never lets a line
 * receive more than was ordered.
 */
export const ReceiveDrawer = ({
  po,
  open,
  onOpenChange,
}: DrawerProps & { po: PurchaseOrderDetail }) => {
  const receive = useReceivePurchaseOrder(po.id)
  const open_lines = po.lines.filter((line) => lineRemainder(line) > 0)
  const [quantities, setQuantities] = useState<Record<string, string>>({})
  const [problems, setProblems] = useState<Record<string, string>>({})
  const [nothing, setNothing] = useState<string | undefined>()

  const reset = () => {
    setQuantities(
      Object.fromEntries(open_lines.map((line) => [line.id, String(lineRemainder(line))]))
    )
    setProblems({})
    setNothing(undefined)
  }

  const save = async () => {
    const found: Record<string, string> = {}
    const lines: Array<{ line_id: string; quantity: number }> = []
    for (const line of open_lines) {
      const text = (quantities[line.id] ?? "").trim() || "0"
      const quantity = /^\d+$/.test(text) ? Number(text) : NaN
      if (!(quantity >= 0 && quantity <= lineRemainder(line))) {
        found[line.id] = `A whole number from 0 to ${lineRemainder(line)}`
      } else if (quantity > 0) {
        lines.push({ line_id: line.id, quantity })
      }
    }
    setProblems(found)
    setNothing(!Object.keys(found).length && !lines.length ? "Enter what arrived" : undefined)
    if (Object.keys(found).length || !lines.length) return null
    const { purchase_order } = await receive.mutateAsync(lines)
    const units = lines.reduce((sum, line) => sum + line.quantity, 0)
    return `Received ${units} ${units === 1 ? "unit" : "units"} on ${purchase_order.number}`
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      onOpen={reset}
      title={`Receive ${po.number}`}
      submitLabel="Receive"
      isSaving={receive.isPending}
      onSave={save}
    >
      <Text size="small" className="text-ui-fg-subtle">
        The quantities are added to the stock at {po.stock_location?.name ?? "the location"}. Leave
        0 for what did not arrive.
      </Text>
      <FieldError id="receive-nothing" text={nothing} />
      {open_lines.map((line) => {
        const id = `receive-${line.id}`
        return (
          <div key={line.id} className="flex items-end justify-between gap-x-3">
            <div className="flex flex-1 flex-col">
              <Label htmlFor={id} size="small" weight="plus">
                {lineTitle(line)}
              </Label>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {line.sku ? `SKU ${line.sku} · ` : ""}
                {line.received_quantity} of {line.quantity} received, {lineRemainder(line)} to come
              </Text>
              <FieldError id={`${id}-error`} text={problems[line.id]} size="xsmall" />
            </div>
            <Input
              id={id}
              className="w-24"
              size="small"
              type="number"
              min={0}
              max={lineRemainder(line)}
              step={1}
              value={quantities[line.id] ?? ""}
              aria-invalid={!!problems[line.id]}
              aria-describedby={problems[line.id] ? `${id}-error` : undefined}
              onChange={(event) =>
                setQuantities((current) => ({ ...current, [line.id]: event.target.value }))
              }
            />
          </div>
        )
      })}
    </FormDrawer>
  )
}
