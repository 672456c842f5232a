import { Alert, Button, Drawer, toast } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react"
import { errorMessage } from "../../lib/errors"

/** What opens and closes a drawer: its parent holds `open`. */
export type DrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * A drawer holding one form: title, the refusal on top, the fields, then
 * Cancel and the submit button. `onOpen` resets the form each time it opens.
 * `onSave` answers the success message (the drawer then closes with it as a
 * toast), null to stay open (the fields show what is wrong), or throws: the
 * server's message is shown on top.
 */
export const FormDrawer = ({
  open,
  onOpenChange,
  onOpen,
  title,
  submitLabel,
  isSaving,
  onSave,
  children,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  onOpen: () => void
  title: string
  submitLabel: string
  isSaving: boolean
  onSave: () => Promise<string | null>
  children: ReactNode
}) => {
  const [refusal, setRefusal] = useState<string | null>(null)
  const reset = useRef(onOpen)
  reset.current = onOpen
  // The parent opens it by its `open` prop, which Radix does not report back.
  useEffect(() => {
    if (!open) return
    setRefusal(null)
    reset.current()
  }, [open])

  const submit = async () => {
    setRefusal(null)
    try {
      const saved = await onSave()
      if (saved === null) return
      toast.success(saved)
      onOpenChange(false)
    } catch (error) {
      setRefusal(errorMessage(error))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form
          noValidate
          className="flex h-full flex-col"
          onSubmit={(event: FormEvent) => {
            event.preventDefault()
            void submit()
          }}
        >
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            {refusal && (
              <Alert variant="error" dismissible={false}>
                {refusal}
              </Alert>
            )}
            {children}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isSaving}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
