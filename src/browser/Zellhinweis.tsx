/**
 * What the page shows for the cell a finding points to (there is no grid in the browser): its address,
 * the field and its content.
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { findeFeld } from '../catalogue/felder';
import { inhaltText } from '../pane/anzeige';
import type { GezeigteZelle } from './umgebung';

export interface ZellhinweisProps {
  readonly zelle: GezeigteZelle;
  readonly schliessen: () => void;
}

/** Takes the focus when shown, so a screen reader reads the cell at once. */
export function Zellhinweis({ zelle, schliessen }: ZellhinweisProps): React.JSX.Element {
  const box = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    box.current?.focus();
  }, [zelle]);
  const feld = zelle.namen.map((n) => findeFeld(n)).find((f) => f !== undefined);
  return (
    <div ref={box} tabIndex={-1} role="region" aria-label={`Zelle ${zelle.adresse}`}>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>Zelle {zelle.adresse}</MessageBarTitle>
          {feld ? `${feld.bezeichnung} (${feld.name}) ` : zelle.namen.length > 0 ? `(${zelle.namen.join(', ')}) ` : ''}
          enthält {inhaltText(zelle.wert)}. Prüfen Sie die Zelle in Excel, ändern Sie sie dort, wenn nötig, und öffnen Sie die Datei hier
          erneut.
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="transparent" onClick={schliessen}>
            Schließen
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
