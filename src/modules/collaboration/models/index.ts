export { DocumentRequest, DocumentRequestItem } from "./document-request"
export { DOCUMENT_SOURCES, PortalDocument } from "./portal-document"
