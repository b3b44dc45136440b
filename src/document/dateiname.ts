/** File names of generated agreements: `Zielvereinbarung_<Jahr>_<Jobcenter>.docx`, safe on every file system. */
import type { Vereinbarung } from '../model/vereinbarung';
import { dokumentName, jahrText } from './parteien';

const RESERVIERT = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A name part safe on Windows, macOS and Linux: umlauts kept, separators and reserved characters replaced. */
export function sichererTeil(text: string): string {
  const s = text
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\u0000-\u001F\u007F<>:"/\\|?*]/g, ' ')
    .replace(/[\s_]+/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '');
  const kurz = Array.from(s)
    .slice(0, 100)
    .join('')
    .replace(/[._-]+$/g, '');
  return RESERVIERT.test(kurz) ? `_${kurz}` : kurz;
}

export function dateiname(v: Vereinbarung): string {
  const teile = ['Zielvereinbarung', sichererTeil(jahrText(v)), sichererTeil(dokumentName(v))].filter(Boolean);
  return `${teile.join('_')}.docx`;
}
