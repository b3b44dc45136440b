/** File names of generated agreements: `Zielvereinbarung_<Jahr>_<Jobcenter>.docx`, safe on every file system. */
import type { Vereinbarung } from '../model/vereinbarung';
import { dokumentName, jahrText } from './parteien';

const RESERVIERT = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * File systems limit a name to 255 bytes (ext4, APFS) or 255 UTF-16 units (NTFS): a name part is cut
 * to 200 bytes of UTF-8, which leaves room for `Zielvereinbarung_<Jahr>_`, `.docx` and a ` (2)`.
 */
const GROESSTER_TEIL = 200;

/** The longest prefix of whole characters whose UTF-8 encoding fits into `bytes`. */
function nachBytes(text: string, bytes: number): string {
  let laenge = 0;
  let out = '';
  for (const zeichen of text) {
    const n = new TextEncoder().encode(zeichen).length;
    if (laenge + n > bytes) break;
    laenge += n;
    out += zeichen;
  }
  return out;
}

/** A name part safe on Windows, macOS and Linux: umlauts kept, separators and reserved characters replaced. */
export function sichererTeil(text: string): string {
  const s = text
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\u0000-\u001F\u007F<>:"/\\|?*]/g, ' ')
    .replace(/[\s_]+/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '');
  const kurz = nachBytes(s, GROESSTER_TEIL).replace(/[._-]+$/g, '');
  return RESERVIERT.test(kurz) ? `_${kurz}` : kurz;
}

export function dateiname(v: Vereinbarung): string {
  const teile = ['Zielvereinbarung', sichererTeil(jahrText(v)), sichererTeil(dokumentName(v))].filter(Boolean);
  return `${teile.join('_')}.docx`;
}
