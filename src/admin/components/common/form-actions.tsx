import { Button } from "@medusajs/ui"
import type { DraftFormProps } from "./draft-form"

/** A draft form's Cancel and submit buttons (the quote and purchase-order forms). */
export const FormActions = ({
  submitLabel,
  isSubmitting,
  onCancel,
}: Pick<DraftFormProps<unknown>, "submitLabel" | "isSubmitting" | "onCancel">) => (
  <div className="flex justify-end gap-x-2">
    <Button size="small" variant="secondary" type="button" onClick={onCancel}>
      Cancel
    </Button>
    <Button size="small" type="submit" isLoading={isSubmitting}>
      {submitLabel}
    </Button>
  </div>
)
