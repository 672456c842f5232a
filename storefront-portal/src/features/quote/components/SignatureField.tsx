import SignaturePad from "signature_pad"
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from "react"
import { useT } from "../../../lib/i18n"

export type SignatureFieldHandle = {
  isEmpty: () => boolean
  toDataURL: () => string
}

/**
 * The drawing pad: pointer events (mouse, finger, pen) through signature_pad,
 * sharp on high-DPI screens, with undo and clear. Keyboard users can put their
 * typed name on the pad instead.
 */
export const SignatureField = forwardRef<
  SignatureFieldHandle,
  { typedName: string; invalid: boolean; describedBy?: string }
>(function SignatureField({ typedName, invalid, describedBy }, ref) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const pad = useRef<SignaturePad | null>(null)
  const typed = useRef<string | null>(null)
  const [strokes, setStrokes] = useState(0)
  const [typedShown, setTypedShown] = useState(false)
  const t = useT("quote")

  const drawTyped = useCallback((name: string) => {
    const element = canvas.current
    const context = element?.getContext("2d")
    if (!element || !context) return
    const width = element.offsetWidth
    const height = element.offsetHeight
    context.save()
    context.fillStyle = "#111827"
    context.textBaseline = "middle"
    let size = Math.min(48, height * 0.45)
    context.font = `italic ${size}px "Segoe Script", "Brush Script MT", cursive`
    while (size > 12 && context.measureText(name).width > width - 32) {
      size -= 2
      context.font = `italic ${size}px "Segoe Script", "Brush Script MT", cursive`
    }
    context.fillText(name, 16, height / 2)
    context.restore()
  }, [])

  useEffect(() => {
    const element = canvas.current!
    const instance = new SignaturePad(element, { penColor: "#111827", minWidth: 1, maxWidth: 3 })
    pad.current = instance
    instance.addEventListener("endStroke", () => setStrokes(instance.toData().length))

    const resize = () => {
      // Sharp up to ratio 2, and never more pixels than the server accepts for a
      // signature (MAX_SIGNATURE_PIXELS in src/modules/agreement/signature.ts).
      const ratio = Math.min(Math.max(window.devicePixelRatio || 1, 1), 2)
      const data = instance.toData()
      element.width = element.offsetWidth * ratio
      element.height = element.offsetHeight * ratio
      element.getContext("2d")!.scale(ratio, ratio)
      instance.clear()
      instance.fromData(data)
      if (typed.current) drawTyped(typed.current)
    }
    resize()
    window.addEventListener("resize", resize)
    return () => {
      window.removeEventListener("resize", resize)
      instance.off()
    }
  }, [drawTyped])

  useImperativeHandle(ref, () => ({
    isEmpty: () => !!pad.current?.isEmpty() && !typed.current,
    toDataURL: () => canvas.current!.toDataURL("image/png"),
  }))

  const clear = () => {
    pad.current?.clear()
    typed.current = null
    setTypedShown(false)
    setStrokes(0)
  }

  const undo = () => {
    const instance = pad.current
    if (!instance) return
    const data = instance.toData()
    data.pop()
    instance.clear()
    instance.fromData(data)
    if (typed.current) drawTyped(typed.current)
    setStrokes(data.length)
  }

  const useTyped = () => {
    const name = typedName.trim()
    if (!name) return
    pad.current?.clear()
    typed.current = name
    drawTyped(name)
    setTypedShown(true)
    setStrokes(0)
  }

  return (
    <div className={invalid ? "signature invalid" : "signature"}>
      <canvas
        ref={canvas}
        className="signature-pad"
        role="img"
        aria-label={t("pad.label")}
        aria-describedby={describedBy}
      />
      <div className="button-row">
        <button type="button" className="button small" onClick={undo} disabled={strokes === 0}>
          {t("pad.undo")}
        </button>
        <button
          type="button"
          className="button small"
          onClick={clear}
          disabled={strokes === 0 && !typedShown}
        >
          {t("pad.clear")}
        </button>
        <button
          type="button"
          className="button small"
          onClick={useTyped}
          disabled={!typedName.trim()}
        >
          {t("pad.use_typed")}
        </button>
      </div>
    </div>
  )
})
