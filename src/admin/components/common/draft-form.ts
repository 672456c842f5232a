/** What a page gives the form that edits a draft (a quote, a purchase order). */
export type DraftFormProps<Draft> = {
  initial: Draft
  mode: "create" | "edit"
  submitLabel: string
  isSubmitting: boolean
  /** The server's answer when it refused the last save (e.g. a 400 message). */
  serverError: string | null
  onSubmit: (draft: Draft) => Promise<void>
  onCancel: () => void
}
