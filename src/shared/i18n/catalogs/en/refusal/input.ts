// Refusals of input no form of the portal sends: broken text, paths, query strings, bodies
// and uploads (src/api/utils/input-guard.ts). `field` is where in the body or query, such
// as `body.items.0.title`.
const input = {
  text_nul: "{{field}} contains a NUL character",
  text_surrogate: "{{field}} is not valid Unicode (a lone surrogate)",
  key_nul: "A key in {{field}} contains a NUL character",
  key_surrogate: "A key in {{field}} is not valid Unicode (a lone surrogate)",
  too_deep: "{{field}} is nested deeper than {{levels}} levels",
  segment_encoding: 'The path segment "{{segment}}" is not valid percent-encoded UTF-8',
  segment_invalid:
    'The path segment "{{segment}}" is not a valid id: use letters, digits, "_" and "-", at most 200',
  path_encoding: "The path is not valid percent-encoded UTF-8",
  token_invalid: "The token in the path is not valid",
  query_encoding: 'The query parameter "{{name}}" is not valid percent-encoded UTF-8',
  query_unknown: 'Unknown query parameter "{{name}}"',
  no_query: "This route takes no query parameters",
  // `problem` is the check's own words, in English.
  path_parameter: "Invalid path parameter {{name}}: {{problem}}",
  json_only: "Send the request body as application/json",
  body_object: "The request body must be a JSON object",
  file_too_large: "The file is larger than {{megabytes}} MB",
  form_too_large:
    "Too many or too large form fields. Upload one file as the multipart field `{{field}}`",
  // `detail` is the upload parser's own words, in English.
  upload_unreadable:
    "The upload could not be read ({{detail}}). Upload one file as the multipart field `{{field}}`",
}

export default input
