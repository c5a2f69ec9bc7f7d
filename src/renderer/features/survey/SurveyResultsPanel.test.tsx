import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SurveyAnswer, SurveyItem } from '../../../shared/model/schemas'
import { surveyResults } from '../../../shared/survey/surveyResults'
import {
  TRIAL1_TABLES,
  trial1Answers,
  trial1Items,
} from '../../../shared/survey/testing/trial1Fixture'
import { SurveyResultsPanel } from './SurveyResultsPanel'

const base = { createdAt: '2025-02-07T04:00:00.000Z', updatedAt: '2025-02-07T04:00:00.000Z' }
const items: SurveyItem[] = trial1Items().map((i) => ({
  ...i,
  ...base,
  rev: 1,
  deletedAt: null,
  type: 'surveyItem',
  workshopId: 'w1',
}))
const answers: SurveyAnswer[] = trial1Answers().map((a) => ({
  ...a,
  ...base,
  rev: 1,
  deletedAt: null,
  type: 'surveyAnswer',
  workshopId: 'w1',
  answers: [...a.answers],
}))

/** The table's rows as the person sees them: up, stay, down, 計 of each rated item. */
function shownCounts(): number[][] {
  return screen
    .getAllByRole('table')
    .flatMap((table) => within(table).getAllByRole('row').slice(1))
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .slice(0, 4)
        .map((cell) => Number(cell.textContent)),
    )
}

describe('SurveyResultsPanel with the report’s 試行① answers', () => {
  it('shows the 全体, コーディネーター and 市町村担当者 tables of the report, with their bars', () => {
    render(
      <SurveyResultsPanel
        results={surveyResults(items, answers)}
        items={items}
        answers={answers}
      />,
    )
    expect(shownCounts()).toEqual(TRIAL1_TABLES.all)
    expect(
      screen.getByRole('img', { name: 'Ⅰ-1：up 13.6%、stay 60.6%、down 25.8%（66人中）' }),
    ).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'コーディネーター（41人）' }))
    expect(shownCounts()).toEqual(TRIAL1_TABLES.coordinator)
    fireEvent.click(screen.getByRole('button', { name: '市町村担当者（26人）' }))
    expect(shownCounts()).toEqual(TRIAL1_TABLES.municipal)
    expect(screen.getByRole('button', { name: '全体（67人）' })).toBeTruthy()
    expect(screen.getAllByText(/研修前よりよくわからなくなってしまったことを示す/)).toHaveLength(1)
  }, 60_000) // a few thousand cells in jsdom: seconds on a loaded machine
})
