/**
 * FUNKTION_NICHT_GEBEUGT (issue 11, item 4): a role the party block cannot decline safely is a warning
 * on its Funktion cell that names what the document would print and where to enter the inflected form
 * (ZV_…_Funktion_Dativ); none once that form is entered, none for the roles Zielplaner declines, none
 * for zkT (its party block names no roles).
 */
import { pruefeMappe } from '../../src/kern';
import { GRUNDLAGE, mappe, type Eintrag } from '../kern/hilfen';

function befunde(felder: Record<string, Eintrag>) {
  const [r] = pruefeMappe(mappe(felder));
  if (!r) throw new Error('no agreement');
  return r.befunde.filter((b) => b.rule === 'FUNKTION_NICHT_GEBEUGT');
}

/** The cell mappe() gives a name: one per entry, down column C from row 2. */
const zelle = (felder: Record<string, Eintrag>, name: string): string => `Planung!C${Object.keys(felder).indexOf(name) + 2}`;

test('the seeds’ roles and compound roles need nothing', () => {
  expect(befunde(GRUNDLAGE)).toEqual([]);
  expect(
    befunde({
      ...GRUNDLAGE,
      ZV_Agentur_Funktion: 'Stellvertretender Vorsitzender der Geschäftsführung',
      ZV_Jobcenter_Funktion: 'Stellvertretende Geschäftsführerin',
    }),
  ).toEqual([]);
});

test('a role not understood: a warning on its cell with the guess and the cell for the inflected form', () => {
  const felder = { ...GRUNDLAGE, ZV_Jobcenter_Funktion: 'Beigeordneter und Sozialdezernent', ZV_Jobcenter_Funktion_Dativ: null };
  const [b, ...weitere] = befunde(felder);
  expect(weitere).toEqual([]);
  const dativZelle = zelle(felder, 'ZV_Jobcenter_Funktion_Dativ');
  expect(b).toMatchObject({
    severity: 'warning',
    field: 'ZV_Jobcenter_Funktion',
    cell: zelle(felder, 'ZV_Jobcenter_Funktion'),
    related: [dativZelle],
  });
  expect(b!.message).toBe(
    `Die Funktion „Beigeordneter und Sozialdezernent“ in „Funktion (Jobcenter)“ (${zelle(felder, 'ZV_Jobcenter_Funktion')}) kann Zielplaner für den Kopf der Vereinbarung nicht sicher beugen; dort stünde „dem Beigeordneten und Sozialdezernent“. Tragen Sie die Form, wie sie dort stehen soll, mit Artikel in „Funktion im Dativ mit Artikel (Jobcenter)“ (${dativZelle}) ein (z. B. „dem Ersten Beigeordneten“).`,
  );
});

test('without a cell for the inflected form the message names the name to define', () => {
  const [b] = befunde({ ...GRUNDLAGE, ZV_Agentur_Funktion: 'Vorstandsmitglied' });
  expect(b!.field).toBe('ZV_Agentur_Funktion');
  expect(b!.message).toContain('dort stünde „dem Vorstandsmitglied“');
  expect(b!.message).toContain('in eine Zelle mit dem Namen ZV_Agentur_Funktion_Dativ ein');
});

test('no warning once the inflected form is entered', () => {
  expect(
    befunde({
      ...GRUNDLAGE,
      ZV_Jobcenter_Funktion: 'Beigeordneter und Sozialdezernent',
      ZV_Jobcenter_Funktion_Dativ: 'dem Beigeordneten und Sozialdezernenten',
    }),
  ).toEqual([]);
});

test('gE-kT checks the Träger’s role too; zkT none', () => {
  const gekt = {
    ...GRUNDLAGE,
    ZV_Art: 'gE-kT',
    ZV_Traeger: 'Landkreis Lörrach',
    ZV_Traeger_Person: 'Marion Dammann',
    ZV_Traeger_Funktion: 'Vorstandsmitglied',
  };
  expect(befunde(gekt).map((b) => b.field)).toEqual(['ZV_Traeger_Funktion']);
  expect(befunde({ ...gekt, ZV_Art: 'zkT', ZV_Land: 'Ministerium', ZV_Land_Person: 'X', ZV_Land_Funktion: 'Vorstandsmitglied' })).toEqual(
    [],
  );
});
