import type { ExportGroupCover } from '../../shared/export/exportTypes'

interface GroupCoverSlideProps {
  cover: ExportGroupCover
  /** Shown in the footer, e.g. 「1 / 9」 of the document. */
  position?: string
}

const NOT_ENTERED = '（未入力）'

/**
 * A group's first page in the exports: who sat at the table (氏名・立場・所属, 司会 and 書記
 * marked, as in the setup) and, per theme, whether the group filled it in (an empty theme has no
 * pages of its own, so this is where the reader learns it). Drawn in the frame of the slides.
 */
export function GroupCoverSlide({ cover, position }: GroupCoverSlideProps) {
  return (
    <article
      className="plenary-slide plenary-slide-full"
      aria-label={`${cover.groupName} メンバー`}
      data-slide-kind="groupCover"
      data-slide-key={cover.key}
    >
      <header className="plenary-slide-head">
        <span className="plenary-slide-group">{cover.groupName}</span>
        <span className="plenary-slide-title">メンバーと検討したテーマ</span>
      </header>
      <div className="plenary-slide-body plenary-cover">
        <dl className="plenary-fields plenary-cover-roles">
          <div>
            <dt>司会</dt>
            <dd>{cover.moderator || NOT_ENTERED}</dd>
          </div>
          <div>
            <dt>書記</dt>
            <dd>{cover.scribe || NOT_ENTERED}</dd>
          </div>
        </dl>
        {cover.members.length === 0 ? (
          <p className="plenary-none">メンバー：{NOT_ENTERED}</p>
        ) : (
          <table className="plenary-sheet plenary-cover-members">
            <colgroup>
              <col className="plenary-cover-col-name" />
              <col className="plenary-cover-col-position" />
              <col />
              <col className="plenary-cover-col-role" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">氏名</th>
                <th scope="col">立場</th>
                <th scope="col">所属</th>
                <th scope="col">役割</th>
              </tr>
            </thead>
            <tbody>
              {cover.members.map((m) => (
                <tr key={m.id}>
                  <td>{m.name || NOT_ENTERED}</td>
                  <td>{m.position}</td>
                  <td>{m.affiliation}</td>
                  <td className="plenary-cover-role">{m.role}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ul className="plenary-list plenary-cover-themes">
          {cover.themes.map((theme) => (
            <li key={theme.themeId}>
              <span className="plenary-label">{theme.themeLabel}</span>
              {theme.themeTitle}
              {theme.empty && <span className="plenary-tag plenary-cover-empty">記入なし</span>}
            </li>
          ))}
        </ul>
      </div>
      <footer className="plenary-slide-foot">
        <span>{cover.groupName}</span>
        {position !== undefined && <span className="plenary-slide-pos">{position}</span>}
      </footer>
    </article>
  )
}
