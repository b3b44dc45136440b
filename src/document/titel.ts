/** The title block of gE and gE-kT agreements: "Zielvereinbarung 2024 zwischen dem … und der …". */
import { AlignmentType, HeadingLevel, Paragraph, TextRun } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { partei, jahrText, type Partei } from './parteien';
import { zerlegeRollenform } from '../rules/rolle';
import { rolleDativ } from './sprache';
import { absatz, laeufe } from './text';

const mitte = { alignment: AlignmentType.CENTER } as const;

/**
 * "dem" + bold "Vorsitzenden der Geschäftsführung / der Agentur für Arbeit Lörrach"; the inflected
 * role as entered (ZV_…_Funktion_Dativ) wins over the declined Funktion.
 */
export function parteiZeilen(p: Partei): { artikel: string; fett: string } {
  const org = p.phrase.erkannt ? p.phrase.genitiv : p.organisation;
  if (p.funktionDativ || p.funktion) {
    const { artikel, rolle } = p.funktionDativ ? zerlegeRollenform(p.funktionDativ) : rolleDativ(p.funktion);
    return { artikel, fett: org ? `${rolle}\n${org}` : rolle };
  }
  if (p.phrase.erkannt) {
    const [artikel = '', ...rest] = p.phrase.dativ.split(' ');
    return { artikel, fett: rest.join(' ') };
  }
  return { artikel: '', fett: p.organisation };
}

/** A party in one line as the title names it: "dem Vorsitzenden der Geschäftsführung der Agentur für Arbeit Lörrach". */
export function parteiZwischen(p: Partei): string {
  const { artikel, fett } = parteiZeilen(p);
  return [artikel, fett.replace(/\n/g, ' ')].filter(Boolean).join(' ');
}

/** The parties of the title, in the built-in order: gE Agentur and Jobcenter; gE-kT Agentur, Träger, Jobcenter. */
export function titelSchluessel(v: Pick<Vereinbarung, 'art'>): readonly ('Agentur' | 'Traeger' | 'Jobcenter')[] {
  return v.art === 'gE-kT' ? ['Agentur', 'Traeger', 'Jobcenter'] : ['Agentur', 'Jobcenter'];
}

export function titelParteien(v: Vereinbarung): Partei[] {
  return titelSchluessel(v).map((k) => partei(v, k));
}

/** The word before the i-th of n parties in the title: "zwischen", nothing, "und". */
export function verbinder(i: number, n: number): string {
  return i === 0 ? 'zwischen' : i === n - 1 ? 'und' : '';
}

/** The title line of a gE or gE-kT agreement: "Zielvereinbarung 2024" (`jahr` as given, a tag in the template). */
export function titelZeile(jahr: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`Zielvereinbarung ${jahr}`.trim())] });
}

/** The connecting line before a party, centred: "zwischen dem", "der", "und dem". */
export function verbinderZeile(text: string): Paragraph {
  return absatz(text, mitte);
}

/** A party's name block in the title, bold and centred (a line to fill in when nothing is entered). */
export function parteiBlock(p: Partei): Paragraph {
  const { fett } = parteiZeilen(p);
  return new Paragraph({ ...mitte, children: fett ? laeufe(fett, { bold: true }) : [new TextRun({ text: '_'.repeat(40) })] });
}

export function titel(v: Vereinbarung): Paragraph[] {
  const parteien = titelParteien(v);
  const out: Paragraph[] = [titelZeile(jahrText(v))];
  parteien.forEach((p, i) => {
    out.push(verbinderZeile([verbinder(i, parteien.length), parteiZeilen(p).artikel].filter(Boolean).join(' ')));
    out.push(parteiBlock(p));
  });
  return out;
}
