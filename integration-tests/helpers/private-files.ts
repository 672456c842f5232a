import { existsSync, mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

/**
 * Gives this spec file a private files folder of its own (medusa-config.ts keeps private
 * files in `PORTAL_PRIVATE_UPLOAD_DIR`), so other spec files writing private files at the
 * same time cannot change what it sees; answers the folder's file names, sorted. Call it at
 * the top of the file, before the test runner boots the app.
 */
export function ownPrivateFiles(prefix: string): () => string[] {
  const folder = mkdtempSync(join(tmpdir(), `${prefix}-`))
  process.env.PORTAL_PRIVATE_UPLOAD_DIR = folder
  return () => (existsSync(folder) ? readdirSync(folder).sort() : [])
}
