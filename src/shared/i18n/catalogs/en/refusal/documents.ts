// Refusals of documents: shared files, uploads against a request.
const documents = {
  file_missing: "Choose a file to upload",
  file_too_large: "The file is larger than {{megabytes}} MB",
  file_type:
    "{{name}} is not a file the portal takes, or its content is not what its name says: upload a PDF, an image (PNG, JPEG, WebP, GIF) or an office document (Word, Excel, PowerPoint, OpenDocument)",
  not_found: "Document {{id}} was not found",
}

export default documents
