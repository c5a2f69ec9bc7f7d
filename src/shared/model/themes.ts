/** The three group-work themes (report 図表-82, L7226-7316). */
export const THEME_IDS = ['theme1', 'theme2', 'theme3'] as const
export type ThemeId = (typeof THEME_IDS)[number]
