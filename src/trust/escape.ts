/**
 * Escaping for each context content text can land in. Pure and browser-safe.
 * React escapes text and attributes itself; these are for the places it does not reach:
 * HTML strings (the table of contents), `<script>` data blocks (JSON-LD) and files we write.
 */

const HTML_TEXT: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'};
const HTML_ATTRIBUTE: Record<string, string> = {...HTML_TEXT, '"': '&quot;', "'": '&#39;'};

/** Text for an HTML text node. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_TEXT[c]!);
}

/** Text for an HTML attribute value, quoted with either quote. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ATTRIBUTE[c]!);
}

/**
 * JSON that may sit inside `<script>…</script>`: `<`, `>` and `&` are written as `\u003c`…,
 * so no value can close the element (`</script>`) or open a comment (`<!--`); U+2028/U+2029
 * too, for old JavaScript parsers. Still the same JSON value for any JSON reader.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
