import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Follows the Office theme: a dark Office body background gives the dark Fluent theme. */
export function themeFor(bodyBackgroundColor: string | undefined): Theme {
  if (!bodyBackgroundColor) return webLightTheme;
  const hex = bodyBackgroundColor.replace('#', '');
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) return webLightTheme;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}
