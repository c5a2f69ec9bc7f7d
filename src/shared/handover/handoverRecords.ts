import type { WorkshopDoc } from '../model/workshopDoc'
import { canvasSheetRecords } from '../privacy/canvasSheetRecords'
import { handoverCanvasIds, type HandoverMunicipality } from './handoverModel'

/**
 * The records a municipality's 引き継ぎ資料 prints (`${type}:${id}`): those of each of its
 * 伝達シート. The personal-information guard reads only these before printing. (The cover's names
 * and 所属 are the participants' own, from the 名簿; the survey summary carries only counts.)
 */
export function handoverRecords(doc: WorkshopDoc, entry: HandoverMunicipality): Set<string> {
  const keys = new Set<string>()
  for (const canvasId of handoverCanvasIds(entry)) {
    for (const key of canvasSheetRecords(doc, canvasId)) keys.add(key)
  }
  return keys
}
