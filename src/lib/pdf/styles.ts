import type { Styles } from "@react-pdf/renderer" with { "resolution-mode": "import" }
import { FONT_STACK, MONO_FONT } from "./fonts"

// Embedded Unicode fonts (fonts.ts); bold is the same family at weight 700.
const BOLD = 700

const MUTED = "#6b7280"

// Line height is set in points on the running text only, never on the Page or
// a View: in react-pdf 4.9 an inherited lineHeight makes `render` texts (our
// "Page N of M") vanish (diegomura/react-pdf#3402, #3566), and a unitless one
// is multiplied by the font size again on every page break (#3452).
const BODY_LINE_HEIGHT = "14pt"
const RULE = "#d1d5db"

export function createStyles(accent: string) {
  return {
    page: {
      paddingTop: 40,
      paddingBottom: 64,
      paddingHorizontal: 48,
      fontFamily: FONT_STACK,
      fontSize: 10,
      color: "#111827",
    },
    header: {
      flexDirection: "row",
      justifyContent: "space-between",
      alignItems: "center",
      paddingBottom: 10,
      marginBottom: 16,
      borderBottomWidth: 2,
      borderBottomColor: accent,
    },
    brand: { flexDirection: "row", alignItems: "center", maxWidth: 300 },
    logo: { maxWidth: 140, maxHeight: 40, marginRight: 10, objectFit: "contain" },
    merchantName: { fontWeight: BOLD, fontSize: 16, color: accent },
    documentTitle: { fontWeight: BOLD, fontSize: 13, textAlign: "right" },
    documentSubtitle: { fontSize: 10, color: MUTED, textAlign: "right" },
    parties: { flexDirection: "row", marginBottom: 16 },
    party: { flex: 1, paddingRight: 12 },
    label: { fontSize: 8, color: MUTED, textTransform: "uppercase", marginBottom: 2 },
    strong: { fontWeight: BOLD },
    muted: { color: MUTED },
    sectionTitle: {
      fontWeight: BOLD,
      fontSize: 12,
      color: accent,
      marginTop: 14,
      marginBottom: 6,
    },
    agreementVersion: { fontSize: 9, color: MUTED, marginBottom: 8 },
    auditUtc: { fontSize: 8.5 },
    auditLocal: { fontSize: 8, color: MUTED },
    paragraph: { marginBottom: 6, lineHeight: BODY_LINE_HEIGHT },
    table: { marginBottom: 8 },
    tableHead: {
      flexDirection: "row",
      backgroundColor: accent,
      color: "#ffffff",
      fontWeight: BOLD,
      fontSize: 9,
      paddingVertical: 4,
      paddingHorizontal: 4,
    },
    tableRow: {
      flexDirection: "row",
      paddingVertical: 4,
      paddingHorizontal: 4,
      borderBottomWidth: 1,
      borderBottomColor: RULE,
    },
    itemCell: { flex: 1, paddingRight: 8 },
    itemDescription: { fontSize: 8.5, color: MUTED },
    quantityCell: { width: 40, textAlign: "right" },
    moneyCell: { width: 84, textAlign: "right" },
    totals: { alignSelf: "flex-end", width: 240, marginTop: 4 },
    totalsRow: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 2 },
    grandTotalRow: {
      flexDirection: "row",
      justifyContent: "space-between",
      paddingVertical: 3,
      marginTop: 2,
      borderTopWidth: 1,
      borderTopColor: "#111827",
      fontWeight: BOLD,
    },
    consent: {
      marginTop: 14,
      padding: 8,
      backgroundColor: "#f3f4f6",
      borderLeftWidth: 3,
      borderLeftColor: accent,
    },
    signature: {
      marginTop: 18,
      padding: 10,
      borderWidth: 1,
      borderColor: RULE,
    },
    consentText: { lineHeight: BODY_LINE_HEIGHT },
    signatureImage: { width: 220, height: 80, objectFit: "contain", marginVertical: 6 },
    signatureLine: { borderTopWidth: 1, borderTopColor: "#111827", width: 240, paddingTop: 4 },
    footer: {
      position: "absolute",
      bottom: 28,
      left: 48,
      right: 48,
      flexDirection: "row",
      justifyContent: "space-between",
      fontSize: 8,
      color: MUTED,
    },
    certificateTitle: { fontWeight: BOLD, fontSize: 16, color: accent },
    certificateRow: { flexDirection: "row", paddingVertical: 3 },
    certificateLabel: { width: 150, color: MUTED, paddingRight: 8 },
    certificateValue: { flex: 1 },
    auditTimeCell: { width: 150, paddingRight: 8 },
    auditEventCell: { flex: 1, paddingRight: 8 },
    auditActorCell: { width: 150 },
    // 64 hex digits of Courier at 9 pt take 346 pt, well inside the 499 pt
    // text width of A4: each hash stays on one line, so text extraction
    // (copy-paste, search, the tests' PDF reader) returns it unbroken.
    hash: { fontFamily: MONO_FONT, fontSize: 9, marginBottom: 8 },
    note: { marginTop: 12, fontSize: 9, color: MUTED },
  } satisfies Styles
}

export type PdfStyles = ReturnType<typeof createStyles>
