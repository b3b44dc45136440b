import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Radio, RadioGroup, Field, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { ARTEN, FELDER, LISTE_VEREINBARUNGEN, LISTEN, type Art } from '../../catalogue/felder';
import type { Arbeitsumgebung } from '../umgebung';
import { type Aktion, type Bereich, type Stand } from '../stand';

export const ART_TEXT: Readonly<Record<Art, string>> = {
  gE: 'gE – Agentur für Arbeit und Jobcenter (gemeinsame Einrichtung)',
  'gE-kT': 'gE-kT – gemeinsame Einrichtung mit kommunalem Träger',
  zkT: 'zkT – Land und zugelassener kommunaler Träger',
};

const useStyles = makeStyles({
  spalte: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  knoepfe: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function Start(props: {
  umgebung: Arbeitsumgebung;
  stand: Stand;
  aktion: Aktion;
  zuBereich: (b: Bereich) => void;
}): React.ReactElement {
  const { umgebung, stand, aktion, zuBereich } = props;
  const s = useStyles();
  const [art, setArt] = React.useState<Art>('gE');
  const bekannt = new Set([
    ...FELDER.map((f) => f.name.toLowerCase()),
    ...LISTEN.map((l) => l.name.toLowerCase()),
    LISTE_VEREINBARUNGEN.toLowerCase(),
  ]);
  const zugeordnet = stand.mappe ? stand.mappe.bereiche.filter((b) => bekannt.has(b.name.toLowerCase())).length : 0;

  return (
    <section className={s.spalte} aria-labelledby="start-titel">
      <Title3 as="h2" id="start-titel">
        Überblick
      </Title3>
      {umgebung.einschraenkungen.map((t) => (
        <MessageBar key={t} intent="info">
          <MessageBarBody>{t}</MessageBarBody>
        </MessageBar>
      ))}
      {stand.keinPlanungsblatt !== null ? (
        <>
          <Text>
            In dieser Arbeitsmappe wurde kein Planungsblatt gefunden: Es gibt keine Namen, die mit „ZV_“ beginnen. Legen Sie ein
            Planungsblatt an oder ordnen Sie die Felder Ihrem eigenen Blatt zu.
          </Text>
          {umgebung.vorlageEinfuegen ? (
            <>
              <Field label="Art der Zielvereinbarung">
                <RadioGroup value={art} onChange={(_, d) => setArt(d.value as Art)}>
                  {ARTEN.map((a) => (
                    <Radio key={a} value={a} label={ART_TEXT[a]} />
                  ))}
                </RadioGroup>
              </Field>
              <div className={s.knoepfe}>
                <Button
                  appearance="primary"
                  onClick={() =>
                    void aktion(async () => {
                      await umgebung.vorlageEinfuegen!(art);
                      return `Das Planungsblatt (${art}) wurde eingefügt. Tragen Sie die Werte in die gelben Zellen ein.`;
                    })
                  }
                >
                  Planungsblatt anlegen
                </Button>
                {umgebung.feldZuordnen ? <Button onClick={() => zuBereich('zuordnen')}>Eigenes Blatt zuordnen</Button> : null}
              </div>
            </>
          ) : umgebung.feldZuordnen ? (
            <div className={s.knoepfe}>
              <Button appearance="primary" onClick={() => zuBereich('zuordnen')}>
                Eigenes Blatt zuordnen
              </Button>
            </div>
          ) : null}
        </>
      ) : stand.mappe ? (
        <>
          <Text>
            Planungsblatt erkannt: {zugeordnet} {zugeordnet === 1 ? 'Feld ist' : 'Felder sind'} zugeordnet, {stand.ergebnisse.length}{' '}
            {stand.ergebnisse.length === 1 ? 'Vereinbarung' : 'Vereinbarungen'}.
          </Text>
          <div className={s.knoepfe}>
            <Button appearance="primary" onClick={() => zuBereich('pruefen')}>
              Befunde ansehen
            </Button>
            <Button onClick={() => zuBereich('vereinbarung')}>Vereinbarung erzeugen</Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
