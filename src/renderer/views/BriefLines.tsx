/** A line that starts a list item: 「・」, 「Q.」 or 「A.」 (what buildBrief writes, or the table). */
const ITEM_START = /^(・|Q\.\s?|A\.\s?)/

/**
 * A part's text as lines, list items with a hanging indent (wrapped lines align after 「・」),
 * rendered as text. Used on paper and on the projector.
 */
export function BriefLines({ text, className }: { text: string; className?: string }) {
  const lines = text.split('\n')
  return (
    <div className={className}>
      {lines.map((line, index) => {
        const item = ITEM_START.exec(line)
        return (
          <p key={index} className={item ? 'brief-line brief-line--item' : 'brief-line'}>
            {item ? (
              <>
                <span className="brief-line__mark">{item[1]}</span>
                {line.slice(item[0].length)}
              </>
            ) : (
              line || '\u00a0'
            )}
          </p>
        )
      })}
    </div>
  )
}
