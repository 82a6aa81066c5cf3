/**
 * Splits a dotted name after each `.` (never at the very end; `a[].b` splits as `a[].|b`), so a `<wbr>` between
 * the pieces lets `details.restrictions[].restriction_type` or `whatsapp.account.update` wrap at a dot on a phone
 * instead of mid-word or not at all.
 */
export function dotPieces(text: string): string[] {
  return text.split(/(?<=\.)(?=.)/);
}
