import * as React from 'react';
import { Button, Switch, Subtitle2, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { Befund } from '../../model/vereinbarung';
import type { Arbeitsumgebung } from '../umgebung';
import { SCHWERE_TEXT, SCHWEREN, vereinbarungName } from '../anzeige';
import type { Aktion, Stand } from '../stand';

const useStyles = makeStyles({
  spalte: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  liste: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  befund: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  text: { display: 'block', paddingLeft: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXS },
  error: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `4px solid ${tokens.colorBrandStroke1}` },
  kopf: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // the cell reference looks like a link: a click (or Enter) shows the cell in the workbook
  zelle: { color: tokens.colorBrandForegroundLink, textDecorationLine: 'underline', whiteSpace: 'nowrap' },
  knoepfe: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function Pruefen(props: {
  umgebung: Arbeitsumgebung;
  stand: Stand;
  aktion: Aktion;
  erneut: (danach?: string) => Promise<void>;
  markierungenAn: boolean;
  markierungenUmschalten: (an: boolean) => Promise<void>;
}): React.ReactElement {
  const { umgebung, stand, aktion } = props;
  const s = useStyles();
  const mehrere = stand.ergebnisse.length > 1;
  const befunde: { b: Befund; quelle: string }[] = stand.ergebnisse.flatMap((e) =>
    e.befunde.map((b) => ({ b, quelle: vereinbarungName(e.vereinbarung) })),
  );

  const zeigen = (b: Befund): void => {
    if (!b.cell || !umgebung.zelleZeigen) return;
    void aktion(async () => {
      await umgebung.zelleZeigen!(b.cell!);
      return `Zelle ${b.cell} ausgewählt.`;
    }, false);
  };

  return (
    <section className={s.spalte} aria-labelledby="pruefen-titel">
      <Title3 as="h2" id="pruefen-titel">
        Prüfen
      </Title3>
      <div className={s.knoepfe}>
        <Button appearance="primary" onClick={() => void props.erneut()}>
          Erneut prüfen
        </Button>
        {umgebung.markieren && umgebung.markierungenEntfernen ? (
          <>
            <Switch
              checked={props.markierungenAn}
              onChange={(_, d) => void props.markierungenUmschalten(d.checked)}
              label="Befunde in den Zellen markieren"
            />
            <Button onClick={() => void props.markierungenUmschalten(false)}>Markierungen entfernen</Button>
          </>
        ) : null}
      </div>
      {umgebung.onAenderung ? <Text size={200}>Zielplaner prüft automatisch, sobald Sie das Blatt bearbeiten.</Text> : null}
      {stand.keinPlanungsblatt ? <Text>{stand.keinPlanungsblatt}</Text> : null}
      {stand.mappe && !stand.keinPlanungsblatt && befunde.length === 0 ? (
        <Text>Keine Befunde: Die Planwerte sind vollständig und stimmig.</Text>
      ) : null}
      {SCHWEREN.map((schwere) => {
        const gruppe = befunde.filter((x) => x.b.severity === schwere);
        const id = `befunde-${schwere}`;
        return (
          <section key={schwere} aria-labelledby={id}>
            <div className={s.kopf}>
              <Subtitle2 as="h3" id={id}>
                {SCHWERE_TEXT[schwere].mehrzahl} ({gruppe.length})
              </Subtitle2>
            </div>
            {gruppe.length > 0 ? (
              <ul className={s.liste}>
                {gruppe.map(({ b, quelle }, i) => {
                  const text = `${mehrere ? `${quelle}: ` : ''}${b.message}`;
                  return (
                    <li key={`${b.rule}-${b.field}-${i}`} className={s[schwere]}>
                      {b.cell && umgebung.zelleZeigen ? (
                        <Button
                          appearance="subtle"
                          className={s.befund}
                          onClick={() => zeigen(b)}
                          aria-label={`${SCHWERE_TEXT[schwere].einzahl} in Zelle ${b.cell}: ${text}`}
                        >
                          <span>
                            {text} <span className={s.zelle}>{b.cell}</span>
                          </span>
                        </Button>
                      ) : (
                        <Text className={s.text}>
                          {text}
                          {b.cell ? ` (${b.cell})` : ''}
                        </Text>
                      )}
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
