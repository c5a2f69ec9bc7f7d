import { act } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useLangStore } from '../i18n/useT'
import { createTestServices } from '../testing/testServices'
import { startApp } from './appServices'

describe('the application menu’s language', () => {
  afterEach(async () => {
    await useLangStore.getState().setLang('ja')
  })

  it('is the UI’s from the start, and follows the language switch', async () => {
    const services = createTestServices()
    await startApp(services)
    expect(services.host.menuLanguages).toEqual(['ja'])
    await act(async () => {
      await useLangStore.getState().setLang('en')
    })
    expect(services.host.menuLanguages).toEqual(['ja', 'en'])
  })
})
