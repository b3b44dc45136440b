/**
 * Roles in the party block (issue 11, item 4): compound roles declined in the dative and genitive
 * with the adjectives' weak ending, roles Zielplaner does not understand marked as such, and the
 * inflected form entered in ZV_…_Funktion_Dativ printed as written (read back from the .docx).
 */
import { erzeugeDokument } from '../../src/document';
import { rolleDativ, rolleGenitiv } from '../../src/document/sprache';
import { beugeRolle } from '../../src/rules/rolle';
import type { Vereinbarung } from '../../src/model/vereinbarung';
import { kaiserslautern, loerrach } from './beispiele';
import { absaetzeVon, teile } from './lesen';

const mit = (v: Vereinbarung, werte: Record<string, string>): Vereinbarung => ({ ...v, werte: { ...v.werte, ...werte } });

/** The paragraphs of the title block, up to the Präambel. */
async function kopf(v: Vereinbarung): Promise<string[]> {
  const absaetze = absaetzeVon(teile(await erzeugeDokument(v))['word/document.xml']!);
  return absaetze.slice(
    0,
    absaetze.findIndex((a) => a.startsWith('Präambel')),
  );
}

describe('roles in the dative and the genitive', () => {
  test.each([
    [
      'Stellvertretender Vorsitzender der Geschäftsführung',
      'dem Stellvertretenden Vorsitzenden der Geschäftsführung',
      'des Stellvertretenden Vorsitzenden der Geschäftsführung',
    ],
    [
      'Stellvertretende Vorsitzende der Geschäftsführung',
      'der Stellvertretenden Vorsitzenden der Geschäftsführung',
      'der Stellvertretenden Vorsitzenden der Geschäftsführung',
    ],
    ['Erster Kreisbeigeordneter', 'dem Ersten Kreisbeigeordneten', 'des Ersten Kreisbeigeordneten'],
    ['Erste Beigeordnete', 'der Ersten Beigeordneten', 'der Ersten Beigeordneten'],
    ['Stellvertretende Geschäftsführerin', 'der Stellvertretenden Geschäftsführerin', 'der Stellvertretenden Geschäftsführerin'],
    ['Stellvertretender Geschäftsführer', 'dem Stellvertretenden Geschäftsführer', 'des Stellvertretenden Geschäftsführers'],
    ['Geschäftsführer', 'dem Geschäftsführer', 'des Geschäftsführers'],
    ['Landrat', 'dem Landrat', 'des Landrats'],
    ['Landrätin', 'der Landrätin', 'der Landrätin'],
    ['Präsident', 'dem Präsidenten', 'des Präsidenten'],
    ['Kommissarischer Leiter', 'dem Kommissarischen Leiter', 'des Kommissarischen Leiters'],
    ['Ständiger Vertreter', 'dem Ständigen Vertreter', 'des Ständigen Vertreters'],
    ['Erster Landesbeamter', 'dem Ersten Landesbeamten', 'des Ersten Landesbeamten'],
    [
      'Beauftragte für Chancengleichheit am Arbeitsmarkt',
      'der Beauftragten für Chancengleichheit am Arbeitsmarkt',
      'der Beauftragten für Chancengleichheit am Arbeitsmarkt',
    ],
    ['stellv. Geschäftsführerin', 'der stellv. Geschäftsführerin', 'der stellv. Geschäftsführerin'],
    ['Bereichsleiter Markt und Integration', 'dem Bereichsleiter Markt und Integration', 'des Bereichsleiters Markt und Integration'],
    ['Vorsitzender des Vorstands', 'dem Vorsitzenden des Vorstands', 'des Vorsitzenden des Vorstands'],
    // written for both genders (the ZV_Liste example): both articles
    ['Vorsitzende/r der Geschäftsführung', 'dem/der Vorsitzenden der Geschäftsführung', 'des/der Vorsitzenden der Geschäftsführung'],
    ['Erste/r Beigeordnete/r', 'dem/der Ersten Beigeordneten', 'des/der Ersten Beigeordneten'],
    ['Oberbürgermeister/in', 'dem/der Oberbürgermeister/in', 'des/der Oberbürgermeisters/Oberbürgermeisterin'],
    ['Geschäftsführer/-in', 'dem/der Geschäftsführer/in', 'des/der Geschäftsführers/Geschäftsführerin'],
    ['Landrat/Landrätin', 'dem/der Landrat/Landrätin', 'des/der Landrats/Landrätin'],
  ])('%s → %s / %s', (funktion, dativ, genitiv) => {
    const d = rolleDativ(funktion);
    const g = rolleGenitiv(funktion);
    expect(`${d.artikel} ${d.rolle}`).toBe(dativ);
    expect(`${g.artikel} ${g.rolle}`).toBe(genitiv);
    expect(beugeRolle(funktion).erkannt).toBe(true);
  });

  test.each([
    'Vorstandsmitglied',
    'Beigeordneter und Sozialdezernent',
    'Geschäftsführer/Vorstand',
    'Vorsitzenden der Geschäftsführung',
    'i. V.',
  ])('„%s“ is not understood: the forms are only a guess', (funktion) => {
    expect(beugeRolle(funktion).erkannt).toBe(false);
  });
});

describe('the party block', () => {
  test('gE-kT: the three compound roles declined with the weak adjective ending', async () => {
    const zeilen = await kopf(
      mit(loerrach, {
        ZV_Agentur_Funktion: 'Stellvertretender Vorsitzender der Geschäftsführung',
        ZV_Traeger_Funktion: 'Erster Kreisbeigeordneter',
        ZV_Jobcenter_Funktion: 'Stellvertretende Geschäftsführerin',
      }),
    );
    expect(zeilen).toEqual([
      'Zielvereinbarung 2024',
      'zwischen dem',
      'Stellvertretenden Vorsitzenden der Geschäftsführung\nder Agentur für Arbeit Lörrach',
      'dem',
      'Ersten Kreisbeigeordneten\ndes Landkreises Lörrach',
      'und der',
      'Stellvertretenden Geschäftsführerin\ndes Jobcenters Landkreis Lörrach',
    ]);
  });

  test('the inflected form of ZV_…_Funktion_Dativ is printed as entered, article included', async () => {
    const ohne = await kopf(mit(kaiserslautern, { ZV_Jobcenter_Funktion: 'Beigeordneter und Sozialdezernent' }));
    // the guess: only the first role declined
    expect(ohne.slice(-2)).toEqual(['und dem', 'Beigeordneten und Sozialdezernent\ndes Jobcenters Stadt Kaiserslautern']);
    const zeilen = await kopf(
      mit(kaiserslautern, {
        ZV_Jobcenter_Funktion: 'Beigeordneter und Sozialdezernent',
        ZV_Jobcenter_Funktion_Dativ: 'dem Beigeordneten und Sozialdezernenten',
        ZV_Agentur_Funktion_Dativ: 'der Vorsitzenden  der Geschäftsführung',
      }),
    );
    expect(zeilen.slice(1)).toEqual([
      'zwischen der',
      'Vorsitzenden der Geschäftsführung\nder Agentur für Arbeit Kaiserslautern-Pirmasens',
      'und dem',
      'Beigeordneten und Sozialdezernenten\ndes Jobcenters Stadt Kaiserslautern',
    ]);
  });

  test('the signature block keeps the role as entered (nominative)', async () => {
    const v = mit(kaiserslautern, {
      ZV_Jobcenter_Funktion: 'Stellvertretende Geschäftsführerin',
      ZV_Jobcenter_Funktion_Dativ: 'der Stellvertretenden Geschäftsführerin',
    });
    const absaetze = absaetzeVon(teile(await erzeugeDokument(v))['word/document.xml']!);
    expect(absaetze).toContain('Stellvertretende Geschäftsführerin\ndes Jobcenters Stadt Kaiserslautern');
  });
});
