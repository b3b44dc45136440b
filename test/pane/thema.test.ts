import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { istDunkel, helligkeit, officeThema } from '../../src/pane/thema';

test('the pane follows the Office theme', () => {
  expect(istDunkel({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' })).toBe(true);
  expect(istDunkel({ bodyBackgroundColor: '#262626' })).toBe(true); // Office "Black"/dark grey without isDarkTheme
  expect(istDunkel({ bodyBackgroundColor: '#E6E6E6' })).toBe(false); // Office "Colorful"
  expect(istDunkel(undefined)).toBe(false);
  expect(helligkeit('#000000')).toBe(0);
  expect(helligkeit('nicht')).toBeNull();
  (globalThis as any).Office = { context: { officeTheme: { isDarkTheme: true } } };
  expect(officeThema()).toBe(webDarkTheme);
  (globalThis as any).Office = { context: { officeTheme: { bodyBackgroundColor: '#FFFFFF' } } };
  expect(officeThema()).toBe(webLightTheme);
  delete (globalThis as any).Office;
  expect(officeThema()).toBe(webLightTheme);
});
