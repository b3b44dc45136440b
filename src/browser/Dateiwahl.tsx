/**
 * The drop zone of the browser page: choose a planning workbook, or open the built-in example; shows
 * while a file is read and why a file cannot be used.
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, mergeClasses } from '@fluentui/react-components';
import { useStyles } from './stil';

export type Zustand =
  { readonly art: 'leer' } | { readonly art: 'laedt'; readonly name: string } | { readonly art: 'fehler'; readonly meldung: string };

export interface DateiwahlProps {
  /** A workbook is open (the buttons then offer another one). */
  readonly offen: boolean;
  /** A file is dragged over the page. */
  readonly ziehen: boolean;
  readonly zustand: Zustand;
  readonly waehle: (datei: File) => void;
  readonly beispiel: () => void;
}

export function Dateiwahl({ offen, ziehen, zustand, waehle, beispiel }: DateiwahlProps): React.JSX.Element {
  const s = useStyles();
  const eingabe = React.useRef<HTMLInputElement>(null);
  return (
    <section
      aria-label="Arbeitsmappe öffnen"
      className={mergeClasses(s.zone, ziehen && s.zoneAktiv)}
      data-ziehen={ziehen ? 'ja' : undefined}
    >
      <Text weight="semibold">Planungsmappe (.xlsx, .xlsm, .ods) hierher ziehen oder</Text>
      <Button appearance={offen ? 'secondary' : 'primary'} onClick={() => eingabe.current?.click()}>
        {offen ? 'Andere Arbeitsmappe öffnen …' : 'Arbeitsmappe öffnen …'}
      </Button>
      <input
        ref={eingabe}
        className={s.versteckt}
        type="file"
        accept=".xlsx,.xlsm,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12,application/vnd.oasis.opendocument.spreadsheet"
        aria-label="Arbeitsmappe (.xlsx, .xlsm, .ods) auswählen"
        tabIndex={-1}
        onChange={(e) => {
          const datei = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (datei) waehle(datei);
        }}
      />
      {offen ? (
        <Button appearance="subtle" onClick={beispiel}>
          Beispielmappe öffnen
        </Button>
      ) : (
        <Text>
          Noch keine Planungsmappe zur Hand?{' '}
          <Button appearance="secondary" onClick={beispiel}>
            Beispielmappe öffnen
          </Button>
        </Text>
      )}
      <div className={s.status} aria-live="polite">
        {zustand.art === 'laedt' && <Spinner size="small" label={`„${zustand.name}“ wird gelesen …`} labelPosition="after" />}
        {zustand.art === 'fehler' && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>Datei nicht verwendbar</MessageBarTitle>
              {zustand.meldung}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}

/**
 * Dropping a file anywhere on the page opens it (and keeps the browser from navigating to it); returns
 * whether a file is being dragged over the page. Also marks the page ready for a file.
 */
export function useDateiAblage(oeffne: (datei: File) => void): boolean {
  const [ziehen, setZiehen] = React.useState(false);
  React.useEffect(() => {
    const ueber = (e: DragEvent): void => {
      if (!e.dataTransfer || !Array.from(e.dataTransfer.types).includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setZiehen(true);
    };
    const weg = (e: DragEvent): void => {
      if (e.relatedTarget === null) setZiehen(false);
    };
    const fallen = (e: DragEvent): void => {
      e.preventDefault();
      setZiehen(false);
      const datei = e.dataTransfer?.files?.[0];
      if (datei) oeffne(datei);
    };
    window.addEventListener('dragover', ueber);
    window.addEventListener('dragleave', weg);
    window.addEventListener('drop', fallen);
    // Ready for a file: marked for the end-to-end tests and the benchmark (time since navigation start).
    document.documentElement.dataset.zielplaner = 'bereit';
    if (typeof performance.mark === 'function' && performance.getEntriesByName('zielplaner-bereit').length === 0) {
      performance.mark('zielplaner-bereit');
    }
    return () => {
      window.removeEventListener('dragover', ueber);
      window.removeEventListener('dragleave', weg);
      window.removeEventListener('drop', fallen);
    };
  }, [oeffne]);
  return ziehen;
}
