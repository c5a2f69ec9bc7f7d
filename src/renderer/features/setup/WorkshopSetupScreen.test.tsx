import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addNote } from '../../../shared/board/theme1Ops'
import { docRecords } from '../../../shared/model/workshopDoc'
import { boardOf, workshopGroups } from '../../../shared/ops/groupOps'
import { AppServicesContext } from '../../session/appServices'
import { makeTestDoc } from '../../testing/testDocs'
import { createTestServices } from '../../testing/testServices'
import { WorkshopSetupScreen } from './WorkshopSetupScreen'

async function setup() {
  const services = createTestServices()
  const doc = makeTestDoc(services.ctx, { title: '前橋研修会', rows: 2, groups: 1 })
  await services.persistence.saveNow(doc, docRecords(doc))
  const view = render(
    <AppServicesContext.Provider value={services}>
      <WorkshopSetupScreen workshopId={doc.workshop.id} section="basics" />
    </AppServicesContext.Provider>,
  )
  await screen.findByRole('heading', { name: '前橋研修会', level: 1 })
  return { services, doc, view }
}

describe('WorkshopSetupScreen', () => {
  it('edits through the store; Ctrl+Z outside a text field undoes, Ctrl+Shift+Z redoes', async () => {
    const { services } = await setup()
    const title = screen.getByLabelText('研修会名')
    fireEvent.change(title, { target: { value: '高崎研修会' } })
    fireEvent.blur(title)
    expect(await screen.findByRole('heading', { name: '高崎研修会', level: 1 })).toBeTruthy()

    // Inside the field, Ctrl+Z is the field's own undo.
    fireEvent.keyDown(title, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(services.workshop.getState().doc?.workshop.title).toBe('高崎研修会')

    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(await screen.findByRole('heading', { name: '前橋研修会', level: 1 })).toBeTruthy()
    expect(title).toHaveProperty('value', '前橋研修会')
    fireEvent.keyDown(document.body, { key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true })
    expect(await screen.findByRole('heading', { name: '高崎研修会', level: 1 })).toBeTruthy()
  })

  it("undoes the setup's edits only, never a note written on a group's board", async () => {
    const { services, doc } = await setup()
    const title = screen.getByLabelText('研修会名')
    fireEvent.change(title, { target: { value: '高崎研修会' } })
    fireEvent.blur(title)
    const boardId = boardOf(doc, workshopGroups(doc)[0]!.id, 'theme1')!.id
    act(() => {
      services.workshop
        .getState()
        .apply((current, ctx) => addNote(current, boardId, { text: '付箋', scenes: [] }, ctx))
    })
    const undo = screen.getByRole('button', { name: '元に戻す' })
    fireEvent.click(undo)
    expect(await screen.findByRole('heading', { name: '前橋研修会', level: 1 })).toBeTruthy()
    const notes = Object.values(services.workshop.getState().doc?.notes ?? {})
    expect(notes.map((n) => [n.text, n.deletedAt])).toEqual([['付箋', null]])
    expect(undo).toHaveProperty('disabled', true)
  })

  it('keeps the last typed text when the screen is left without leaving the field', async () => {
    const { services, doc, view } = await setup()
    fireEvent.change(screen.getByLabelText('会場'), { target: { value: '群馬県庁' } })
    await act(async () => {
      view.unmount()
      await services.persistence.flush()
    })
    const stored = await services.repo.loadDoc(doc.workshop.id)
    expect(stored?.workshop.venue).toBe('群馬県庁')
  })

  it('cannot uncheck the last scene of テーマ1', async () => {
    await setup()
    for (const scene of ['日常療養', '入退院支援', '急変時の対応']) {
      fireEvent.click(screen.getByRole('checkbox', { name: scene }))
    }
    const last = screen.getByRole('checkbox', { name: '看取り' })
    expect(last).toHaveProperty('checked', true)
    expect(last).toHaveProperty('disabled', true)
    expect(screen.getByText('場面は少なくとも1つ選んでください。')).toBeTruthy()
  })
})
