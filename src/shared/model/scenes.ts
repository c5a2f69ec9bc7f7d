/**
 * The four scenes of 在宅医療 (report L235-236), with the poster labels of 図表-81 (L7237-7239).
 * The order is the poster's reading order: 日常療養 | 入退院支援 / 急変時の対応 | 看取り.
 */
export const SCENE_KEYS = ['daily', 'admission', 'emergency', 'endOfLife'] as const
export type SceneKey = (typeof SCENE_KEYS)[number]

export const SCENE_LABELS: Record<SceneKey, { ja: string; en: string }> = {
  daily: { ja: '日常療養', en: 'Daily care at home' },
  admission: { ja: '入退院支援', en: 'Admission & discharge' },
  emergency: { ja: '急変時の対応', en: 'Sudden change' },
  endOfLife: { ja: '看取り', en: 'End of life' },
}
