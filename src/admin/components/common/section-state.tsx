import { Button, clx, Skeleton, Text } from "@medusajs/ui"
import { errorMessage } from "../../lib/errors"

/** A section's rows while they load. */
export const SectionLoading = ({ rows = 2 }: { rows?: number }) => (
  <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
    {Array.from({ length: rows }, (_, index) => (
      <Skeleton key={index} className="h-5 w-full" />
    ))}
  </div>
)

/**
 * What a section or list could not load, with Try again: "The quotes could
 * not be loaded: <the server's message>". `centered` for a whole list page.
 */
export const SectionError = ({
  what,
  error,
  onRetry,
  centered = false,
}: {
  /** "The quotes", "The contacts". */
  what: string
  error: unknown
  onRetry: () => unknown
  centered?: boolean
}) => (
  <div
    className={clx(
      "flex gap-x-2 px-6",
      centered
        ? "flex-col items-center gap-y-3 py-10 text-center"
        : "items-center justify-between py-4"
    )}
  >
    <Text size="small" className="text-ui-fg-error">
      {what} could not be loaded: {errorMessage(error)}
    </Text>
    <Button size="small" variant="secondary" onClick={() => onRetry()}>
      Try again
    </Button>
  </div>
)
