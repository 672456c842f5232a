import { Container, Heading, Text } from "@medusajs/ui"
import type { PurchaseOrderDetail } from "../../hooks/purchase-orders"

/**
 * The supplier's change request, while the PO waits for staff to revise or
 * decline it (and the last one afterwards), and the notes sent with the PO.
 */
export const PurchaseOrderNotesSection = ({ po }: { po: PurchaseOrderDetail }) => {
  const pending = po.status === "change_requested"
  return (
    <>
      {po.change_request && (
        <Container
          className="flex flex-col gap-y-2 px-6 py-4"
          aria-label="Change requested by the supplier"
          role="region"
        >
          <Heading level="h2">
            {pending ? "The supplier asks for a change" : "The supplier's last change request"}
          </Heading>
          <Text size="small" className="whitespace-pre-wrap" data-testid="po-change-request">
            {po.change_request}
          </Text>
          {pending && (
            <Text size="small" className="text-ui-fg-subtle">
              Edit the lines and send the revised order, or decline the change: the order then
              stands as sent.
            </Text>
          )}
        </Container>
      )}
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">Notes</Heading>
        <Text size="small" className={po.notes ? "whitespace-pre-wrap" : "text-ui-fg-subtle"}>
          {po.notes || "No notes for the supplier."}
        </Text>
      </Container>
    </>
  )
}
