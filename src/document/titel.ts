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

/** The parties of the title: gE Agentur and Jobcenter; gE-kT Agentur, Träger, Jobcenter. */
export function titelParteien(v: Vereinbarung): Partei[] {
  return v.art === 'gE-kT'
    ? [partei(v, 'Agentur'), partei(v, 'Traeger'), partei(v, 'Jobcenter')]
    : [partei(v, 'Agentur'), partei(v, 'Jobcenter')];
}

export function titel(v: Vereinbarung): Paragraph[] {
  const jahr = jahrText(v);
  const parteien = titelParteien(v);
  const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`Zielvereinbarung ${jahr}`.trim())] })];
  parteien.forEach((p, i) => {
    const { artikel, fett } = parteiZeilen(p);
    const verbinder = i === 0 ? 'zwischen' : i === parteien.length - 1 ? 'und' : '';
    out.push(absatz([verbinder, artikel].filter(Boolean).join(' '), mitte));
    out.push(new Paragraph({ ...mitte, children: fett ? laeufe(fett, { bold: true }) : [new TextRun({ text: '_'.repeat(40) })] }));
  });
  return out;
}
