/**
 * Code block colours that meet WCAG AA (4.5:1) on their own background. Prism themes pick
 * colours by taste (github's `#36acaa` for URLs is 2.6:1 on `#f6f8fa`); each token colour
 * that falls short is darkened (light themes) or lightened (dark themes) just enough.
 */
import type {PrismTheme} from 'prism-react-renderer';

export const AA_CONTRAST = 4.5;

type Rgb = [number, number, number];

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)`; null for anything else (left as it is). */
function parseColor(color: string): Rgb | null {
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(color.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return null;
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [parseColor(a), parseColor(b)].map((c) => (c ? luminance(c) : NaN)) as [number, number];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `color` moved toward black or white (away from `background`) until it reaches `ratio`. */
export function withContrast(color: string, background: string, ratio = AA_CONTRAST): string {
  const fg = parseColor(color);
  const bg = parseColor(background);
  if (!fg || !bg || contrastRatio(color, background) >= ratio) return color;
  const target: Rgb = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 100; step++) {
    const mixed = fg.map((c, i) => c + ((target[i]! - c) * step) / 100) as Rgb;
    if (contrastRatio(toHex(mixed), background) >= ratio) return toHex(mixed);
  }
  return toHex(target);
}

/** The theme with every token colour readable on the theme's background. */
export function accessibleCodeTheme(theme: PrismTheme): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  const fix = <S extends {color?: string}>(style: S): S => (style.color ? {...style, color: withContrast(style.color, background)} : style);
  return {
    plain: fix(theme.plain),
    // Opacity would undo the contrast: namespaces keep full colour.
    styles: theme.styles.map(({types, style}) => ({types, style: fix({...style, opacity: undefined})})),
  };
}
