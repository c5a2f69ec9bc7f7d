import { useMemo } from 'react'
import { encode } from 'uqr'

interface QrCodeProps {
  /** What the code holds (a URL). */
  value: string
  /** The accessible name of the image (e.g. 「参加用QRコード」). */
  label: string
  className?: string
}

/** Dark modules as horizontal runs: one rect per run, a quiet zone of 4 modules around. */
export function qrRuns(value: string): {
  size: number
  runs: { x: number; y: number; w: number }[]
} {
  const { data, size } = encode(value, { ecc: 'M', border: 4 })
  const runs: { x: number; y: number; w: number }[] = []
  data.forEach((row, y) => {
    let start = -1
    for (let x = 0; x <= size; x++) {
      const dark = x < size && row[x] === true
      if (dark && start < 0) start = x
      if (!dark && start >= 0) {
        runs.push({ x: start, y, w: x - start })
        start = -1
      }
    }
  })
  return { size, runs }
}

/**
 * A QR code drawn as SVG rects (React elements, never markup from a string), scaled to its box.
 * Black on white whatever the theme, so every phone camera reads it.
 */
export function QrCode({ value, label, className }: QrCodeProps) {
  const { size, runs } = useMemo(() => qrRuns(value), [value])
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect x={0} y={0} width={size} height={size} fill="#fff" />
      {runs.map((run) => (
        <rect key={`${run.x}-${run.y}`} x={run.x} y={run.y} width={run.w} height={1} fill="#000" />
      ))}
    </svg>
  )
}
