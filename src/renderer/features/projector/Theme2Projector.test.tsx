import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { applyRecords, docRecords, type WorkshopDoc } from '../../../shared/model/workshopDoc'
import { boardOf, workshopGroups } from '../../../shared/ops/groupOps'
import { addCause, castVote, setMainCause } from '../../../shared/theme2/causeOps'
import { addMeasure, addOutcome, setChosen } from '../../../shared/theme2/measureOps'
import { seatVoterId } from '../../../shared/theme2/theme2Queries'
import { createTopic, updateTopic } from '../../../shared/theme2/topicOps'
import { AppServicesContext } from '../../session/appServices'
import { parseRoute, routeHref } from '../../navigation/useRoute'
import { makeTestDoc } from '../../testing/testDocs'
import { createTestServices } from '../../testing/testServices'
import { openProjectorRoute } from '../../shell/openProjector'
import { Theme2Projector } from './Theme2Projector'
import { PROJECTOR_ROUTE_PATTERN } from '../../../shared/host/hostApi'
import { createFakeHost } from '../../testing/fakeHost'

async function renderProjector() {
  const services = createTestServices()
  const ctx = services.ctx
  let doc: WorkshopDoc = makeTestDoc(ctx, { title: '前橋研修会', rows: 1, groups: 1 })
  const group = workshopGroups(doc)[0]
  const board = group && boardOf(doc, group.id, 'theme2')
  if (!group || !board) throw new Error('no board')
  const first = createTopic(doc, board.id, '看取り期の家族の不安', ctx)
  const topicId = first[0]?.id ?? ''
  doc = applyRecords(doc, first)
  doc = applyRecords(doc, createTopic(doc, board.id, '入院時の情報共有', ctx))
  doc = applyRecords(
    doc,
    updateTopic(doc, topicId, {
      goal: '家族が安心して看取れる',
      statement: '相談窓口が知られていない',
    }),
  )
  doc = applyRecords(doc, addCause(doc, topicId, '相談先がわからない', null, ctx))
  const cause = Object.values(doc.causes).find((c) => c.text === '相談先がわからない')
  if (!cause) throw new Error('no cause')
  doc = applyRecords(doc, addCause(doc, topicId, '夜間の連絡がつかない', null, ctx))
  doc = applyRecords(doc, castVote(doc, cause.id, seatVoterId(1), 1))
  doc = applyRecords(doc, castVote(doc, cause.id, seatVoterId(2), 1))
  doc = applyRecords(doc, setMainCause(doc, topicId, cause.id))
  doc = applyRecords(doc, addMeasure(doc, topicId, cause.id, '窓口のちらしを配る', '家族', ctx))
  const measure = Object.values(doc.measures)[0]
  if (!measure) throw new Error('no measure')
  doc = applyRecords(doc, setChosen(doc, measure.id, true))
  doc = applyRecords(
    doc,
    addOutcome(doc, topicId, { expectation: '相談件数が増える', indicator: '相談件数' }, ctx),
  )
  await services.persistence.saveNow(doc, docRecords(doc))
  const follow = vi.spyOn(services.sync, 'follow')
  render(
    <AppServicesContext.Provider value={services}>
      <Theme2Projector workshopId={doc.workshop.id} groupId={group.id} />
    </AppServicesContext.Provider>,
  )
  await screen.findByRole('heading', { name: group.name, level: 1 })
  return { services, doc, group, follow }
}

describe('Theme2Projector', () => {
  it('shows one topic of the map read-only, with the main cause, votes and chosen measures', async () => {
    const { doc, follow } = await renderProjector()
    // A read-only view: it follows the workshop, so edits in other windows reload it.
    expect(follow).toHaveBeenCalledWith(doc.workshop.id, expect.anything())
    expect(screen.getByText('テーマ2', { selector: '.pj-header__theme-label' })).toBeTruthy()
    expect(screen.getByTestId('pj2-topic-count').textContent).toBe('テーマ 1 / 2')
    expect(screen.getByText('看取り期の家族の不安', { selector: '.pj2-box__lead' })).toBeTruthy()
    expect(screen.getByText('家族が安心して看取れる')).toBeTruthy()
    const causes = screen.getAllByTestId('pj2-cause')
    expect(causes.map((c) => c.textContent)).toEqual([
      '★主たる原因相談先がわからない2票',
      '夜間の連絡がつかない0票',
    ])
    expect(screen.getByText('採用')).toBeTruthy()
    expect(screen.getByText('窓口のちらしを配る')).toBeTruthy()
    expect(screen.getByText('対象: 家族')).toBeTruthy()
    expect(screen.getByText('相談件数が増える', { exact: false })).toBeTruthy()
    expect(screen.getByText('相談窓口が知られていない')).toBeTruthy()
    expect(document.querySelector('input, textarea, [contenteditable="true"]')).toBeNull()
  })

  it('switches topics with ←/→ and digits, and W toggles the 問1–問5 worksheet', async () => {
    await renderProjector()
    act(() => {
      fireEvent.keyDown(window, { key: 'w' })
    })
    expect(screen.getByTestId('theme2-projector').dataset.view).toBe('sheet')
    expect(screen.getByText('問3 原因')).toBeTruthy()
    expect(screen.getByText('夜間の連絡がつかない')).toBeTruthy()
    act(() => {
      fireEvent.keyDown(window, { key: 'ArrowRight' })
    })
    expect(screen.getByTestId('pj2-topic-count').textContent).toBe('テーマ 2 / 2')
    expect(screen.getByText('入院時の情報共有', { selector: '.pj2-box__lead' })).toBeTruthy()
    act(() => {
      fireEvent.keyDown(window, { key: '1' })
    })
    expect(screen.getByTestId('pj2-topic-count').textContent).toBe('テーマ 1 / 2')
    act(() => {
      fireEvent.keyDown(window, { key: 'W' })
    })
    expect(screen.getByTestId('theme2-projector').dataset.view).toBe('map')
  })
})

describe('theme2 projector route', () => {
  it('parses and builds #/w/<id>/g/<groupId>/theme2/projector, which the host accepts', async () => {
    const route = { name: 'theme2Projector', workshopId: 'ws-1', groupId: 'grp-1' } as const
    expect(parseRoute('#/w/ws-1/g/grp-1/theme2/projector')).toEqual(route)
    expect(parseRoute('#/w/ws-1/g/grp-1/theme2/projector/')).toEqual(route)
    expect(routeHref(route)).toBe('#/w/ws-1/g/grp-1/theme2/projector')
    expect(parseRoute('#/w/ws-1/g/grp-1/theme2').name).toBe('theme2')
    expect(PROJECTOR_ROUTE_PATTERN.test(routeHref(route))).toBe(true)
    const host = createFakeHost()
    await expect(openProjectorRoute(host, routeHref(route))).resolves.toBe(true)
    expect(host.projected).toEqual(['#/w/ws-1/g/grp-1/theme2/projector'])
  })
})
