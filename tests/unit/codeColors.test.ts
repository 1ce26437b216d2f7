import {themes} from 'prism-react-renderer';
import {describe, expect, test} from 'vitest';
import {AA_CONTRAST, accessibleCodeTheme, contrastRatio, withContrast} from '../../src/css/codeColors';

describe('code block colours', () => {
  test('contrast ratio follows WCAG', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 1);
    expect(contrastRatio('#36acaa', '#f6f8fa')).toBeCloseTo(2.58, 1);
  });

  test('a colour that falls short is moved just far enough; one that passes is kept', () => {
    const fixed = withContrast('#36acaa', '#f6f8fa');
    expect(contrastRatio(fixed, '#f6f8fa')).toBeGreaterThanOrEqual(AA_CONTRAST);
    expect(contrastRatio(fixed, '#f6f8fa')).toBeLessThan(5.2);
    expect(withContrast('#00009f', '#f6f8fa')).toBe('#00009f');
    expect(contrastRatio(withContrast('#6272a4', '#282a36'), '#282a36')).toBeGreaterThanOrEqual(AA_CONTRAST);
  });

  for (const [name, theme] of [['github', themes.github], ['dracula', themes.dracula]] as const) {
    test(`every ${name} token colour meets AA on its background`, () => {
      const fixed = accessibleCodeTheme(theme);
      const background = fixed.plain.backgroundColor!;
      const colors = [fixed.plain.color, ...fixed.styles.map((s) => s.style.color)].filter((c): c is string => !!c);
      expect(colors.length).toBeGreaterThan(3);
      for (const color of colors) expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(AA_CONTRAST);
      expect(fixed.styles.every((s) => s.style.opacity === undefined)).toBe(true);
    });
  }
});
