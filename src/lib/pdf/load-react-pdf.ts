import { registerPortalFonts } from "./fonts"

/**
 * react-pdf is ESM-only and the plugin compiles to CommonJS, so it is loaded once per
 * process by a dynamic import(), never statically (docs/ARCHITECTURE.md, "Layers").
 */
export type ReactPdf = typeof import("@react-pdf/renderer", {
  with: { "resolution-mode": "import" },
})

let loading: Promise<ReactPdf> | undefined

export function loadReactPdf(): Promise<ReactPdf> {
  loading ??= import("@react-pdf/renderer")
    .then((pdf) => {
      registerPortalFonts(pdf)
      return pdf
    })
    .catch((error: unknown) => {
      // Let the next render retry instead of caching the failure forever.
      loading = undefined
      throw error
    })
  return loading
}
