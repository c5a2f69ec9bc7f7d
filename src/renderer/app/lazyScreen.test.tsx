import { act, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { describe, expect, it } from 'vitest'
import { lazyScreen } from './lazyScreen'

function Greeting({ name }: { name: string }) {
  return <p>こんにちは、{name}さん</p>
}

describe('lazyScreen', () => {
  it('suspends while its chunk is on the way, then shows the screen', async () => {
    let arrive: (module: { Greeting: typeof Greeting }) => void = () => undefined
    const Lazy = lazyScreen(
      () =>
        new Promise<{ Greeting: typeof Greeting }>((resolve) => {
          arrive = resolve
        }),
      'Greeting',
    )
    render(
      <Suspense fallback={<p>読み込み中</p>}>
        <Lazy name="山田" />
      </Suspense>,
    )
    expect(screen.getByText('読み込み中')).toBeTruthy()
    await act(async () => {
      arrive({ Greeting })
      await Lazy.preload()
    })
    expect(
      await screen.findByText('こんにちは、山田さん', undefined, { timeout: 5000 }),
    ).toBeTruthy()
  })

  it('renders at once, never suspending, once preloaded', async () => {
    const Lazy = lazyScreen(() => Promise.resolve({ Greeting }), 'Greeting')
    await Lazy.preload()
    render(
      <Suspense fallback={<p>読み込み中</p>}>
        <Lazy name="佐藤" />
      </Suspense>,
    )
    // Synchronously after render: no fallback was ever committed.
    expect(screen.queryByText('読み込み中')).toBeNull()
    expect(screen.getByText('こんにちは、佐藤さん')).toBeTruthy()
  })

  it('fetches its chunk once however often it is preloaded', async () => {
    let fetched = 0
    const Lazy = lazyScreen(() => {
      fetched += 1
      return Promise.resolve({ Greeting })
    }, 'Greeting')
    await Promise.all([Lazy.preload(), Lazy.preload()])
    await Lazy.preload()
    expect(fetched).toBe(1)
  })
})
