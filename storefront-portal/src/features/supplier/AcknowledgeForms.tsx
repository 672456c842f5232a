import type {
  StorePortalPurchaseOrder,
  StorePortalPurchaseOrderLine,
} from "@shared/http/purchase-orders"
import { MAX_PROCUREMENT_MESSAGE_LENGTH } from "@shared/procurement"
import { useId, useState, type FormEvent } from "react"
import { ErrorSummary } from "../../components/ErrorSummary"
import { todayInput } from "../../lib/format"
import { type Translate, useT } from "../../lib/i18n"
import { useAction } from "../../lib/use-action"
import { purchaseOrders } from "../../lib/data/purchase-orders"

/** "Chair · Oak · SKU CH-1": a line as the dates and errors name it. */
const lineLabel = (t: Translate<"supplier">, line: StorePortalPurchaseOrderLine) =>
  [line.product_title, line.variant_title, line.sku ? t("lines.sku", { sku: line.sku }) : null]
    .filter(Boolean)
    .join(" · ")

/**
 * Acknowledging a sent purchase order: the date the company promises for each
 * line. One "all lines" date fills every line's date; each can then differ.
 */
export function AcknowledgeForm({
  po,
  onDone,
}: {
  po: StorePortalPurchaseOrder
  onDone: (fresh: StorePortalPurchaseOrder) => Promise<void>
}) {
  const t = useT("supplier")
  const allId = useId()
  const noteId = useId()
  const errorsId = useId()
  const [all, setAll] = useState("")
  const [dates, setDates] = useState<Record<string, string>>(() =>
    Object.fromEntries(po.lines.map((line) => [line.id, line.promised_at?.slice(0, 10) ?? ""]))
  )
  const [note, setNote] = useState("")
  const [problems, setProblems] = useState<string[]>([])
  const action = useAction()
  const today = todayInput()

  const setEvery = (value: string) => {
    setAll(value)
    if (value) setDates(Object.fromEntries(po.lines.map((line) => [line.id, value])))
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const missing = po.lines.filter((line) => !dates[line.id])
    const found = missing.map((line) => t("acknowledge.missing_date", { line: lineLabel(t, line) }))
    setProblems(found)
    if (found.length) return
    void action.run(async () => {
      const { purchase_order } = await purchaseOrders.acknowledge(po.id, {
        lines: po.lines.map((line) => ({ line_id: line.id, promised_at: dates[line.id] })),
        ...(note.trim() ? { note: note.trim() } : {}),
      })
      await onDone(purchase_order)
    })
  }

  return (
    <section className="card" aria-labelledby="acknowledge-title">
      <h2 id="acknowledge-title">{t("acknowledge.title")}</h2>
      <p className="hint">{t("acknowledge.hint")}</p>
      <form onSubmit={submit} noValidate aria-describedby={problems.length ? errorsId : undefined}>
        <ErrorSummary id={errorsId} errors={problems} />
        <div className="field">
          <label htmlFor={allId}>{t("acknowledge.all_lines")}</label>
          <input
            id={allId}
            type="date"
            min={today}
            value={all}
            onChange={(event) => setEvery(event.target.value)}
          />
        </div>
        <fieldset className="field promised-dates">
          <legend>{t("acknowledge.per_line")}</legend>
          {po.lines.map((line) => (
            <LineDate
              key={line.id}
              line={line}
              value={dates[line.id] ?? ""}
              min={today}
              onChange={(value) => setDates((current) => ({ ...current, [line.id]: value }))}
            />
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={noteId}>{t("acknowledge.note")}</label>
          <textarea
            id={noteId}
            rows={3}
            maxLength={MAX_PROCUREMENT_MESSAGE_LENGTH}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        {action.error && (
          <p className="error" role="alert">
            {action.error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button primary" disabled={action.busy}>
            {action.busy ? t("acknowledge.submitting") : t("acknowledge.submit")}
          </button>
        </div>
      </form>
    </section>
  )
}

function LineDate({
  line,
  value,
  min,
  onChange,
}: {
  line: StorePortalPurchaseOrderLine
  value: string
  min: string
  onChange: (value: string) => void
}) {
  const t = useT("supplier")
  const id = useId()
  return (
    <div className="field line-date">
      <label htmlFor={id}>
        {lineLabel(t, line)}{" "}
        <span className="hint">{t("acknowledge.ordered", { count: line.quantity })}</span>
      </label>
      <input
        id={id}
        type="date"
        min={min}
        required
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}

/** Asking the merchant to change a sent purchase order instead of acknowledging it. */
export function RequestChangeForm({
  po,
  onDone,
}: {
  po: StorePortalPurchaseOrder
  onDone: (fresh: StorePortalPurchaseOrder) => Promise<void>
}) {
  const t = useT("supplier")
  const messageId = useId()
  const [message, setMessage] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const action = useAction()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!message.trim()) {
      setProblem(t("request_change.missing_message"))
      return
    }
    setProblem(null)
    void action.run(async () => {
      const { purchase_order } = await purchaseOrders.requestChange(po.id, message.trim())
      setMessage("")
      await onDone(purchase_order)
    })
  }

  const error = problem ?? action.error
  return (
    <section className="card" aria-labelledby="request-change-title">
      <h2 id="request-change-title">{t("request_change.title")}</h2>
      <p className="hint">{t("request_change.hint")}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={messageId}>{t("request_change.message")}</label>
          <textarea
            id={messageId}
            rows={4}
            maxLength={MAX_PROCUREMENT_MESSAGE_LENGTH}
            required
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            aria-invalid={!!problem}
            aria-describedby={error ? `${messageId}-error` : undefined}
          />
        </div>
        {error && (
          <p id={`${messageId}-error`} className="error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={action.busy}>
            {action.busy ? t("request_change.submitting") : t("request_change.submit")}
          </button>
        </div>
      </form>
    </section>
  )
}
