export { DocumentRequest, DocumentRequestItem } from "./document-request"
export { DOCUMENT_SOURCES, PortalDocument } from "./portal-document"
export { WorkRequest, WorkRequestMessage } from "./work-request"
export { Conversation, ConversationMessage, ConversationParticipant } from "./conversation"
