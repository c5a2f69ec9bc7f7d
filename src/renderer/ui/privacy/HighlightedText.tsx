import type { PrivacyMatch } from '../../../shared/privacy/privacyKinds'

/** A text with its matches marked (React text nodes and <mark>, never HTML). */
export function HighlightedText({
  text,
  matches,
}: {
  text: string
  matches: readonly PrivacyMatch[]
}) {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const match of matches) {
    if (match.start > at) parts.push(text.slice(at, match.start))
    parts.push(
      <mark key={match.start} className="privacy-mark">
        {text.slice(match.start, match.end)}
      </mark>,
    )
    at = match.end
  }
  if (at < text.length) parts.push(text.slice(at))
  return <span className="privacy-text">{parts}</span>
}
