/** The console's name for the display clock (shell/useClock). */
export { useClock as useNow } from '../../shell/useClock'
