/**
 * The colour theme switch: system → light → dark → system. The choice is kept in localStorage and
 * applied before first paint by an inline script in the layout; charts listen for `themechange`.
 */
type Theme = 'system' | 'light' | 'dark';
const ORDER: Theme[] = ['system', 'light', 'dark'];
const LABELS: Record<Theme, string> = { system: '跟随系统', light: '浅色', dark: '深色' };

function current(): Theme {
  const t = document.documentElement.dataset.theme;
  return t === 'light' || t === 'dark' ? t : 'system';
}

function apply(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', theme);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
  document.dispatchEvent(new CustomEvent('themechange'));
}

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const label = () => button.setAttribute('aria-label', `切换配色：当前${LABELS[current()]}`);
    label();
    button.addEventListener('click', () => {
      apply(ORDER[(ORDER.indexOf(current()) + 1) % ORDER.length]!);
      label();
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);
