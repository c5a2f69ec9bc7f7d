import { describe, expect, it } from 'vitest'
import { lazyService } from './lazyService'

interface Greeter {
  greet(name: string): Promise<string>
  count(): Promise<number>
}

describe('lazyService', () => {
  it('loads the service at the first call, once, and passes the arguments through', async () => {
    let loads = 0
    let calls = 0
    const greeter = lazyService<Greeter>(
      () => {
        loads++
        return Promise.resolve({
          greet: (name) => Promise.resolve(`こんにちは、${name}さん`),
          count: () => Promise.resolve(++calls),
        })
      },
      { greet: true, count: true },
    )
    expect(loads).toBe(0)
    await expect(greeter.greet('前橋')).resolves.toBe('こんにちは、前橋さん')
    await Promise.all([greeter.count(), greeter.count()])
    expect(loads).toBe(1)
    expect(calls).toBe(2)
  })

  it('rejects a call whose load failed, and loads again at the next call', async () => {
    let loads = 0
    const greeter = lazyService<Pick<Greeter, 'count'>>(
      () => {
        loads++
        if (loads === 1) return Promise.reject(new Error('offline'))
        return Promise.resolve({ count: () => Promise.resolve(7) })
      },
      { count: true },
    )
    await expect(greeter.count()).rejects.toThrow('offline')
    await expect(greeter.count()).resolves.toBe(7)
    expect(loads).toBe(2)
  })
})
