import { Button, Text } from "@medusajs/ui"

type SectionPagerProps = {
  offset: number
  pageSize: number
  count: number
  onOffsetChange: (offset: number) => void
}

/** "1–10 of 24" with Previous and Next, under a record page's list section; none for one page. */
export function SectionPager({ offset, pageSize, count, onOffsetChange }: SectionPagerProps) {
  if (count <= pageSize) return null
  return (
    <div className="flex items-center justify-between px-6 py-3">
      <Text size="small" className="text-ui-fg-subtle">
        {offset + 1}–{Math.min(offset + pageSize, count)} of {count}
      </Text>
      <div className="flex gap-x-2">
        <Button
          size="small"
          variant="secondary"
          disabled={offset === 0}
          onClick={() => onOffsetChange(Math.max(0, offset - pageSize))}
        >
          Previous
        </Button>
        <Button
          size="small"
          variant="secondary"
          disabled={offset + pageSize >= count}
          onClick={() => onOffsetChange(offset + pageSize)}
        >
          Next
        </Button>
      </div>
    </div>
  )
}
