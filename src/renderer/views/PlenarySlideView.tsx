import '../styles/consoleGroups.css'
import { memo, useMemo, type ReactNode } from 'react'
import { CONTINUED_MARK, EMPTY_BLOCK_TEXT } from '../../shared/export/exportLabels'
import type {
  BriefBlock,
  ExportSection,
  ExportSlide,
  PriorityGrid,
  Theme1Cluster,
  Theme1Note,
  Theme2Block,
  Theme3Block,
} from '../../shared/export/exportTypes'
import { WorksheetSlideContent } from './WorksheetSlideContent'
import { useSlideFit } from './useSlideFit'

interface PlenarySlideViewProps {
  section: ExportSection
  slide: ExportSlide
  /** 'full': the projector and the console preview; 'thumb': a group overview thumbnail. */
  size?: 'full' | 'thumb'
  /** Shown in the footer, e.g. 「3 / 7」 of the group's slides. */
  position?: string
  /** Something for a corner of the slide (the speaking timer on the projector). */
  corner?: ReactNode
}

/**
 * One slide of the export model as a 16:9 slide: the group and theme on top, the slide's content
 * as text, n / total at the bottom. All sizes are in container units (cqh), so the same slide
 * reads the same on the projector, in the console's preview and, smaller, as a thumbnail. A slide
 * whose content is taller than the slide (the model's `overflow`, or a long text) shrinks its
 * text until it fits (useSlideFit: from the last fit, so a live thumbnail's edit costs a layout).
 * Memoised: a projected board whose group did not change is not drawn again.
 */
export const PlenarySlideView = memo(function PlenarySlideView({
  section,
  slide,
  size = 'full',
  position,
  corner,
}: PlenarySlideViewProps) {
  // A slide the export model marks as overflowing starts smaller (a handful fewer layouts).
  const fitKey = useMemo(() => ({ slide, size }), [slide, size])
  const bodyRef = useSlideFit(fitKey, { start: slide.overflow ? 0.8 : 1 })
  return (
    <article
      className={`plenary-slide plenary-slide-${size}${corner ? ' has-corner' : ''}`}
      aria-label={`${section.groupName} ${slide.title}`}
      data-slide-kind={slide.kind}
      data-slide-key={slide.key}
    >
      <header className="plenary-slide-head">
        <span className="plenary-slide-group">{section.groupName}</span>
        <span className="plenary-slide-title">{slide.title}</span>
      </header>
      <div className="plenary-slide-body" ref={bodyRef}>
        <SlideContent slide={slide} />
      </div>
      <footer className="plenary-slide-foot">
        <span>{`${section.themeLabel}\u3000${section.themeTitle}`}</span>
        {position !== undefined && <span className="plenary-slide-pos">{position}</span>}
      </footer>
      {corner}
    </article>
  )
})

function SlideContent({ slide }: { slide: ExportSlide }) {
  switch (slide.kind) {
    case 'empty':
      return <p className="plenary-empty">{slide.message}</p>
    case 'theme1':
      return (
        <div className="plenary-t1">
          {slide.blocks.map((block) => (
            <section key={block.key} className="plenary-block">
              <h4>{block.heading}</h4>
              {block.clusters.length === 0 ? (
                <p className="plenary-none">{EMPTY_BLOCK_TEXT}</p>
              ) : (
                block.clusters.map((cluster, i) => (
                  <Cluster key={cluster.head?.id ?? `c${String(i)}`} cluster={cluster} />
                ))
              )}
            </section>
          ))}
        </div>
      )
    case 'theme2Topic':
      return (
        <div className="plenary-blocks">
          {slide.blocks.map((block) => (
            <Theme2BlockView key={block.key} block={block} />
          ))}
        </div>
      )
    case 'theme2Worksheet':
      return <WorksheetSlideContent parts={slide.parts} />
    case 'theme2Grid':
      return (
        <div className="plenary-grids">
          {slide.grids.map((grid) => (
            <GridView key={grid.key} grid={grid} />
          ))}
        </div>
      )
    case 'theme3Canvas':
      return (
        <div className="plenary-blocks plenary-t3">
          {slide.blocks.map((block) => (
            <Theme3BlockView key={block.key} block={block} />
          ))}
        </div>
      )
    case 'theme3Brief':
      return (
        <div className="plenary-blocks">
          {slide.blocks.map((block) => (
            <BriefView key={block.key} block={block} />
          ))}
        </div>
      )
  }
}

function Cluster({ cluster }: { cluster: Theme1Cluster }) {
  return (
    <div className="plenary-cluster">
      {cluster.head ? (
        <NoteLine note={cluster.head} head={cluster.children.length > 0} />
      ) : cluster.continuedHeading !== null ? (
        <p className="plenary-note plenary-note-head is-continued">
          {cluster.continuedHeading}
          {CONTINUED_MARK}
        </p>
      ) : null}
      {cluster.children.length > 0 && (
        <ul className="plenary-children">
          {cluster.children.map((note) => (
            <li key={note.id}>
              <NoteLine note={note} head={false} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function NoteLine({ note, head }: { note: Theme1Note; head: boolean }) {
  const cls = [
    'plenary-note',
    note.kind === 'heading' || head ? 'plenary-note-head' : '',
    note.tane ? 'is-tane' : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <p className={cls}>
      {note.tane && <span className="plenary-tag">タネ</span>}
      {note.text}
      {note.isSecondary && note.primarySceneLabel !== null && (
        <span className="plenary-aside">（→{note.primarySceneLabel}）</span>
      )}
    </p>
  )
}

function Theme2BlockView({ block }: { block: Theme2Block }) {
  const heading = <h4>{block.heading}</h4>
  switch (block.type) {
    case 'fields':
      return (
        <section className="plenary-block">
          {heading}
          <Fields fields={block.fields} />
        </section>
      )
    case 'causes':
      return (
        <section className="plenary-block">
          {heading}
          {block.causes.length === 0 && <p className="plenary-none">{EMPTY_BLOCK_TEXT}</p>}
          <ol className="plenary-list">
            {block.causes.map((c) => (
              <li
                key={c.id}
                className={c.isSub ? 'is-sub' : undefined}
                style={c.depth > 1 ? { paddingLeft: `${String(1.5 * c.depth)}em` } : undefined}
              >
                <span className="plenary-num">{c.n}.</span>
                {c.isMain && <span className="plenary-tag">★主たる原因</span>}
                {c.text}
                {c.votes > 0 && <span className="plenary-aside">（{c.votes}票）</span>}
              </li>
            ))}
          </ol>
        </section>
      )
    case 'measures':
      return (
        <section className="plenary-block">
          {heading}
          {block.measures.length === 0 && <p className="plenary-none">{EMPTY_BLOCK_TEXT}</p>}
          <ol className="plenary-list">
            {block.measures.map((m) => (
              <li key={m.id}>
                <span className="plenary-num">{m.n}.</span>
                {m.chosen && <span className="plenary-tag">✔選定</span>}
                {m.text}
                {m.target !== '' && <span className="plenary-aside">（対象：{m.target}）</span>}
              </li>
            ))}
          </ol>
        </section>
      )
    case 'outcomes':
      return (
        <section className="plenary-block">
          {heading}
          {block.outcomes.length === 0 && <p className="plenary-none">{EMPTY_BLOCK_TEXT}</p>}
          <ul className="plenary-list">
            {block.outcomes.map((o) => (
              <li key={o.id}>
                <span className="plenary-label">期待値</span>
                {o.expectation}
                {o.indicator !== '' && (
                  <>
                    <span className="plenary-label">指標</span>
                    {o.indicator}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )
  }
}

function Fields({ fields }: { fields: { key: string; label: string; text: string }[] }) {
  return (
    <dl className="plenary-fields">
      {fields.map((f) => (
        <div key={f.key}>
          <dt>{f.label}</dt>
          <dd>{f.text === '' ? EMPTY_BLOCK_TEXT : f.text}</dd>
        </div>
      ))}
    </dl>
  )
}

function GridView({ grid }: { grid: PriorityGrid }) {
  return (
    <section className="plenary-grid">
      <h4>{grid.heading}</h4>
      <div
        className="plenary-grid-plot"
        role="img"
        aria-label={`${grid.heading}：${grid.yLabel}×${grid.xLabel}`}
      >
        {grid.points.map((p) => (
          <span
            key={p.id}
            className={p.isMain ? 'plenary-point is-main' : 'plenary-point'}
            style={{ left: `${String(p.x * 100)}%`, bottom: `${String(p.y * 100)}%` }}
            title={p.label}
          >
            {p.isMain ? `★${String(p.n)}` : p.n}
          </span>
        ))}
        <span className="plenary-axis plenary-axis-x">{grid.xLabel} →</span>
        <span className="plenary-axis plenary-axis-y">{grid.yLabel} →</span>
      </div>
      <ol className="plenary-list plenary-grid-legend">
        {grid.points.map((p) => (
          <li key={p.id}>
            <span className="plenary-num">{p.n}.</span>
            {p.label}
          </li>
        ))}
      </ol>
    </section>
  )
}

function Theme3BlockView({ block }: { block: Theme3Block }) {
  const heading = <h4>{block.heading}</h4>
  switch (block.type) {
    case 'fields':
      return (
        <section className="plenary-block plenary-wide">
          {heading}
          <Fields fields={block.fields} />
        </section>
      )
    case 'canvasArea':
      return (
        <section className="plenary-block">
          {heading}
          {block.notes.length === 0 ? (
            <p className="plenary-none">{EMPTY_BLOCK_TEXT}</p>
          ) : (
            <ul className="plenary-list">
              {block.notes.map((n) => (
                <li key={n.id}>
                  {n.ref && <span className="plenary-tag">{n.ref.label}</span>}
                  {n.text}
                  {n.ref?.deleted === true && <span className="plenary-aside">（削除済み）</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )
    case 'qa':
      return (
        <section className="plenary-block plenary-wide">
          {heading}
          <dl className="plenary-qa">
            {block.qas.map((qa) => (
              <div key={qa.id}>
                <dt>Q. {qa.question}</dt>
                <dd>A. {qa.answer === '' ? EMPTY_BLOCK_TEXT : qa.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      )
  }
}

function BriefView({ block }: { block: BriefBlock }) {
  return (
    <section className="plenary-block plenary-wide">
      <h4>{block.heading}</h4>
      {block.lines.length === 0 ? (
        <p className="plenary-none">{EMPTY_BLOCK_TEXT}</p>
      ) : (
        block.lines.map((line, i) => (
          <p key={`${String(i)}:${line}`} className="plenary-line">
            {line}
          </p>
        ))
      )}
    </section>
  )
}
