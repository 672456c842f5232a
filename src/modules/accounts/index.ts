import { Module } from "@medusajs/framework/utils"
import AccountsModuleService from "./service"

export const ACCOUNTS_MODULE = "portalAccounts"

export default Module(ACCOUNTS_MODULE, {
  service: AccountsModuleService,
})
