// Refusals of a feature the merchant turned off (docs/ARCHITECTURE.md, "Feature toggles").
const features = {
  documents_off: "Documents are not offered in this portal",
  conversations_off: "Conversations are not offered in this portal",
  work_requests_off: "Work requests are not offered in this portal",
}

export default features
