import { Module } from "@medusajs/framework/utils"
import CollaborationModuleService from "./service"

export const COLLABORATION_MODULE = "portalCollaboration"

export default Module(COLLABORATION_MODULE, {
  service: CollaborationModuleService,
})
