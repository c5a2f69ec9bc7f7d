import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildSurveyReport } from '../../shared/survey/surveyReport'
import {
  TRIAL1_TABLES,
  trial1Answers,
  trial1Items,
} from '../../shared/survey/testing/trial1Fixture'
import { buildSurveyPptx } from './pptxSurvey'

/** Each series' values in a chart part (<c:val>'s cached numbers), series by series. */
function seriesValues(xml: string): number[][] {
  return [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])),
  )
}

describe('buildSurveyPptx with the report’s 試行① answers', () => {
  it('writes one native chart per item with the counts as its series, and no picture', async () => {
    const report = buildSurveyReport(trial1Items(), trial1Answers())
    const bytes = await buildSurveyPptx({ report, title: '試行①', meta: '2025年2月7日（金）' })
    const zip = await JSZip.loadAsync(bytes)
    const names = Object.keys(zip.files)
    expect(names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(9)
    expect(names.filter((n) => n.startsWith('ppt/media/') && zip.files[n]?.dir !== true)).toEqual(
      [],
    )
    // Each item's chart: up / stay / down per group (全体, コーディネーター, 市町村担当者).
    for (let i = 0; i < 9; i++) {
      const xml = (await zip.file(`ppt/charts/chart${i + 1}.xml`)?.async('string')) ?? ''
      expect(xml).toContain('<c:barDir val="bar"/>')
      expect(xml).toContain('<c:grouping val="percentStacked"/>')
      const groups = (['all', 'coordinator', 'municipal'] as const).map((g) => TRIAL1_TABLES[g][i])
      expect(seriesValues(xml)).toEqual([0, 1, 2].map((part) => groups.map((c) => c?.[part])))
      expect(xml).toContain('<c:v>コーディネーター</c:v>')
    }
    // Ⅰ-1 as the report prints it, on the chart and in the table beside it.
    const chart1 = (await zip.file('ppt/charts/chart1.xml')?.async('string')) ?? ''
    expect(seriesValues(chart1)).toEqual([
      [9, 6, 3],
      [40, 26, 14],
      [17, 9, 8],
    ])
    const slides = await Promise.all(
      names
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .map((n) => zip.file(n)?.async('string') ?? Promise.resolve('')),
    )
    const all = slides.join('')
    expect(all).not.toContain('<p:pic>')
    expect(all.match(/<c:chart /g)).toHaveLength(9)
    for (const row of report.sections.flatMap((s) => s.rows)) expect(all).toContain(row.text)
    expect(all).toContain('13.6%')
    expect(all).toContain('突合できた人（事前・事後の両方に回答）：67人')
    expect(all).toContain('研修前よりよくわからなくなってしまったことを示す')
    // 1 title + 2 readings + 9 items + 2 free-text items.
    expect(slides).toHaveLength(14)
  }, 30_000)
})
