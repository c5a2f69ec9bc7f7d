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
}
const sample = (code: string) => ({ code, params: ANY_PARAMS }) as unknown as ErrorRef
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/

describe('error catalogues', () => {
  it('have the same codes in Japanese and English, each with a message', () => {
    expect(Object.keys(errorMessagesEn).sort()).toEqual(Object.keys(errorMessagesJa).sort())
    for (const code of Object.keys(errorMessagesJa)) {
      expect(errorText(sample(code), 'ja'), code).toMatch(JAPANESE)
      expect(errorText(sample(code), 'en'), code).not.toMatch(JAPANESE)
      expect(errorText(sample(code), 'en').length, code).toBeGreaterThan(10)
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
