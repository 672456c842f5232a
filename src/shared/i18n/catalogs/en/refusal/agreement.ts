// Refusals of signing a quote's agreement: the agreement itself, and the drawn signature
// (src/modules/agreement/signature.ts). The pixel cap is written out in each language, with
// its own digit grouping: keep it MAX_SIGNATURE_PIXELS.
const agreement = {
  nothing_to_sign: "This quote has no agreement to sign; accept it instead",
  template_gone: "The quote's agreement template no longer exists",
  signature: {
    not_png_data_url: "The signature must be a PNG image (data:image/png;base64,...)",
    too_large: "The signature image is larger than {{megabytes}} MB",
    not_base64: "The signature image is not valid base64",
    not_png: "The signature is not a PNG image",
    too_wide: "The signature image must be at most {{side}}×{{side}} pixels",
    too_many_pixels:
      "The signature image must have at most 1,000,000 pixels (it has {{width}}×{{height}})",
    unreadable: "The signature image could not be read as a PNG",
    empty: "The signature is empty; please sign before submitting",
  },
}

export default agreement
