import type { StorePortalPurchaseOrder } from "@shared/http/purchase-orders"
import { MAX_BILL_NUMBER_LENGTH, MAX_SUPPLIER_BILL_BYTES, typedAmount } from "@shared/procurement"
import { useId, useRef, useState, type FormEvent } from "react"
import { ErrorSummary } from "../../components/ErrorSummary"
import { TextField } from "../../components/TextField"
import { useT } from "../../lib/i18n"
import { useAction } from "../../lib/use-action"
import { supplierBills } from "../../lib/data/supplier-bills"

const MAX_MB = Math.round(MAX_SUPPLIER_BILL_BYTES / (1024 * 1024))

/**
 * Submitting the company's bill for a purchase order: its number, amount, due
 * date and the PDF, as one multipart POST. Checked here for what the contact
 * can fix at once; the server checks it all again (a PDF by its content).
 */
export function BillForm({
  po,
  onSubmitted,
}: {
  po: StorePortalPurchaseOrder
  onSubmitted: () => Promise<void>
}) {
  const t = useT("supplier")
  const fileId = useId()
  const errorsId = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const [number, setNumber] = useState("")
  const [amount, setAmount] = useState("")
  const [due, setDue] = useState("")
  const [file, setFile] = useState<File | null>(null)
  const [problems, setProblems] = useState<string[]>([])
  /** The number of the bill just submitted, for the confirmation. */
  const [done, setDone] = useState<string | null>(null)
  const action = useAction()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setDone(null)
    const found: string[] = []
    if (!number.trim()) found.push(t("bill_form.missing_number"))
    const typed = typedAmount(amount)
    if (!typed) found.push(t("bill_form.invalid_amount"))
    if (!due) found.push(t("bill_form.missing_due_date"))
    if (!file) found.push(t("bill_form.missing_file"))
    else if (file.size > MAX_SUPPLIER_BILL_BYTES)
      found.push(t("bill_form.too_large", { size: MAX_MB }))
    else if (file.type && file.type !== "application/pdf") found.push(t("bill_form.not_pdf"))
    setProblems(found)
    if (found.length || !file || !typed) return
    void action.run(async () => {
      const { supplier_bill } = await supplierBills.submit({
        purchase_order_id: po.id,
        bill_number: number.trim(),
        amount: typed,
        due_date: due,
        file,
      })
      setNumber("")
      setAmount("")
      setDue("")
      setFile(null)
      if (fileInput.current) fileInput.current.value = ""
      setDone(supplier_bill.bill_number)
      await onSubmitted()
    })
  }

  return (
    <form
      className="bill-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="bill-form-title"
      aria-describedby={problems.length ? errorsId : undefined}
    >
      <h3 id="bill-form-title">{t("bill_form.title")}</h3>
      <ErrorSummary id={errorsId} errors={problems} />
      <div className="field-pair">
        <TextField
          label={t("bill_form.number")}
          value={number}
          onValue={setNumber}
          maxLength={MAX_BILL_NUMBER_LENGTH}
          required
        />
        <TextField
          label={t("bill_form.amount", { currency: po.currency_code.toUpperCase() })}
          value={amount}
          onValue={setAmount}
          inputMode="decimal"
          required
          hint={t("bill_form.amount_hint")}
        />
      </div>
      <TextField
        label={t("bill_form.due_date")}
        type="date"
        value={due}
        onValue={setDue}
        required
      />
      <div className="field">
        <label htmlFor={fileId}>{t("bill_form.file", { size: MAX_MB })}</label>
        <input
          id={fileId}
          ref={fileInput}
          type="file"
          accept="application/pdf,.pdf"
          required
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      {action.error && (
        <p className="error" role="alert">
          {action.error}
        </p>
      )}
      {done && (
        <p className="saved" role="status">
          {t("bill_form.submitted", { number: done })}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t("bill_form.submitting") : t("bill_form.submit")}
        </button>
      </div>
    </form>
  )
}
