import type { StorePortalBranding } from "@shared/http/quotes"
import type { CSSProperties } from "react"

const DEFAULT_COLOR = "#1d4ed8"

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/**
 * The merchant's colour as CSS variables, with text colours chosen so every
 * pairing keeps WCAG AA contrast (4.5:1) whatever colour the merchant picked.
 */
export function brandStyle(branding: StorePortalBranding | undefined): CSSProperties {
  const color = /^#[0-9a-f]{6}$/i.test(branding?.primary_color ?? "")
    ? branding!.primary_color!
    : DEFAULT_COLOR
  const onBrand = contrast(color, "#ffffff") >= 4.5 ? "#ffffff" : "#111827"
  const brandText = contrast(color, "#ffffff") >= 4.5 ? color : "#1f2937"
  return {
    "--brand": color,
    "--on-brand": onBrand,
    "--brand-text": brandText,
  } as CSSProperties
}
