import { registerPortalFonts } from "./fonts"

/**
 * @react-pdf/renderer is ESM-only and this plugin compiles to CommonJS, so it
 * is never imported statically (TS1479 in `plugin:build`, "Must use import to
 * load ES Module" in jest). The types come through a type-only import with
 * `resolution-mode: "import"`; the code through a dynamic import() loaded once
 * per process and shared by every render, with the portal fonts registered
 * (fonts.ts).
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
