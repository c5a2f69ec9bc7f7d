import { describe, expect, it } from 'vitest'
import { AppError, appError, errorRefOf } from './appError'
import type { ErrorRef } from './errorCodes'
import { errorMessagesEn } from './errorMessages.en'
import { errorMessagesJa } from './errorMessages.ja'
import { errorText } from './errorText'

/** Parameters that fit every code (each message takes the ones it needs). */
const ANY_PARAMS = {
  detail: { code: 'host.noSpace' },
  count: 2,
  maxBytes: 20 * 1024 * 1024,
  max: 20000,
  field: 'note',
  title: 'Maebashi',
  summary: [{ kind: 'updated', count: 2 }],
  files: 2,
  written: 3,
}
const sample = (code: string) => ({ code, params: ANY_PARAMS }) as unknown as ErrorRef
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/
/** Codes that are a button's label rather than a sentence. */
const BUTTON_LABELS = new Set(['notice.undo'])

describe('error catalogues', () => {
  it('have the same codes in Japanese and English, each with a message', () => {
    expect(Object.keys(errorMessagesEn).sort()).toEqual(Object.keys(errorMessagesJa).sort())
    for (const code of Object.keys(errorMessagesJa)) {
      expect(errorText(sample(code), 'ja'), code).toMatch(JAPANESE)
      expect(errorText(sample(code), 'en'), code).not.toMatch(JAPANESE)
      // A button's label is short; every sentence is longer than a stub.
      const shortest = BUTTON_LABELS.has(code) ? 2 : 10
      expect(errorText(sample(code), 'en').length, code).toBeGreaterThan(shortest)
    }
  })

  it('put a nested cause inside the message, in the same language', () => {
    const detail: ErrorRef = { code: 'host.noSpace' }
    expect(errorText({ code: 'backup.failed', params: { detail } }, 'ja')).toBe(
      'バックアップを保存できませんでした。ディスクの空き容量が足りません。これまでのバックアップと入力内容はそのまま残っています。',
    )
    expect(errorText({ code: 'backup.failed', params: {} }, 'ja')).toBe(
      'バックアップを保存できませんでした。これまでのバックアップと入力内容はそのまま残っています。',
    )
    expect(errorText({ code: 'backup.failed', params: { detail } }, 'en')).toBe(
      'The backup could not be saved. There is not enough disk space. Earlier backups and what you typed are kept.',
    )
    expect(errorText({ code: 'persist.snapshot', params: { detail } }, 'ja')).toMatch(
      /保存します。（ディスクの空き容量が足りません。）$/,
    )
    expect(errorText({ code: 'persist.snapshot', params: {} }, 'ja')).toMatch(/保存します。$/)
  })

  it('says the size limit in MB', () => {
    const ref = (maxBytes: number): ErrorRef => ({
      code: 'host.fileTooLarge',
      params: { maxBytes },
    })
    expect(errorText(ref(20 * 1024 * 1024), 'ja')).toBe('ファイルが大きすぎます（上限 20MB）。')
    expect(errorText(ref(1.5 * 1024 * 1024), 'en')).toBe('The file is too large (limit 1.5 MB).')
  })

  it('tell what happened (info and success notices) in the UI language', () => {
    const imported: ErrorRef = {
      code: 'notice.imported',
      params: {
        title: '県コーディネーター研修',
        summary: [
          { kind: 'added', type: 'note', count: 1 },
          { kind: 'added', type: 'canvas', count: 2 },
          { kind: 'added', type: 'outcome', count: 3 },
          { kind: 'updated', count: 3 },
          { kind: 'conflicts', count: 1 },
        ],
      },
    }
    expect(errorText(imported, 'ja')).toBe(
      '『県コーディネーター研修』に取り込みました（新しい付箋 1枚、新しい地域課題のキャンバス 2件、新しい期待値・指標 3件、更新 3件、競合 1件）。',
    )
    expect(errorText(imported, 'en')).toBe(
      'Imported into “県コーディネーター研修” (1 new note, 2 new canvases, 3 new expectations and indicators, 3 updated, 1 conflict).',
    )
    const deleted: ErrorRef = { code: 'notice.workshopDeleted', params: { title: ' ' } }
    expect(errorText(deleted, 'ja')).toBe('『無題の研修会』を削除しました')
    expect(errorText(deleted, 'en')).toBe('Deleted “Untitled workshop”.')
    const kept: ErrorRef = { code: 'notice.keptChanged', params: { count: 1 } }
    expect(errorText(kept, 'ja')).toBe('その後に変更された1件はそのままにしました。')
    expect(errorText(kept, 'en')).toBe('1 item changed since was left as it is.')
    expect(errorText({ code: 'notice.keptRemote', params: { count: 2 } }, 'en')).toBe(
      '2 items changed on another device were left as they are.',
    )
    expect(errorText({ code: 'notice.undo' }, 'en')).toBe('Undo')
  })

  it('shows nothing for no error', () => {
    expect(errorText(undefined, 'ja')).toBe('')
  })
})

describe('AppError', () => {
  it('carries its code, not words: the message is the code, for logs', () => {
    const error = appError('host.fileTooLarge', { maxBytes: 10 })
    expect(error).toBeInstanceOf(AppError)
    expect(error.message).toBe('host.fileTooLarge')
    expect(errorRefOf(error)).toEqual({ code: 'host.fileTooLarge', params: { maxBytes: 10 } })
    expect(errorRefOf(new Error('ディスクがいっぱいです。'))).toBeUndefined()
    expect(errorRefOf('host.noSpace')).toBeUndefined()
  })
})
