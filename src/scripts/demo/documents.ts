import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PNG } from "pngjs"
import { COLLABORATION_MODULE } from "../../modules/collaboration"
import type CollaborationModuleService from "../../modules/collaboration/service"
import type { DocumentAttachment } from "../../shared/documents"
import { shareDocumentWorkflow } from "../../workflows/collaboration/workflows/share-document"

export const DEMO_AGREEMENT_DOCUMENT = "Framework agreement 2027"
export const DEMO_PICTURE_DOCUMENT = "Packed pallet"

export type DemoDocuments = {
  company: string
  documents: Array<{ id: string; title: string; file_name: string; attached_to: string }>
}

type DemoDocumentSpec = {
  title: string
  caption: string | null
  file_name: string
  content: Buffer
  attached_to: DocumentAttachment
  attached_id: string | null
}

/**
 * The files the demo shares with the customer company (docs/ARCHITECTURE.md, "Documents"):
 * a framework agreement as a PDF for the company, and a picture with a caption attached to
 * the demo quote (the demo places no order while seeding). Shared through the workflow staff
 * use; a re-run finds them by title and shares nothing twice.
 */
export async function seedDocuments(
  container: MedusaContainer,
  context: {
    company: { id: string; name: string }
    quote: { id: string; number: string }
    actor_id: string
  }
): Promise<DemoDocuments> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
  const specs: DemoDocumentSpec[] = [
    {
      title: DEMO_AGREEMENT_DOCUMENT,
      caption: null,
      file_name: "framework-agreement-2027.pdf",
      content: agreementPdf(context.company.name),
      attached_to: "company",
      attached_id: null,
    },
    {
      title: DEMO_PICTURE_DOCUMENT,
      caption: `How the goods of quote ${context.quote.number} are packed: four cartons to a pallet, wrapped.`,
      file_name: "packed-pallet.png",
      content: palletPng(),
      attached_to: "quote",
      attached_id: context.quote.id,
    },
  ]

  const documents: DemoDocuments["documents"] = []
  for (const spec of specs) {
    const [existing] = await collaboration.listPortalDocuments(
      { company_id: context.company.id, title: spec.title },
      { select: ["id", "title", "file_name", "attached_to"], take: 1 }
    )
    if (existing) {
      documents.push(existing)
      continue
    }
    const { result } = await shareDocumentWorkflow(container).run({
      input: {
        company_id: context.company.id,
        title: spec.title,
        caption: spec.caption,
        attached_to: spec.attached_to,
        attached_id: spec.attached_id,
        user_id: context.actor_id,
        file: { file_name: spec.file_name, content: spec.content.toString("base64") },
      },
    })
    documents.push({
      id: result.id,
      title: result.title,
      file_name: result.file_name,
      attached_to: result.attached_to,
    })
    logger.info(`Demo document "${spec.title}" shared with ${context.company.name}`)
  }
  return { company: context.company.name, documents }
}

/** A one-page PDF with a few lines of Helvetica: small, valid, and readable in any viewer. */
export function agreementPdf(companyName: string): Buffer {
  const lines = [
    { size: 20, text: DEMO_AGREEMENT_DOCUMENT },
    { size: 12, text: `Between the merchant and ${companyName}` },
    { size: 11, text: "" },
    { size: 11, text: "1. Prices follow the quotes accepted in the client portal." },
    { size: 11, text: "2. Orders placed in the portal are invoiced on shipment, net 30 days." },
    { size: 11, text: "3. This agreement runs from 1 January to 31 December 2027." },
  ]
  const escape = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`)
  const stream = [
    "BT",
    "72 770 Td",
    ...lines.flatMap(({ size, text }) => [
      `/F1 ${size} Tf`,
      `(${escape(text)}) Tj`,
      `0 -${size + 10} Td`,
    ]),
    "ET",
  ].join("\n")
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
  ]
  let pdf = "%PDF-1.4\n"
  const offsets: number[] = []
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"))
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf, "latin1")
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, "latin1")
}

/** A small picture drawn in code: a wrapped pallet of cartons against a warehouse wall. */
export function palletPng(width = 320, height = 200): Buffer {
  const png = new PNG({ width, height })
  const paint = (x0: number, y0: number, x1: number, y1: number, rgb: [number, number, number]) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y++) {
      for (let x = Math.max(0, x0); x < Math.min(width, x1); x++) {
        const at = (y * width + x) * 4
        png.data[at] = rgb[0]
        png.data[at + 1] = rgb[1]
        png.data[at + 2] = rgb[2]
        png.data[at + 3] = 255
      }
    }
  }
  paint(0, 0, width, height, [226, 232, 240]) // wall
  paint(0, 160, width, height, [148, 163, 184]) // floor
  paint(90, 150, 230, 165, [146, 100, 56]) // pallet
  for (const [x, y] of [
    [95, 100],
    [162, 100],
    [95, 50],
    [162, 50],
  ]) {
    paint(x, y, x + 63, y + 48, [196, 150, 98]) // carton
    paint(x + 28, y, x + 35, y + 48, [222, 196, 150]) // tape
  }
  return PNG.sync.write(png)
}
