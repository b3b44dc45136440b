/**
 * The own template is kept in this browser's localStorage (jsdom's, with its real quota of about 5
 * million characters): read back byte for byte next time, forgotten on request, and a template too
 * large for the storage is refused with a German sentence, keeping nothing half-written.
 */
import { GROESSTE_ZEICHEN, keinPlatzText, lokaleVorlagenablage, VORLAGEN_SCHLUESSEL, zuGrossText } from '../../src/pane/vorlagenablage';

beforeEach(() => localStorage.clear());

function bytes(n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (i * 7919) % 256;
  return b;
}

test('a template is kept and read back byte for byte, by another store of the same browser too', () => {
  const ablage = lokaleVorlagenablage()!;
  expect(ablage.lesen()).toBeNull();
  const vorlage = { name: 'Briefkopf Lörrach.docx', bytes: bytes(100_003) };
  expect(ablage.speichern(vorlage)).toBeUndefined();
  const wieder = lokaleVorlagenablage()!.lesen();
  expect(wieder?.name).toBe('Briefkopf Lörrach.docx');
  expect(wieder?.bytes).toEqual(vorlage.bytes);
  // only this browser's storage holds it, under one key
  expect(Object.keys(localStorage)).toEqual([VORLAGEN_SCHLUESSEL]);
  ablage.entfernen();
  expect(lokaleVorlagenablage()!.lesen()).toBeNull();
});

test('a template too large for the storage is refused with a German sentence and nothing is kept', () => {
  const ablage = lokaleVorlagenablage()!;
  ablage.speichern({ name: 'alt.docx', bytes: bytes(10) });
  const gross = { name: 'Mit Fotos.docx', bytes: bytes(Math.ceil((GROESSTE_ZEICHEN / 4) * 3) + 1000) };
  const text = ablage.speichern(gross);
  expect(text).toBe(zuGrossText(gross));
  expect(text).toMatch(/^Die Vorlage „Mit Fotos\.docx“ ist mit 3,6 MB zu groß, um sie in diesem Browser für das nächste Mal aufzubewahren/);
  expect(ablage.lesen()).toBeNull();
});

test('when other data leaves too little room (the browser refuses), another German sentence says so', () => {
  // other data of this origin: 3 million characters
  localStorage.setItem('andere', 'x'.repeat(3_000_000));
  const ablage = lokaleVorlagenablage()!;
  const vorlage = { name: 'Vorlage.docx', bytes: bytes(2_000_000) };
  const text = ablage.speichern(vorlage);
  expect(text).toBe(keinPlatzText(vorlage));
  expect(text).toMatch(/^Die Vorlage „Vorlage\.docx“ \(2,0 MB\) konnte in diesem Browser nicht für das nächste Mal aufbewahrt werden/);
  expect(ablage.lesen()).toBeNull();
  expect(localStorage.getItem('andere')).toHaveLength(3_000_000);
});

test('a damaged entry reads as no template', () => {
  localStorage.setItem(VORLAGEN_SCHLUESSEL, '{kaputt');
  expect(lokaleVorlagenablage()!.lesen()).toBeNull();
});
