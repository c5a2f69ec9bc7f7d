import { live } from '../model/workshopDoc'
import { boardOf } from '../ops/groupOps'
import { theme2Fixture } from './theme2Fixture'

/**
 * theme2Fixture plus the group's テーマ3 board: a group with its three boards to test テーマ3 ops
 * on, edited the way the store does it, with undo. Imported only by tests.
 */
export function theme3Fixture() {
  const base = theme2Fixture()
  const theme3 = boardOf(base.doc(), base.groupId, 'theme3')
  if (!theme3) throw new Error('theme3Fixture: no テーマ3 board')
  /** The live テーマ3 records, without the fields every edit changes (to compare states). */
  const theme3Content = () => {
    const doc = base.doc()
    const strip = <T extends { rev: number; updatedAt: string; createdAt: string }>(r: T) => ({
      ...r,
      rev: 0,
      edits: {},
      updatedAt: '',
      createdAt: '',
    })
    const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id)
    return {
      canvases: live(doc.canvases).sort(byId).map(strip),
      canvasNotes: live(doc.canvasNotes).sort(byId).map(strip),
      canvasQas: live(doc.canvasQas).sort(byId).map(strip),
    }
  }
  return { ...base, theme2BoardId: base.boardId, theme3BoardId: theme3.id, theme3Content }
}

export type Theme3Fixture = ReturnType<typeof theme3Fixture>
