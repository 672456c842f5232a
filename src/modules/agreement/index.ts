import { Module } from "@medusajs/framework/utils"
import AgreementModuleService from "./service"

export const AGREEMENT_MODULE = "portalAgreement"

export default Module(AGREEMENT_MODULE, {
  service: AgreementModuleService,
})
