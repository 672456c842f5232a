import { Table, Text } from "@medusajs/ui"
import type { AgreementBlock } from "../../hooks/agreement-templates"

/** The rendered agreement, block by block; React escapes every value. */
export const AgreementPreviewBlocks = ({ blocks }: { blocks: AgreementBlock[] }) => (
  <div className="flex flex-col gap-y-4" data-testid="agreement-preview">
    {blocks.map((block, index) =>
      block.type === "paragraph" ? (
        <Text key={index} size="small" className="text-ui-fg-base whitespace-pre-wrap">
          {block.text}
        </Text>
      ) : (
        <Table key={index}>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Item</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Quantity</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Unit price</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {block.rows.map((row, rowIndex) => (
              <Table.Row key={rowIndex}>
                <Table.Cell>
                  <div className="flex flex-col py-2">
                    <span>{row.title}</span>
                    {row.description && (
                      <span className="text-ui-fg-subtle">{row.description}</span>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell className="text-right">{row.quantity}</Table.Cell>
                <Table.Cell className="text-right">{row.unit_price}</Table.Cell>
                <Table.Cell className="text-right">{row.total}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )
    )}
  </div>
)
