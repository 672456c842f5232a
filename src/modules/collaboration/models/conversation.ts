import { model } from "@medusajs/framework/utils"
import { CONVERSATION_SIDES } from "../../../shared/conversations"

/**
 * A thread between a company's contacts and the merchant's staff on any topic, not tied to a
 * quote (docs/ARCHITECTURE.md, "Conversations"). Every contact of the company who may see
 * conversations reads it; its participants are told when the other side writes.
 */
export const Conversation = model
  .define("portal_conversation", {
    id: model.id({ prefix: "pconv" }).primaryKey(),
    company_id: model.text(),
    subject: model.text(),
    started_by_type: model.enum([...CONVERSATION_SIDES]),
    /** The customer or the admin user who started it. */
    started_by_id: model.text(),
    /** When the last message was written: lists sort by it. */
    last_message_at: model.dateTime(),
    /** The last message's first words, for lists. */
    last_message_preview: model.text(),
    messages: model.hasMany(() => ConversationMessage, { mappedBy: "conversation" }),
    participants: model.hasMany(() => ConversationParticipant, { mappedBy: "conversation" }),
  })
  .indexes([{ on: ["company_id", "last_message_at"] }, { on: ["last_message_at"] }])

export const ConversationMessage = model
  .define("portal_conversation_message", {
    id: model.id({ prefix: "pcmsg" }).primaryKey(),
    author_type: model.enum([...CONVERSATION_SIDES]),
    author_id: model.text(),
    body: model.text(),
    conversation: model.belongsTo(() => Conversation, { mappedBy: "messages" }),
  })
  .indexes([{ on: ["conversation_id", "created_at"] }])

/** Who takes part: told by email when the other side writes. */
export const ConversationParticipant = model
  .define("portal_conversation_participant", {
    id: model.id({ prefix: "pcpart" }).primaryKey(),
    side: model.enum([...CONVERSATION_SIDES]),
    participant_id: model.text(),
    conversation: model.belongsTo(() => Conversation, { mappedBy: "participants" }),
  })
  .indexes([
    {
      on: ["conversation_id", "side", "participant_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
