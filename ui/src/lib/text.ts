/** Plain text from users and imported pages, split for reading. Never turned into HTML. */

/** Paragraphs of a text: blocks separated by blank lines, trimmed, empty ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
