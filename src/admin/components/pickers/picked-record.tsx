import { Button, Text } from "@medusajs/ui"

/** The record a picker holds, with "Change" to search again unless it is locked. */
export const PickedRecord = ({
  label,
  detail,
  locked = false,
  onChange,
}: {
  label: string
  detail?: string
  locked?: boolean
  onChange: () => void
}) => (
  <div className="flex items-center justify-between gap-x-2 rounded-lg border px-3 py-2">
    <div className="flex flex-col">
      <Text size="small" weight="plus">
        {label}
      </Text>
      {detail && (
        <Text size="small" className="text-ui-fg-subtle">
          {detail}
        </Text>
      )}
    </div>
    {!locked && (
      <Button size="small" variant="transparent" type="button" onClick={onChange}>
        Change
      </Button>
    )}
  </div>
)
