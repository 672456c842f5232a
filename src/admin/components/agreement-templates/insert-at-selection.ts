/**
 * The text with `insert` replacing the selected range (or placed at the
 * cursor), and where the cursor goes afterwards: just after the insertion.
 */
export function insertAtSelection(
  text: string,
  selection: { start: number; end: number },
  insert: string
): { text: string; cursor: number } {
  const start = Math.max(0, Math.min(selection.start, text.length))
  const end = Math.max(start, Math.min(selection.end, text.length))
  return {
    text: text.slice(0, start) + insert + text.slice(end),
    cursor: start + insert.length,
  }
}
