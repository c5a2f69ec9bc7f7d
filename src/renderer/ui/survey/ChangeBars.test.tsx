import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ChangeBars, ChangeLegend } from './ChangeBars'

const counts = {
  up: 3,
  stay: 2,
  down: 1,
  total: 6,
  percent: { up: 50, stay: 100 / 3, down: 100 / 6 },
}

describe('ChangeBars', () => {
  it('draws one image per chart, named by its label, with the down part hatched', () => {
    const { container } = render(
      <>
        <ChangeBars rows={[{ label: '全体', counts }]} label="Ⅰ-1 全体 up 3 stay 2 down 1" />
        <ChangeLegend label="凡例" />
      </>,
    )
    const chart = screen.getByRole('img', { name: 'Ⅰ-1 全体 up 3 stay 2 down 1' })
    expect(chart.textContent).toContain('50.0%')
    // one hatch in the chart and one in each legend swatch's own SVG, each referenced by its id
    const hatches = [...container.querySelectorAll('pattern')].map((p) => p.id)
    expect(new Set(hatches).size).toBe(hatches.length)
    for (const id of hatches) {
      expect(container.querySelector(`[fill="url(#${id})"]`)).not.toBeNull()
    }
  })
})
