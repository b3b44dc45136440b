/**
 * The document in the URL fragment of speichern.html (Excel for Mac hands the .docx to the system
 * browser this way; the fragment is never sent to a server).
 *
 * Fragment-safe: only base64url characters and one `.` as separator (`#<name>.<document>`, both
 * base64url, the name as UTF-8). A literal `|` is not allowed in a fragment (RFC 3986, section 3.5),
 * and macOS re-encodes such URLs (WebKit PR #65074), so neither `|` nor percent escapes are written.
 * The older form `#<percent-encoded name>|<document>` is still read, also with `|` re-encoded as `%7C`.
 */

function base64url(bytes: Uint8Array): string {
  let s = '';
  const schritt = 0x8000;
  for (let i = 0; i < bytes.length; i += schritt) s += String.fromCharCode(...bytes.subarray(i, i + schritt));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function ausBase64url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** `<name>.<document>` for `url.hash`. */
export function speicherFragment(bytes: Uint8Array, dateiname: string): string {
  return `${base64url(new TextEncoder().encode(dateiname))}.${base64url(bytes)}`;
}

/**
 * The document from a fragment (with or without `#`); null when there is none. Throws when the
 * fragment is damaged (the page says so in German).
 */
export function ausSpeicherFragment(fragment: string): { name: string; bytes: Uint8Array } | null {
  const roh = fragment.replace(/^#/, '');
  const alt = /\||%7C/i.exec(roh);
  if (alt) {
    return { name: decodeURIComponent(roh.slice(0, alt.index)), bytes: ausBase64url(roh.slice(alt.index + alt[0].length)) };
  }
  const punkt = roh.indexOf('.');
  if (punkt < 0) return null;
  return { name: new TextDecoder().decode(ausBase64url(roh.slice(0, punkt))), bytes: ausBase64url(roh.slice(punkt + 1)) };
}
