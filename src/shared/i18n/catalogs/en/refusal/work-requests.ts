// Refusals of work requests (docs/ARCHITECTURE.md, "Work requests").
const work_requests = {
  not_found: "Work request {{id}} was not found",
  closed:
    "{{number}} is closed; submit a new request if there is more to do, or ask the merchant to reopen it",
  too_many_attachments: "{{number}} already has {{max}} files; that is the most a request takes",
  preferred_date_past: "The preferred date {{date}} has passed; choose today or a later day",
}

export default work_requests
