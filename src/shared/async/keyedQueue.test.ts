import { describe, expect, it } from 'vitest'
import { createKeyedQueue } from './keyedQueue'

function deferred() {
  let resolve!: () => void
  let reject!: (error: Error) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('createKeyedQueue', () => {
  it('runs the tasks of one key one after another, in call order; other keys run freely', async () => {
    const queue = createKeyedQueue()
    const log: string[] = []
    const first = deferred()
    const a1 = queue('a', async () => {
      log.push('a1 start')
      await first.promise
      log.push('a1 end')
    })
    const a2 = queue('a', () => {
      log.push('a2')
      return Promise.resolve()
    })
    const b1 = queue('b', () => {
      log.push('b1')
      return Promise.resolve()
    })
    await b1
    expect(log).toEqual(['a1 start', 'b1'])
    first.resolve()
    await Promise.all([a1, a2])
    expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2'])
  })

  it('passes on each task’s result and failure; a failed task does not stop the next', async () => {
    const queue = createKeyedQueue()
    const failing = deferred()
    const failed = queue('a', () => failing.promise)
    const next = queue('a', () => Promise.resolve(42))
    failing.reject(new Error('disk full'))
    await expect(failed).rejects.toThrow('disk full')
    expect(await next).toBe(42)
  })
})
