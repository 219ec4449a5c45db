import { useEffect } from 'preact/hooks'
import type { DevtoolsPanels } from '../capture/devtools-api.ts'

/** Chrome says "default" or "dark", Firefox "light", "dark" or "firebug": only "dark" is dark. */
const themeOf = (themeName: string | undefined): 'light' | 'dark' | undefined =>
  themeName === undefined ? undefined : themeName === 'dark' ? 'dark' : 'light'

function apply(themeName: string | undefined): void {
  const theme = themeOf(themeName)
  // Outside DevTools (no theme name) theme.css follows the system.
  if (theme) document.documentElement.dataset.theme = theme
}

/** Keeps <html data-theme> in step with DevTools' own theme. */
export function useDevtoolsTheme(panels: DevtoolsPanels | undefined): void {
  useEffect(() => {
    if (!panels) return
    apply(panels.themeName)
    panels.setThemeChangeHandler?.(apply)
    panels.onThemeChanged?.addListener(apply)
    return () => panels.onThemeChanged?.removeListener(apply)
  }, [panels])
}
