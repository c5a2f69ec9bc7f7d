import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PROJECTOR_ROUTE_PATTERN } from '../../../shared/host/hostApi'
import { applyRecords, docRecords, type WorkshopDoc } from '../../../shared/model/workshopDoc'
import { addNote } from '../../../shared/board/theme1Ops'
import { boardOf, workshopGroups } from '../../../shared/ops/groupOps'
import { createTopic, updateTopic } from '../../../shared/theme2/topicOps'
import { addCanvasNote, addCanvasRef } from '../../../shared/theme3/canvasNoteOps'
import { createCanvas, createCanvasFromTopic, setBriefPart } from '../../../shared/theme3/canvasOps'
import { addQa } from '../../../shared/theme3/canvasQaOps'
import { AppServicesContext } from '../../session/appServices'
import { parseRoute, routeHref } from '../../navigation/useRoute'
import { makeTestDoc } from '../../testing/testDocs'
import { createTestServices } from '../../testing/testServices'
import { Theme3Projector } from './Theme3Projector'
import { theme3ProjectorKeyAction } from './theme3ProjectorKeys'

async function renderProjector() {
  const services = createTestServices()
  const ctx = services.ctx
  let doc: WorkshopDoc = makeTestDoc(ctx, { title: '前橋研修会', rows: 1, groups: 1 })
  const group = workshopGroups(doc)[0]
  const theme1 = group && boardOf(doc, group.id, 'theme1')
  const theme2 = group && boardOf(doc, group.id, 'theme2')
  const theme3 = group && boardOf(doc, group.id, 'theme3')
  if (!group || !theme1 || !theme2 || !theme3) throw new Error('no boards')
  const step = (records: ReturnType<typeof createCanvas>) => {
    doc = applyRecords(doc, records)
    return records[0]?.id ?? ''
  }
  const noteId = step(
    addNote(doc, theme1.id, { text: '専門医の訪問診療が見つからない', scenes: ['daily'] }, ctx),
  )
  const topicId = step(createTopic(doc, theme2.id, 'パーキンソン病の訪問診療', ctx))
  step(updateTopic(doc, topicId, { statement: '専門医と相談しやすい関係を作ること' }))
  const canvasId = step(createCanvasFromTopic(doc, theme3.id, topicId, ctx))
  step(addCanvasRef(doc, canvasId, 'facts', { type: 'note', id: noteId }, ctx))
  step(addCanvasNote(doc, canvasId, 'facts', '市外のクリニックを紹介した', ctx))
  step(addCanvasNote(doc, canvasId, 'thoughts', '相談できる関係がない', ctx))
  step(addCanvasNote(doc, canvasId, 'share', '協議会で報告する', ctx))
  step(addQa(doc, canvasId, { prompt: null, question: 'なぜ必要？', answer: '通院が難しい' }, ctx))
  step(addQa(doc, canvasId, { prompt: 'why', question: 'なぜ相談が生じた？', answer: '' }, ctx))
  step(setBriefPart(doc, canvasId, 'share', '・地域ケア会議で共有する'))
  step(createCanvas(doc, theme3.id, '入退院時の情報共有', ctx))
  await services.persistence.saveNow(doc, docRecords(doc))
  const follow = vi.spyOn(services.sync, 'follow')
  render(
    <AppServicesContext.Provider value={services}>
      <Theme3Projector workshopId={doc.workshop.id} groupId={group.id} />
    </AppServicesContext.Provider>,
  )
  await screen.findByRole('heading', { name: group.name, level: 1 })
  return { services, doc, group, follow }
}

const key = (k: string) => {
  act(() => {
    fireEvent.keyDown(window, { key: k })
  })
}

describe('Theme3Projector', () => {
  it('shows one canvas read-only: the 地域課題 and the four areas, references with their theme', async () => {
    const { doc, follow } = await renderProjector()
    expect(follow).toHaveBeenCalledWith(doc.workshop.id, expect.anything())
    expect(screen.getByText('テーマ3', { selector: '.pj-header__theme-label' })).toBeTruthy()
    expect(screen.getByTestId('pj3-canvas-count').textContent).toBe('地域課題 1 / 2')
    expect(screen.getByTestId('pj3-issue').textContent).toBe('専門医と相談しやすい関係を作ること')
    const facts = screen.getByRole('region', { name: '事実・情報' })
    expect(
      within(facts)
        .getAllByTestId('pj3-note')
        .map((n) => n.textContent),
    ).toEqual(['専門医の訪問診療が見つからないテーマ1 付箋', '市外のクリニックを紹介した'])
    expect(
      within(screen.getByRole('region', { name: '補足する情報・資料' })).getByText(
        '（まだありません）',
      ),
    ).toBeTruthy()
    expect(screen.getByText('協議会で報告する')).toBeTruthy()
    expect(document.querySelector('input, textarea, [contenteditable="true"]')).toBeNull()
  })

  it('Q shows the questions and answers, B the 伝達シート as edited, C the canvas again', async () => {
    await renderProjector()
    key('q')
    expect(screen.getByTestId('theme3-projector').dataset.view).toBe('qa')
    const qa = screen.getByTestId('pj3-qa')
    expect(within(qa).getByText('なぜ必要？')).toBeTruthy()
    expect(within(qa).getByText('通院が難しい')).toBeTruthy()
    expect(within(qa).getByText('（答えはまだです）')).toBeTruthy()
    key('b')
    const brief = screen.getByTestId('pj3-brief')
    expect(within(brief).getByText('地域ケア会議で共有する')).toBeTruthy()
    expect(within(brief).getByText('相談できる関係がない')).toBeTruthy()
    key('c')
    expect(screen.getByTestId('pj3-canvas')).toBeTruthy()
  })

  it('steps between canvases with ←/→ and digits', async () => {
    await renderProjector()
    key('ArrowRight')
    expect(screen.getByTestId('pj3-canvas-count').textContent).toBe('地域課題 2 / 2')
    expect(screen.getByTestId('pj3-issue').textContent).toBe('入退院時の情報共有')
    key('ArrowRight')
    expect(screen.getByTestId('pj3-canvas-count').textContent).toBe('地域課題 2 / 2')
    key('1')
    expect(screen.getByTestId('pj3-canvas-count').textContent).toBe('地域課題 1 / 2')
  })
})

describe('theme3ProjectorKeyAction', () => {
  const ev = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
    key: k,
    isComposing: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...extra,
  })
  it('maps the keys and ignores IME and modified keys', () => {
    expect(theme3ProjectorKeyAction(ev('PageDown'), 2)).toEqual({ type: 'step', direction: 1 })
    expect(theme3ProjectorKeyAction(ev('PageUp'), 2)).toEqual({ type: 'step', direction: -1 })
    expect(theme3ProjectorKeyAction(ev('3'), 2)).toBeNull()
    expect(theme3ProjectorKeyAction(ev('B'), 2)).toEqual({ type: 'view', view: 'brief' })
    expect(theme3ProjectorKeyAction(ev('Escape'), 2)).toEqual({ type: 'view', view: 'canvas' })
    expect(theme3ProjectorKeyAction(ev('f'), 2)).toEqual({ type: 'fullScreen' })
    expect(theme3ProjectorKeyAction(ev('-'), 2)).toEqual({ type: 'scale', direction: -1 })
    expect(theme3ProjectorKeyAction(ev('b', { isComposing: true }), 2)).toBeNull()
    expect(theme3ProjectorKeyAction(ev('b', { ctrlKey: true }), 2)).toBeNull()
  })

  it('has a route the host accepts', () => {
    const route = { name: 'theme3Projector', workshopId: 'ws-1', groupId: 'grp-1' } as const
    expect(parseRoute(routeHref(route))).toEqual(route)
    expect(PROJECTOR_ROUTE_PATTERN.test(routeHref(route))).toBe(true)
  })
})
