import * as React from 'react';
import { Button, Subtitle2, Switch, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { ARTEN, FELDER, LISTE_VEREINBARUNGEN, LISTEN, type Art } from '../../catalogue/felder';
import type { BenannterBereich } from '../../lesen/port';
import type { Arbeitsumgebung } from '../umgebung';
import { Hinweis, type Aktion, type Stand } from '../stand';

interface Eintrag {
  readonly name: string;
  readonly bezeichnung: string;
  readonly gruppe: string;
  readonly liste: boolean;
  readonly arten: readonly Art[];
}

/** The fields and lists of the catalogue, in catalogue order (no second list of names). */
export const EINTRAEGE: readonly Eintrag[] = [
  ...FELDER.map((f) => ({ name: f.name, bezeichnung: f.bezeichnung, gruppe: f.gruppe, liste: false, arten: f.arten })),
  ...LISTEN.map((l) => ({ name: l.name, bezeichnung: l.bezeichnung, gruppe: 'Listen', liste: true, arten: l.arten })),
  {
    name: LISTE_VEREINBARUNGEN,
    bezeichnung: 'Mehrere Vereinbarungen (eine Zeile je Vereinbarung, Feldnamen als Spaltenköpfe)',
    gruppe: 'Listen',
    liste: true,
    arten: ARTEN,
  },
];

const useStyles = makeStyles({
  spalte: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  liste: { listStyleType: 'none', margin: 0, padding: 0 },
  zeile: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  text: { flex: '1 1 12rem', display: 'flex', flexDirection: 'column' },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
});

function ort(b: BenannterBereich | undefined): string {
  if (!b) return 'nicht zugeordnet';
  if (!b.zellen || b.zellen.length === 0) return `Bezug ungültig (${b.bezug || 'leer'})`;
  const erste = b.zellen[0]?.[0]?.adresse ?? b.bezug;
  const letzteZeile = b.zellen[b.zellen.length - 1] ?? [];
  const letzte = letzteZeile[letzteZeile.length - 1]?.adresse ?? erste;
  const bereich = erste === letzte ? erste : `${erste}:${letzte.slice(letzte.lastIndexOf('!') + 1)}`;
  return b.herkunft === 'tabelle' ? `Tabelle ${bereich}` : bereich;
}

export function Zuordnen(props: { umgebung: Arbeitsumgebung; stand: Stand; aktion: Aktion }): React.ReactElement {
  const { umgebung, stand, aktion } = props;
  const s = useStyles();
  const art = stand.ergebnisse[0]?.vereinbarung.art ?? null;
  const [alle, setAlle] = React.useState(false);
  const nachName = new Map<string, BenannterBereich>();
  for (const b of stand.mappe?.bereiche ?? []) if (!nachName.has(b.name.toLowerCase())) nachName.set(b.name.toLowerCase(), b);
  const sichtbar = EINTRAEGE.filter((e) => alle || !art || e.arten.includes(art) || nachName.has(e.name.toLowerCase()));
  const gruppen = [...new Set(sichtbar.map((e) => e.gruppe))];
  const kann = Boolean(umgebung.feldZuordnen && umgebung.auswahl);

  const zuordnen = (e: Eintrag): void => {
    void aktion(async () => {
      const a = await umgebung.auswahl!();
      if (!e.liste && (a.zeilen !== 1 || a.spalten !== 1)) {
        throw new Hinweis(`Für „${e.bezeichnung}“ wählen Sie bitte genau eine Zelle aus (ausgewählt ist ${a.adresse}).`);
      }
      if (e.liste && a.zeilen < 2) {
        throw new Hinweis(
          `Für die Liste „${e.bezeichnung}“ wählen Sie bitte einen Bereich mit der Kopfzeile und mindestens einer Zeile darunter aus.`,
        );
      }
      const adresse = await umgebung.feldZuordnen!(e.name);
      return `„${e.bezeichnung}“ ist jetzt ${adresse} zugeordnet (Name ${e.name}).`;
    });
  };
  const entfernen = (e: Eintrag): void => {
    void aktion(async () => {
      await umgebung.zuordnungEntfernen!(e.name);
      return `Die Zuordnung von „${e.bezeichnung}“ wurde entfernt; der Inhalt der Zelle bleibt erhalten.`;
    });
  };

  return (
    <section className={s.spalte} aria-labelledby="zuordnen-titel">
      <Title3 as="h2" id="zuordnen-titel">
        Felder zuordnen
      </Title3>
      <Text>
        {kann
          ? 'Wählen Sie in Excel die Zelle (bei Listen den Bereich mit Kopfzeile) aus und klicken Sie dann bei dem Feld auf „Auswahl zuordnen“. Zielplaner legt dafür nur einen Namen (ZV_…) an; Inhalte und Formate bleiben unverändert.'
          : 'Hier sehen Sie, welche Felder zugeordnet sind. Zuordnen können Sie die Felder im Excel-Add-in oder über den Namens-Manager in Excel.'}
      </Text>
      {art ? (
        <Switch
          checked={alle}
          onChange={(_, d) => setAlle(d.checked)}
          label={`Auch Felder zeigen, die für ${art} nicht gebraucht werden`}
        />
      ) : null}
      {gruppen.map((g) => (
        <section key={g} aria-label={g}>
          <Subtitle2 as="h3">{g}</Subtitle2>
          <ul className={s.liste}>
            {sichtbar
              .filter((e) => e.gruppe === g)
              .map((e) => {
                const b = nachName.get(e.name.toLowerCase());
                const tabelle = b?.herkunft === 'tabelle';
                return (
                  <li key={e.name} className={s.zeile}>
                    <span className={s.text}>
                      <Text weight="semibold">{e.bezeichnung}</Text>
                      <Text size={200}>
                        <span className={s.code}>{e.name}</span> · {ort(b)}
                      </Text>
                    </span>
                    {kann && !tabelle ? (
                      <>
                        <Button
                          size="small"
                          onClick={() => zuordnen(e)}
                          aria-label={`${e.bezeichnung}: ${b ? 'neu zuordnen' : 'Auswahl zuordnen'}`}
                        >
                          {b ? 'Neu zuordnen' : 'Auswahl zuordnen'}
                        </Button>
                        {b && umgebung.zuordnungEntfernen ? (
                          <Button
                            size="small"
                            appearance="subtle"
                            onClick={() => entfernen(e)}
                            aria-label={`${e.bezeichnung}: Zuordnung entfernen`}
                          >
                            Zuordnung entfernen
                          </Button>
                        ) : null}
                      </>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </section>
  );
}
