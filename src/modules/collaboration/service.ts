import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { PortalDocument } from "./models"

export type PortalDocumentDTO = InferTypeOf<typeof PortalDocument>

/** Documents shared with companies (docs/ARCHITECTURE.md, "Documents"). */
class CollaborationModuleService extends MedusaService({ PortalDocument }) {}

export default CollaborationModuleService
