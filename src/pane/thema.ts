/**
 * The Fluent theme that matches the Office theme: dark when Office uses a dark theme
 * (`officeTheme.isDarkTheme`, or, where that is missing, a dark body background colour).
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Relative luminance of `#RRGGBB` (0 dark … 1 light), or null when unreadable. */
export function helligkeit(farbe: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(farbe ?? '');
  if (!m) return null;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((x) => {
    const c = parseInt(x, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function istDunkel(thema: { isDarkTheme?: boolean; bodyBackgroundColor?: string } | undefined | null): boolean {
  if (!thema) return false;
  if (typeof thema.isDarkTheme === 'boolean') return thema.isDarkTheme;
  const h = helligkeit(thema.bodyBackgroundColor);
  return h !== null && h < 0.3;
}

export function officeThema(): Theme {
  try {
    return istDunkel(Office.context.officeTheme as { isDarkTheme?: boolean; bodyBackgroundColor?: string } | undefined)
      ? webDarkTheme
      : webLightTheme;
  } catch {
    return webLightTheme;
  }
}
