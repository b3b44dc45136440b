/** The repository's copy of the contract stays in step with the field catalogue. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FELDER, LISTEN, LISTE_VEREINBARUNGEN, findeFeld, findeListe } from '../../src/catalogue/felder';
import { katalogMarkdown, KATALOG_ANFANG } from '../../src/catalogue/dokumentation';

const doku = readFileSync(path.resolve(__dirname, '../../docs/planungsblatt.md'), 'utf8');
const vertrag = doku.slice(0, doku.indexOf(KATALOG_ANFANG));

/** Names of the contract, with `…_Maenner` shorthands expanded from the name before them. */
function namenImVertrag(): string[] {
  const namen: string[] = [];
  for (const zeile of vertrag.split('\n').filter((z) => z.startsWith('| `'))) {
    const zelle = zeile.split('|')[1] ?? '';
    let letzter = '';
    const volle: string[] = [];
    for (const m of zelle.matchAll(/`([^`]+)`/g)) {
      const n = m[1]!;
      if (n.startsWith('ZV_') && n.endsWith('_…')) {
        // "likewise `ZV_Jobcenter_…`": the suffixes of the cell's first names under another prefix
        const praefix = volle[0]!.replace(/_[^_]+$/, '');
        for (const v of volle) namen.push(n.slice(0, -1) + v.slice(praefix.length + 1));
      } else if (n.startsWith('…_') && letzter) {
        namen.push(letzter.replace(/_[^_]+$/, n.slice(1)));
      } else if (n.startsWith('ZV_')) {
        namen.push(n);
        volle.push(n);
        letzter = n;
      }
    }
  }
  return namen;
}

describe('Vertrag und Katalog', () => {
  test('every name of the contract is in the catalogue, and every catalogue field in the contract', () => {
    const namen = namenImVertrag();
    expect(namen.length).toBeGreaterThan(40);
    for (const n of namen) expect(findeFeld(n) ?? findeListe(n) ?? (n === LISTE_VEREINBARUNGEN ? n : undefined)).toBeDefined();
    const imVertrag = new Set(namen.map((n) => n.toLowerCase()));
    for (const f of FELDER) expect(imVertrag.has(f.name.toLowerCase())).toBe(true);
    for (const l of LISTEN) expect(imVertrag.has(l.name.toLowerCase())).toBe(true);
  });

  test('the contract copy is word for word shared/planning-sheet.md (beside the project)', () => {
    const original = readFileSync(path.resolve(__dirname, '../../../shared/planning-sheet.md'), 'utf8');
    expect(vertrag.startsWith(original)).toBe(true);
  });

  test('the generated catalogue table is current (npm run doku)', () => {
    expect(doku).toContain(katalogMarkdown());
  });
});
