/**
 * JSON for a `<script type="application/json">` block. Report text is untrusted: `<`, `>` and `&`
 * are written as \u escapes so that no `</script>` or `<!--` can end or change the block, and
 * U+2028/2029 likewise. JSON.parse reads the escapes back to the same characters.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
