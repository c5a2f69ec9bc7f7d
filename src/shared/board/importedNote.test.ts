import { describe, expect, it } from 'vitest'
import type { Note } from '../model/schemas'
import { theme1Fixture } from '../testing/theme1Fixture'
import { importedPair, joinedTexts, keepImportedNote, mergeImportedNote } from './importedNote'

/** A board with 「家族が介護に不安」 and, right after it, the file's copy 「家族の介護負担」. */
function withCopy(link: 'linked' | 'legacy') {
  const f = theme1Fixture()
  const local = f.add('家族が介護に不安', ['daily'], { who: ['family'] })
  const copyId = f.add('家族の介護負担', ['daily'], { who: ['patient'], tane: true })
  const copy: Note = {
    ...f.note(copyId),
    importedCopy: true,
    ...(link === 'linked' ? { importedFrom: local } : {}),
  }
  f.apply([copy])
  return { f, local, copyId }
}

describe('importedPair', () => {
  it('finds the note a copy names in importedFrom', () => {
    const { f, local, copyId } = withCopy('linked')
    f.add('あとから書いた付箋', ['daily'])
    expect(importedPair(f.doc(), copyId)?.original?.id).toBe(local)
  })

  it('finds, for a copy older than file format 6, the note the merge placed it after', () => {
    const { f, local, copyId } = withCopy('legacy')
    expect(importedPair(f.doc(), copyId)?.original?.id).toBe(local)
  })

  it('has no original once that note is deleted, and no pair for an ordinary note', () => {
    const { f, local, copyId } = withCopy('linked')
    f.apply([{ ...f.note(local), deletedAt: f.ctx.now() }])
    expect(importedPair(f.doc(), copyId)).toMatchObject({ original: null })
    expect(importedPair(f.doc(), local)).toBeNull()
  })
})

describe('mergeImportedNote', () => {
  it('gives the original the merged text, both 困っている人 and the タネ mark, and deletes the copy', () => {
    const { f, local, copyId } = withCopy('linked')
    f.apply(mergeImportedNote(f.doc(), copyId, '家族が介護に不安\n家族の介護負担', f.ctx.now()))
    expect(f.note(local)).toMatchObject({
      text: '家族が介護に不安\n家族の介護負担',
      who: ['family', 'patient'],
      tane: true,
    })
    expect(f.note(copyId).deletedAt).not.toBeNull()
  })

  it('is one undo step', () => {
    const { f, local, copyId } = withCopy('linked')
    f.apply(mergeImportedNote(f.doc(), copyId, 'まとめた文', f.ctx.now()))
    f.undo()
    expect(f.note(local).text).toBe('家族が介護に不安')
    expect(f.note(copyId)).toMatchObject({ text: '家族の介護負担', deletedAt: null })
  })

  it('changes nothing without an original or with an empty text', () => {
    const { f, local, copyId } = withCopy('linked')
    expect(mergeImportedNote(f.doc(), copyId, '  \n ', f.ctx.now())).toEqual([])
    f.apply([{ ...f.note(local), deletedAt: f.ctx.now() }])
    expect(mergeImportedNote(f.doc(), copyId, '文', f.ctx.now())).toEqual([])
  })
})

describe('keepImportedNote', () => {
  it('drops the mark and the link and keeps the text', () => {
    const { f, copyId } = withCopy('linked')
    f.apply(keepImportedNote(f.doc(), copyId))
    const note = f.note(copyId)
    expect(note.text).toBe('家族の介護負担')
    expect('importedCopy' in note || 'importedFrom' in note).toBe(false)
  })
})

describe('joinedTexts', () => {
  it('puts the local text first and the file’s on a new line, each once', () => {
    expect(joinedTexts('家族が介護に不安', '家族の介護負担')).toBe(
      '家族が介護に不安\n家族の介護負担',
    )
    expect(joinedTexts('同じ文', '同じ文 ')).toBe('同じ文')
    expect(joinedTexts('', '取り込んだ文')).toBe('取り込んだ文')
  })
})
