import { model } from "@medusajs/framework/utils"

/**
 * A named list of admin users that staff alerts can go to as one
 * (docs/ARCHITECTURE.md, "Settings"). Users are plain ids of Medusa's user
 * module; who created and last changed the group is kept for the record.
 */
export const PortalStaffGroup = model
  .define("portal_staff_group", {
    id: model.id({ prefix: "psgrp" }).primaryKey(),
    name: model.text(),
    user_ids: model.json().default([] as unknown as Record<string, unknown>),
    created_by: model.text().nullable(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["name"], unique: true }])
