import { Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { FieldError } from "../common/field-error"
import { FormDrawer } from "../common/form-drawer"

/** Names a new team, or renames a custom one; the server's refusal is shown in the drawer. */
export const TeamNameDrawer = ({
  open,
  onOpenChange,
  title,
  initialName = "",
  submitLabel,
  isSaving,
  onSave,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  initialName?: string
  submitLabel: string
  isSaving: boolean
  onSave: (name: string) => Promise<unknown>
}) => {
  const [name, setName] = useState(initialName)
  const [problem, setProblem] = useState<string | null>(null)

  const save = async () => {
    setProblem(name.trim() ? null : "Give the team a name")
    if (!name.trim()) return null
    await onSave(name.trim())
    return `Saved team ${name.trim()}`
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      onOpen={() => {
        setName(initialName)
        setProblem(null)
      }}
      title={title}
      submitLabel={submitLabel}
      isSaving={isSaving}
      onSave={save}
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="team-name" size="small" weight="plus">
          Team name
        </Label>
        <Input
          id="team-name"
          value={name}
          aria-invalid={!!problem}
          aria-describedby={problem ? "team-name-error" : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <FieldError id="team-name-error" text={problem ?? undefined} />
        <Text size="small" className="text-ui-fg-subtle">
          Tick the team&apos;s permissions in the matrix afterwards.
        </Text>
      </div>
    </FormDrawer>
  )
}
