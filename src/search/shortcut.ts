/**
 * The search shortcut, on its own: the navbar's light search box listens for it before the
 * real box (and the rest of `src/search`) has loaded.
 */

/** Whether a key press should open search: Ctrl/Cmd+K anywhere, `/` when not typing. */
export function isSearchShortcut(event: {key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean}, typingInField: boolean): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !typingInField;
}

/** Whether a key press goes into a field (where `/` is a character, not the shortcut). */
export function isTypingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}
