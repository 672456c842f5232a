// fontkit (a dependency of @react-pdf/renderer, pinned to the same version)
// ships no types; fonts.ts needs only these.
declare module "fontkit" {
  export function openSync(path: string): unknown
}
