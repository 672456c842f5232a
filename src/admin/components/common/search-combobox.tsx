import { MagnifyingGlass } from "@medusajs/icons"
import { clx, Input, Text } from "@medusajs/ui"
import { type KeyboardEvent, type ReactNode, useEffect, useId, useState } from "react"

export type ComboboxOption<T> = { id: string; label: string; detail?: ReactNode; value: T }

type SearchComboboxProps<T> = {
  id?: string
  /** The text typed so far; the parent searches with it. */
  search: string
  onSearchChange: (value: string) => void
  options: ComboboxOption<T>[]
  onSelect: (option: ComboboxOption<T>) => void
  isLoading?: boolean
  error?: string | null
  placeholder?: string
  emptyText?: string
  "aria-label"?: string
  "aria-invalid"?: boolean
}

/**
 * A search box with a list of results under it: arrow keys move, Enter picks,
 * Escape closes. The parent owns the search (usually a debounced API query).
 */
export function SearchCombobox<T>({
  id,
  search,
  onSearchChange,
  options,
  onSelect,
  isLoading,
  error,
  placeholder,
  emptyText = "Nothing found",
  ...aria
}: SearchComboboxProps<T>) {
  const listId = useId()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)

  useEffect(() => setActive(0), [options])

  const pick = (option: ComboboxOption<T> | undefined) => {
    if (!option) return
    onSelect(option)
    setOpen(false)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault()
      setOpen(true)
      setActive((index) => Math.min(index + 1, options.length - 1))
    } else if (event.key === "ArrowUp") {
      event.preventDefault()
      setActive((index) => Math.max(index - 1, 0))
    } else if (event.key === "Enter" && open) {
      event.preventDefault()
      pick(options[active])
    } else if (event.key === "Escape") {
      setOpen(false)
    }
  }

  return (
    <div className="relative">
      <Input
        id={id}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        aria-label={aria["aria-label"]}
        aria-invalid={aria["aria-invalid"]}
        autoComplete="off"
        placeholder={placeholder}
        value={search}
        onChange={(event) => {
          onSearchChange(event.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        // Let a click on an option land before the list closes.
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <div
          id={listId}
          role="listbox"
          className="bg-ui-bg-base shadow-elevation-flyout absolute z-50 mt-1 max-h-72 w-full overflow-y-auto rounded-lg p-1"
        >
          {error ? (
            <Text size="small" className="text-ui-fg-error px-2 py-1.5">
              {error}
            </Text>
          ) : isLoading && !options.length ? (
            <Text size="small" className="text-ui-fg-muted flex items-center gap-x-2 px-2 py-1.5">
              <MagnifyingGlass /> Searching…
            </Text>
          ) : !options.length ? (
            <Text size="small" className="text-ui-fg-muted px-2 py-1.5">
              {emptyText}
            </Text>
          ) : (
            options.map((option, index) => (
              <div
                key={option.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={clx(
                  "txt-compact-small flex cursor-pointer flex-col rounded-md px-2 py-1.5",
                  index === active && "bg-ui-bg-base-hover"
                )}
                onMouseEnter={() => setActive(index)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(option)}
              >
                <span className="text-ui-fg-base">{option.label}</span>
                {option.detail && <span className="text-ui-fg-subtle">{option.detail}</span>}
              </div>
            ))
          )}
        </div>
      )}
    </div>
  )
}
