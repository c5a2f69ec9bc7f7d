/** The タネ mark: a seed with a sprout (decorative; the word 「タネ」 always goes with it). */
export function TaneIcon({ size = 14 }: { size?: number }) {
  return (
    <svg
      className="tane-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <ellipse cx="8" cy="12.5" rx="4" ry="2.6" className="tane-icon__seed" />
      <path d="M8 11 V6.5" className="tane-icon__stem" />
      <path d="M8 7 C8 4 5.5 2.6 2.8 3 C3 5.8 5.2 7.2 8 7 Z" className="tane-icon__leaf" />
      <path
        d="M8 6.5 C8.4 4 10.4 2.8 13.2 3.2 C12.8 5.6 10.8 6.8 8 6.5 Z"
        className="tane-icon__leaf"
      />
    </svg>
  )
}
