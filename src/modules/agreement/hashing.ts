import { createHash } from "node:crypto"
import { canonicalize } from "json-canonicalize"

export function sha256Hex(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex")
}

/**
 * The document hash: SHA-256 of its canonical JSON (RFC 8785), so the same
 * content always hashes the same whatever the key order it was built in.
 */
export function documentSha256(document: unknown): string {
  return sha256Hex(canonicalize(document))
}
