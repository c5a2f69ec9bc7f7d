import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { updateCanvasNote } from '../../../shared/theme3/canvasNoteOps'
import { areaNotes } from '../../../shared/theme3/theme3Queries'
import { freshRepo } from '../../testing/testServices'
import { BRIEF_STATEMENT, renderBrief } from './testing/briefTestHarness'

const FACTS = 'そこから考えられること（仮説・評価・見解）'

function field(name: string): HTMLTextAreaElement {
  return screen.getByRole<HTMLTextAreaElement>('textbox', { name })
}

function part(name: string): HTMLElement {
  const found = screen.getByRole('region', { name })
  return found
}

function type(name: string, text: string) {
  const box = field(name)
  act(() => {
    box.focus()
    fireEvent.change(box, { target: { value: text } })
    fireEvent.blur(box)
  })
}

describe('BriefView', () => {
  it('shows every part generated from the canvas, the workshop and the group', async () => {
    const { group } = await renderBrief()
    expect(screen.getByRole('heading', { name: '伝達シート', level: 2 })).toBeTruthy()
    expect(screen.getByText('前橋研修会')).toBeTruthy()
    expect(screen.getByText('2025年2月7日（金）')).toBeTruthy()
    expect(screen.getByText('会議室A')).toBeTruthy()
    expect(within(screen.getByTestId('brief-sheet')).getByText(group.name)).toBeTruthy()
    expect(field('地域課題').value).toBe(BRIEF_STATEMENT)
    expect(field('地域課題のタネ').value).toBe(
      '・パーキンソン病の訪問診療\n・目指す姿：自宅で療養を続けられる',
    )
    expect(field('事実・情報').value).toBe(
      '・市外の訪問診療医を紹介した\n・ケアマネから同じ問合せが続いている',
    )
    expect(field(FACTS).value).toBe('・専門医に相談しやすい関係が地域にない')
    expect(field('補足する情報・資料').value).toBe('・相談室の相談記録（8～12月）')
    expect(field('共有の方法（提案）').value).toBe('・在宅医療・介護連携推進協議会で報告する')
    expect(field('市町村担当者からの質問と答え').value).toBe(
      'Q. なぜ市内に必要なのか\nA. 通院が難しいから',
    )
    expect(screen.queryByText('編集済み')).toBeNull()
    expect(screen.getAllByText('キャンバスと連動')).toHaveLength(7)
    // One canvas: no picker.
    expect(screen.queryByRole('group', { name: '地域課題を選ぶ' })).toBeNull()
  })

  it('stores an edit on the canvas (one undo step), marks it 編集済み and keeps it in IndexedDB', async () => {
    const { services, canvasId, doc } = await renderBrief()
    type('事実・情報', '・相談が3か月で5件あった')
    expect(doc().canvases[canvasId]?.brief.facts?.text).toBe('・相談が3か月で5件あった')
    expect(field('事実・情報').value).toBe('・相談が3か月で5件あった')
    expect(within(part('事実・情報')).getByText('編集済み')).toBeTruthy()
    await services.workshop.getState().flush()
    const stored = await freshRepo(services.dbName).loadDoc(doc().workshop.id)
    expect(stored?.canvases[canvasId]?.brief.facts?.text).toBe('・相談が3か月で5件あった')

    // Undo is this board's: the edit goes, the part follows the canvas again.
    fireEvent.click(screen.getByRole('button', { name: /元に戻す/ }))
    expect(doc().canvases[canvasId]?.brief.facts).toBeNull()
    expect(field('事実・情報').value).toContain('市外の訪問診療医を紹介した')
  })

  it('Enter finishes a part as in every other field; Shift+Enter and a converting Enter do not', async () => {
    const { canvasId, doc } = await renderBrief()
    expect(
      screen.getByText('Enter で確定、Shift+Enter で改行（欄を離れても確定します）'),
    ).toBeTruthy()
    const box = field('事実・情報')
    act(() => {
      box.focus()
      fireEvent.change(box, { target: { value: '・相談が続いている' } })
    })
    // The Enter that accepts an IME conversion (isComposing, key code 229) never finishes it.
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true, keyCode: 229 })
    expect(doc().canvases[canvasId]?.brief.facts).toBeNull()
    // Shift+Enter is a line break (left to the field), not the end of the part.
    expect(fireEvent.keyDown(box, { key: 'Enter', shiftKey: true })).toBe(true)
    expect(doc().canvases[canvasId]?.brief.facts).toBeNull()
    act(() => {
      fireEvent.change(box, { target: { value: '・相談が続いている\n・5件' } })
    })
    expect(fireEvent.keyDown(box, { key: 'Enter' })).toBe(false)
    expect(doc().canvases[canvasId]?.brief.facts?.text).toBe('・相談が続いている\n・5件')
    expect(within(part('事実・情報')).getByText('編集済み')).toBeTruthy()
  })

  it('typing back what the canvas generates leaves the part following the canvas', async () => {
    const { canvasId, doc } = await renderBrief()
    const generated = field('補足する情報・資料').value
    type('補足する情報・資料', `${generated}\n`)
    expect(doc().canvases[canvasId]?.brief.materials).toBeNull()
    expect(within(part('補足する情報・資料')).queryByText('編集済み')).toBeNull()
  })

  it('キャンバスの内容に戻す puts the generated text back', async () => {
    const { canvasId, doc } = await renderBrief()
    type('地域課題', '専門医との相談の仕組み')
    const region = part('地域課題')
    fireEvent.click(within(region).getByRole('button', { name: /キャンバスの内容に戻す/ }))
    expect(doc().canvases[canvasId]?.brief.title).toBeNull()
    expect(field('地域課題').value).toBe(BRIEF_STATEMENT)
    expect(within(part('地域課題')).queryByText('編集済み')).toBeNull()
  })

  it('says when the canvas changed after a part was edited, with what it says now', async () => {
    const { services, canvasId, doc } = await renderBrief()
    type(FACTS, '・関係づくりが必要')
    expect(within(part(FACTS)).queryByText('キャンバスが変更されています')).toBeNull()
    // An edit of another part, later, does not hide or fake a change of this one.
    type('補足する情報・資料', '・相談記録の集計')
    expect(within(part(FACTS)).queryByText('キャンバスが変更されています')).toBeNull()
    const note = areaNotes(doc(), canvasId, 'thoughts')[0]
    if (!note) throw new Error('no note')
    act(() => {
      services.workshop
        .getState()
        .apply((d) => updateCanvasNote(d, note.id, { text: '専門医の相談窓口がない' }))
    })
    const region = part(FACTS)
    expect(within(region).getByText('キャンバスが変更されています')).toBeTruthy()
    expect(within(region).getByText('・専門医の相談窓口がない')).toBeTruthy()
    // The table's words stay until it chooses otherwise.
    expect(field(FACTS).value).toBe('・関係づくりが必要')
    fireEvent.click(screen.getByRole('button', { name: /すべてキャンバスの内容に戻す/ }))
    expect(field(FACTS).value).toBe('・専門医の相談窓口がない')
    expect(screen.queryByText('キャンバスが変更されています')).toBeNull()
  })

  it('prints one A4 portrait page named after the group and the 地域課題', async () => {
    const { services, group } = await renderBrief()
    fireEvent.click(screen.getByRole('button', { name: /印刷・PDF保存/ }))
    await act(() => Promise.resolve())
    expect(services.host.printed).toEqual([
      {
        suggestedName: `伝達シート_${group.name}_${BRIEF_STATEMENT}`,
        pageSize: 'A4',
        landscape: false,
      },
    ])
  })

  it('offers the board’s canvases when there are several', async () => {
    await renderBrief({ secondCanvas: true })
    const picker = screen.getByRole('group', { name: '地域課題を選ぶ' })
    const second = within(picker).getByRole('button', { name: /入退院時の情報共有/ })
    expect(second.getAttribute('aria-pressed')).toBe('false')
    fireEvent.click(second)
    expect(second.getAttribute('aria-pressed')).toBe('true')
    expect(field('地域課題').value).toBe('入退院時の情報共有')
    expect(field('事実・情報').value).toBe('')
    expect(field('事実・情報').placeholder).toBe('何が起きているか（いつ・どのくらい・誰に）')
  })

  it('without a canvas says so and links to the テーマ3 canvas', async () => {
    await renderBrief({ empty: true })
    expect(screen.getByText('まだ地域課題のキャンバスがありません')).toBeTruthy()
    const link = screen.getByRole('link', { name: 'テーマ3のキャンバスを開く' })
    expect(link.getAttribute('href')).toMatch(/\/theme3$/)
  })
})
