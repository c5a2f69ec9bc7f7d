import { render, screen } from '@testing-library/react'
import { addNote, type NoteInit } from '../../../../shared/board/theme1Ops'
import { applyRecords, docRecords, type WorkshopDoc } from '../../../../shared/model/workshopDoc'
import { boardOf, workshopGroups } from '../../../../shared/ops/groupOps'
import { AppServicesContext } from '../../../session/appServices'
import { makeTestDoc } from '../../../testing/testDocs'
import { createTestServices } from '../../../testing/testServices'
import type { AreaName } from '../boardKeys'
import { Theme1BoardScreen } from '../Theme1BoardScreen'

/**
 * For component tests: a workshop with one group whose テーマ1 board holds `notes` (text and
 * init, added in order), stored like the app stores it, and the board screen rendered over it.
 */
export async function renderBoard(notes: (Partial<NoteInit> & { text: string })[] = []) {
  const services = createTestServices()
  let doc: WorkshopDoc = makeTestDoc(services.ctx, { title: '前橋研修会', rows: 1, groups: 1 })
  const group = workshopGroups(doc)[0]
  const board = group && boardOf(doc, group.id, 'theme1')
  if (!group || !board) throw new Error('renderBoard: no board')
  for (const note of notes) {
    doc = applyRecords(doc, addNote(doc, board.id, { scenes: [], ...note }, services.ctx))
  }
  await services.persistence.saveNow(doc, docRecords(doc))
  const view = render(
    <AppServicesContext.Provider value={services}>
      <Theme1BoardScreen workshopId={doc.workshop.id} groupId={group.id} />
    </AppServicesContext.Provider>,
  )
  await screen.findByRole('heading', { name: group.name, level: 1 })

  const area = (name: AreaName): HTMLElement => {
    const element = document.querySelector<HTMLElement>(`[data-area="${name}"]`)
    if (!element) throw new Error(`no area ${name}`)
    return element
  }
  return {
    services,
    view,
    boardId: board.id,
    area,
    /** The capture field of an area. */
    capture: (name: AreaName): HTMLTextAreaElement => {
      const field = area(name).querySelector<HTMLTextAreaElement>('[data-capture]')
      if (!field) throw new Error(`no capture field in ${name}`)
      return field
    },
    /** The texts of the notes an area shows, in order (gathered ones too). */
    texts: (name: AreaName): string[] =>
      [...area(name).querySelectorAll('[data-note-id] .note__text')].map((p) => p.textContent),
    /** The (primary) element of the note with this text. */
    note: (text: string): HTMLElement => {
      const match = [
        ...document.querySelectorAll<HTMLElement>('[data-note-id]:not([data-secondary])'),
      ].find((el) => el.querySelector('.note__text')?.textContent === text)
      if (!match) throw new Error(`no note 「${text}」`)
      return match
    },
    /** The live notes of the board in the store. */
    stored: () => {
      const current = services.workshop.getState().doc
      return Object.values(current?.notes ?? {}).filter(
        (n) => n.boardId === board.id && n.deletedAt === null,
      )
    },
    announcement: () => document.querySelector('[data-board-announcer]')?.textContent ?? '',
  }
}
