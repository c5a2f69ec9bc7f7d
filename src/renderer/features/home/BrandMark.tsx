/** The logo: a sticky note with a sprouting seed (タネ), drawn inline so it needs no file. */
export function BrandMark() {
  return (
    <svg
      className="brand__mark"
      viewBox="0 0 48 48"
      width="44"
      height="44"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="5" y="7" width="36" height="36" rx="3" className="brand__note" />
      <path d="M5 10 q0 -3 3 -3 h30 q3 0 3 3 v4 H5 z" className="brand__tape" />
      <path d="M23 36 c0 -7 0 -10 0 -13" className="brand__stem" />
      <path d="M23 25 c-7 0 -10 -4 -10 -9 c6 0 10 3 10 9 z" className="brand__leaf" />
      <path d="M23 23 c5 0 8 -3 8 -7 c-5 0 -8 2 -8 7 z" className="brand__leaf" />
      <ellipse cx="23" cy="37" rx="5" ry="2.4" className="brand__seed" />
    </svg>
  )
}
