/**
 * "Leeres Planungsblatt herunterladen": the blank planning template of a chosen kind, made by the same
 * code as `zielplaner template` and the task pane's "Planungsblatt anlegen" (xlsx/vorlage.ts, loaded
 * only when asked for), for the next target year.
 */
import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ARTEN, type Art } from '../catalogue/felder';
import { herunterladen, XLSX_MIME } from './umgebung';

const ART_TEXT: Record<Art, string> = {
  gE: 'gE – gemeinsame Einrichtung (Agentur für Arbeit und Jobcenter)',
  'gE-kT': 'gE-kT – gemeinsame Einrichtung mit kommunalem Träger',
  zkT: 'zkT – zugelassener kommunaler Träger und Land',
};

const useStyles = makeStyles({
  bereich: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  hinweis: { flexBasis: '100%' },
});

/** The file name of a blank template: `Planungsblatt_gE-kT_2027.xlsx`. */
export function vorlagenName(art: Art, jahr: number): string {
  return `Planungsblatt_${art}_${jahr}.xlsx`;
}

export interface LeeresPlanungsblattProps {
  /** Hands the bytes to the browser's download (replaceable in tests); false when that is impossible. */
  readonly speichern?: (bytes: Uint8Array, dateiname: string, mime: string) => boolean;
}

export function LeeresPlanungsblatt({ speichern = herunterladen }: LeeresPlanungsblattProps): React.JSX.Element {
  const s = useStyles();
  const [art, setArt] = React.useState<Art>('gE');
  const [erstellt, setErstellt] = React.useState(false);
  const [fehler, setFehler] = React.useState<string | null>(null);
  const jahr = new Date().getFullYear() + 1;

  const laden = React.useCallback(async () => {
    setErstellt(true);
    setFehler(null);
    try {
      const { erzeugeVorlage, naechstesZieljahr } = await import(/* webpackChunkName: "vorlage" */ '../xlsx/vorlage');
      const zieljahr = naechstesZieljahr();
      const bytes = await erzeugeVorlage(art, zieljahr);
      if (!speichern(bytes, vorlagenName(art, zieljahr), XLSX_MIME)) {
        setFehler('Dieser Browser kann keine Dateien zum Herunterladen anbieten.');
      }
    } catch {
      setFehler('Das Planungsblatt konnte nicht erstellt werden. Bitte versuchen Sie es erneut.');
    } finally {
      setErstellt(false);
    }
  }, [art, speichern]);

  return (
    <section aria-label="Leeres Planungsblatt" className={s.bereich}>
      <Field label="Art der Vereinbarung">
        <Select value={art} onChange={(_, d) => setArt(d.value as Art)}>
          {ARTEN.map((a) => (
            <option key={a} value={a}>
              {ART_TEXT[a]}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={() => void laden()} disabled={erstellt}>
        {erstellt ? 'Wird erstellt …' : 'Leeres Planungsblatt herunterladen'}
      </Button>
      <Text className={s.hinweis} size={200}>
        Eine Excel-Arbeitsmappe mit allen Angaben der gewählten Art für das Zieljahr {jahr} (im Blatt änderbar): gelbe Zellen ausfüllen, die
        übrigen rechnet das Blatt – auch in LibreOffice Calc.
      </Text>
      {fehler && (
        <MessageBar intent="error" className={s.hinweis}>
          <MessageBarBody>{fehler}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
