/** Colours as office-js reports them: "#RRGGBB" upper case; a few HTML names are accepted. */
const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  lightgray: '#D3D3D3',
  lightgreen: '#90EE90',
  lightblue: '#ADD8E6',
  pink: '#FFC0CB',
  purple: '#800080',
};

export function normalizeColor(input: unknown): string {
  const text = String(input).trim();
  const named = NAMED[text.toLowerCase()];
  if (named) return named;
  const short = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  const long = /^#?([0-9a-f]{6})$/i.exec(text);
  if (long) return `#${long[1].toUpperCase()}`;
  return text;
}
