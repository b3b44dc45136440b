/** The browser page's layout: the column, the drop zone, the bar of the opened file, the footer. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useStyles = makeStyles({
  seite: {
    maxWidth: '960px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  kopf: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  titel: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  zone: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  zoneAktiv: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  versteckt: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  datei: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  spalte: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  /** With a file open: the pane in a readable column (its own root fills the height). */
  rahmen: { maxWidth: '960px', margin: '0 auto', '& > .fui-FluentProvider > div': { minHeight: 'auto' } },
  status: { flexBasis: '100%' },
  fuss: {
    color: tokens.colorNeutralForeground2,
    maxWidth: '960px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
  },
});
