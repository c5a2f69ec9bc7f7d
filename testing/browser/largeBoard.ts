import { addNote, type NoteInit } from '../../src/shared/board/theme1Ops'
import { serializeWorkshopFile, parseWorkshopFile } from '../../src/shared/files/workshopFile'
import type { EditContext } from '../../src/shared/model/context'
import { SCENE_KEYS, type SceneKey } from '../../src/shared/model/scenes'
import type { TroubledWho } from '../../src/shared/model/schemas'
import { applyRecords, type WorkshopDoc } from '../../src/shared/model/workshopDoc'
import { addGroup, boardOf, workshopGroups } from '../../src/shared/ops/groupOps'
import { createWorkshopFromTemplate } from '../../src/shared/templates/createWorkshop'
import { FULL_DAY_TEMPLATE } from '../../src/shared/templates/workshopTemplates'

/** Troubles of the kind a table writes (report wording), of varied length. */
const TEXTS = [
  '入院した事を知らなかった',
  '退院時の情報をもっと早く欲しい',
  'どこに連絡、相談したらよいのか分からない',
  '(ケアマネ)パーキンソンに強い市外の訪問診療は遠くて訪問できない。',
  '(家族)同居するパーキンソンの親の夜間訴えが強く、ショートステイも利用できなくなりつらい。',
  '衰弱すると家族が不安になる',
  '不安になると在宅医でなく救急車に連絡',
  '本人の意向を具体的に確認できていない',
  '(薬局)高齢で薬を取りに来るのが大きく負担になっている患者がいるが、介護サービス等は使えるか。',
  '病院の敷居が高い',
  '夜間・休日に相談できる先が分からない\n（特に独居の方）',
  '看取り経験少ないケアマネも不安になる',
]
const HEADINGS = ['相談先が分からない', '情報共有のタイミング', '家族の不安', '医療資源の不足']
const WHO: TroubledWho[][] = [['patient'], ['family'], ['resident'], ['patient', 'family'], []]

export interface LargeBoard {
  doc: WorkshopDoc
  workshopId: string
  groupId: string
  boardId: string
  /** Live notes on the board (every one is shown once: no note is in two scenes). */
  notes: number
  /** The workshop file, as the host keeps it (the snapshot the app restores from). */
  file: string
}

/** Real-looking ids and times (the app's own ids are random too). */
function largeBoardContext(seed: string): EditContext {
  let ids = 0
  let ms = Date.parse('2025-02-07T04:00:00.000Z')
  return {
    now: () => new Date((ms += 1000)).toISOString(),
    newId: () => `${seed}${(++ids).toString(36).padStart(5, '0')}`,
    editorId: 'be0c4000000000aa',
  }
}

/**
 * A 終日開催 workshop with one group whose テーマ1 board holds `n` notes: about an eighth in the
 * tray, the rest over the four scenes; every eighth note of a scene is a 見出し with the next
 * three gathered under it. Built with the app's own ops, checked with its own file reader.
 */
export function buildLargeBoard(n: number, seed = `bench${n}x`): LargeBoard {
  const ctx = largeBoardContext(seed)
  let doc = createWorkshopFromTemplate(
    FULL_DAY_TEMPLATE,
    { title: `ベンチマーク（${n}枚）`, date: '2025-02-07', venue: '' },
    ctx,
  )
  doc = applyRecords(doc, addGroup(doc, ctx))
  const group = workshopGroups(doc)[0]
  const board = group && boardOf(doc, group.id, 'theme1')
  if (!group || !board) throw new Error('bench: no テーマ1 board')

  let added = 0
  let heading: { id: string; left: number } | null = null
  const add = (text: string, scenes: SceneKey[], init: Omit<NoteInit, 'text' | 'scenes'>) => {
    const records = addNote(doc, board.id, { ...init, text, scenes }, ctx)
    const note = records[0]
    if (note?.type !== 'note') throw new Error(`bench: could not add note ${added}`)
    doc = applyRecords(doc, records)
    added += 1
    return note.id
  }
  for (let i = 0; added < n; i += 1) {
    const text = `${TEXTS[i % TEXTS.length] ?? ''}（${i + 1}）`
    const who = WHO[i % WHO.length] ?? []
    if (i % 8 === 7) {
      add(text, [], { who, tane: i % 5 === 0 })
      continue
    }
    const scene = SCENE_KEYS[i % SCENE_KEYS.length] ?? 'daily'
    if (heading && heading.left > 0) {
      heading.left -= 1
      add(text, [], { who, parentId: heading.id })
      continue
    }
    if (i % 16 === 0 && added + 4 <= n) {
      const round = i / 16
      const id = add(
        HEADINGS[round % HEADINGS.length] ?? '見出し',
        [SCENE_KEYS[round % 4] ?? scene],
        {
          kind: 'heading',
        },
      )
      heading = { id, left: 3 }
      continue
    }
    heading = null
    add(text, [scene], { who, tane: i % 11 === 0 })
  }

  const file = serializeWorkshopFile(doc, '0.1.0-bench', new Date().toISOString())
  const parsed = parseWorkshopFile(file)
  if (!parsed.ok) throw new Error(`bench: the app would refuse the file: ${parsed.detail}`)
  return {
    doc,
    workshopId: doc.workshop.id,
    groupId: group.id,
    boardId: board.id,
    notes: added,
    file,
  }
}

/** The board's address (hash route). */
export function boardUrl(board: LargeBoard): string {
  return `/#/w/${board.workshopId}/g/${board.groupId}/theme1`
}
