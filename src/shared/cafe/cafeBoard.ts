import type { ThemeId } from '../model/themes'
import type { CafeReaction, CafeTarget } from '../model/schemas'
import { byOrder, live, type WorkshopDoc } from '../model/workshopDoc'
import { mainCauseText, topicContent } from '../export/theme2Export'
import { boardTopics } from '../theme2/theme2Queries'
import {
  areaNotes,
  boardCanvases,
  canvasNoteText,
  canvasView,
  compareByOrder,
} from '../theme3/theme3Queries'

/**
 * What a visitor sees at a host table in a ワールドカフェ, and what the table's projector shows:
 * the table's outputs (テーマ1: the タネ; テーマ2: each 地域課題 with its ★主たる原因 and 採用 対策;
 * テーマ3: each canvas with its 伝え方・共有の方法), each with the visitors' 「いいね」 and comments
 * kept apart from the table's own words.
 */

export interface CafeItemLine {
  label: string
  text: string
}

export interface CafeItem {
  target: CafeTarget
  title: string
  lines: CafeItemLine[]
  likes: number
  /** Live comments, oldest first. */
  comments: CafeReaction[]
}

export interface CafeSection {
  themeId: ThemeId
  items: CafeItem[]
}

export interface CafeBoardView {
  sections: CafeSection[]
  likes: number
  comments: number
}

function boardOf(doc: WorkshopDoc, groupId: string, themeId: ThemeId) {
  return live(doc.boards).find((b) => b.groupId === groupId && b.themeId === themeId)
}

export function cafeBoard(doc: WorkshopDoc, groupId: string): CafeBoardView {
  const reactions = new Map<string, CafeReaction[]>()
  for (const reaction of live(doc.cafeReactions)) {
    // Only a reaction on the output's own board counts (a forged one elsewhere shows nowhere).
    const key = `${reaction.boardId}/${reaction.target.type}:${reaction.target.id}`
    const list = reactions.get(key)
    if (list) list.push(reaction)
    else reactions.set(key, [reaction])
  }
  const item = (
    boardId: string,
    target: CafeTarget,
    title: string,
    lines: CafeItemLine[],
  ): CafeItem => {
    const mine = reactions.get(`${boardId}/${target.type}:${target.id}`) ?? []
    return {
      target,
      title,
      lines: lines.filter((l) => l.text !== ''),
      likes: mine.filter((r) => r.kind === 'like').length,
      comments: mine
        .filter((r) => r.kind === 'comment')
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)),
    }
  }
  const sections: CafeSection[] = []
  const theme1 = boardOf(doc, groupId, 'theme1')
  if (theme1) {
    const tane = live(doc.notes)
      .filter((n) => n.boardId === theme1.id && n.tane && n.text.trim() !== '')
      .sort(byOrder)
    sections.push({
      themeId: 'theme1',
      items: tane.map((n) => item(theme1.id, { type: 'note', id: n.id }, n.text, [])),
    })
  }
  const theme2 = boardOf(doc, groupId, 'theme2')
  if (theme2) {
    sections.push({
      themeId: 'theme2',
      items: boardTopics(doc, theme2.id).map((topic) => {
        const content = topicContent(doc, topic)
        const chosen = content.measures.filter((m) => m.chosen).map((m) => m.text)
        return item(theme2.id, { type: 'topic', id: topic.id }, content.view.title, [
          { label: '★主たる原因', text: mainCauseText(content) },
          { label: '地域課題', text: topic.statement },
          { label: '採用した対策', text: chosen.join('／') },
        ])
      }),
    })
  }
  const theme3 = boardOf(doc, groupId, 'theme3')
  if (theme3) {
    sections.push({
      themeId: 'theme3',
      items: boardCanvases(doc, theme3.id).map((canvas) => {
        const share = areaNotes(doc, canvas.id, 'share')
          .sort(compareByOrder)
          .map((n) => canvasNoteText(doc, n))
          .filter((t) => t !== '')
        return item(theme3.id, { type: 'canvas', id: canvas.id }, canvasView(doc, canvas).title, [
          { label: '伝え方・共有の方法', text: share.join('／') },
        ])
      }),
    })
  }
  const all = sections.flatMap((s) => s.items)
  return {
    sections,
    likes: all.reduce((sum, i) => sum + i.likes, 0),
    comments: all.reduce((sum, i) => sum + i.comments.length, 0),
  }
}
