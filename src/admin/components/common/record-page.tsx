import { Container, Skeleton } from "@medusajs/ui"
import type { ReactNode } from "react"
import { LoadError } from "../load-error"

/** A record page's header and first section while they load. */
export const RecordPageSkeleton = () => (
  <div className="flex flex-col gap-y-3" aria-busy="true">
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Skeleton className="h-7 w-48" />
      <Skeleton className="h-5 w-72" />
    </Container>
    <Container className="px-6 py-4">
      <Skeleton className="h-48 w-full" />
    </Container>
  </div>
)

const BODY_HEIGHT = { short: "h-24", tall: "h-48" } as const

/** A one-card record page (a form, a bill) while it loads. */
export const RecordCardSkeleton = ({ body = "tall" }: { body?: keyof typeof BODY_HEIGHT }) => (
  <Container className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
    <Skeleton className="h-7 w-48" />
    <Skeleton className={`${BODY_HEIGHT[body]} w-full`} />
  </Container>
)

type RecordQuery<T> =
  | { isPending: true; isError: false; data: undefined; error: unknown; refetch: () => unknown }
  | { isPending: false; isError: true; data: T | undefined; error: unknown; refetch: () => unknown }
  | { isPending: false; isError: false; data: T; error: unknown; refetch: () => unknown }

/**
 * The frame of a record's page: a skeleton while it loads, "not found" or the
 * server's message with Try again when it cannot, else the record's page.
 */
export function RecordPage<T>({
  query,
  loading = <RecordPageSkeleton />,
  thing,
  notFoundHeading,
  back,
  children,
}: {
  query: RecordQuery<T>
  loading?: ReactNode
  /** "purchase order": what could not be loaded. */
  thing: string
  notFoundHeading: string
  back: { to: string; label: string }
  children: (record: T) => ReactNode
}) {
  if (query.isPending) return <>{loading}</>
  if (query.isError) {
    return (
      <LoadError
        error={query.error}
        thing={thing}
        notFoundHeading={notFoundHeading}
        back={back}
        onRetry={() => query.refetch()}
      />
    )
  }
  return <>{children(query.data)}</>
}

const SIDE_WIDTH = { 400: "xl:max-w-[400px]", 440: "xl:max-w-[440px]" } as const

/** A record page's two columns: the main sections, and a narrower side column on wide screens. */
export const TwoColumns = ({
  main,
  side,
  sideWidth = 400,
}: {
  main: ReactNode
  side: ReactNode
  sideWidth?: keyof typeof SIDE_WIDTH
}) => (
  <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
    <div className="flex w-full flex-col gap-y-3">{main}</div>
    <div className={`flex w-full flex-col gap-y-3 ${SIDE_WIDTH[sideWidth]}`}>{side}</div>
  </div>
)
