export { DOCUMENT_SOURCES, PortalDocument } from "./portal-document"
