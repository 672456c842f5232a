// Refusals of documents: shared files, uploads against a request.
const documents = {
  file_missing: "Choose a file to upload",
  file_too_large: "The file is larger than {{megabytes}} MB",
  file_type:
    "{{name}} is not a file the portal takes, or its content is not what its name says: upload a PDF, an image (PNG, JPEG, WebP, GIF) or an office document (Word, Excel, PowerPoint, OpenDocument)",
  request_not_found: "Document request {{id}} was not found",
  request_item_not_found: "This request asks for no document {{id}}",
  request_not_open:
    "“{{title}}” is no longer open for uploads; ask the sender to reopen it if something is missing",
  not_found: "Document {{id}} was not found",
}

export default documents
