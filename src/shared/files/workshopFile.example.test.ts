import { describe, expect, it } from 'vitest'
import { docRecords } from '../model/workshopDoc'
import { parseWorkshopFile, serializeWorkshopFile, WORKSHOP_FILE_VERSION } from './workshopFile'

/**
 * The minimal example of docs/workshop-file-format.md, verbatim (keep the two the same): it must
 * be read as written.
 */
const EXAMPLE = `{
  "format": "taneboard-workshop",
  "formatVersion": 13,
  "appVersion": "0.1.0",
  "savedAt": "2026-11-24T10:15:00.123Z",
  "workshop": {
    "id": "ws-1",
    "createdAt": "2026-11-24T09:00:00.000Z",
    "updatedAt": "2026-11-24T09:05:00.000Z",
    "rev": 2,
    "deletedAt": null,
    "type": "workshop",
    "title": "コーディネーター研修",
    "date": "2026-11-24",
    "venue": "○○市役所 会議室",
    "variant": "halfDay",
    "scenes": ["admission", "endOfLife"],
    "dayStart": "13:00",
    "isSample": false
  },
  "records": [
    {
      "id": "row-1",
      "createdAt": "2026-11-24T09:00:00.000Z",
      "updatedAt": "2026-11-24T09:00:00.000Z",
      "rev": 1,
      "deletedAt": null,
      "type": "timetableRow",
      "workshopId": "ws-1",
      "order": 1,
      "start": "13:00",
      "durationMin": 45,
      "kind": "theme",
      "item": "グループワーク",
      "content": "テーマ1：困りごと",
      "themeId": "theme1"
    },
    {
      "id": "grp-1",
      "createdAt": "2026-11-24T09:01:00.000Z",
      "updatedAt": "2026-11-24T09:02:00.000Z",
      "rev": 2,
      "deletedAt": null,
      "type": "group",
      "workshopId": "ws-1",
      "name": "Ａグループ",
      "order": 1,
      "members": [
        {
          "id": "m-1",
          "name": "山田 花子",
          "position": "coordinator",
          "affiliation": "○○市在宅医療・介護連携支援センター",
          "years": 3,
          "qualifications": ["看護師"]
        }
      ],
      "moderatorId": "m-1",
      "scribeId": null
    },
    {
      "id": "brd-1",
      "createdAt": "2026-11-24T09:01:00.000Z",
      "updatedAt": "2026-11-24T09:01:00.000Z",
      "rev": 1,
      "deletedAt": null,
      "type": "board",
      "workshopId": "ws-1",
      "groupId": "grp-1",
      "themeId": "theme1"
    },
    {
      "id": "note-1",
      "createdAt": "2026-11-24T13:05:00.000Z",
      "updatedAt": "2026-11-24T13:12:00.000Z",
      "rev": 3,
      "edits": { "3f9a0c5e12b7d4a6": 2, "c81e728d9d4c2f63": 1 },
      "deletedAt": null,
      "type": "note",
      "workshopId": "ws-1",
      "boardId": "brd-1",
      "text": "退院の連絡が急で、家での準備が間に合わない",
      "kind": "hand",
      "color": "yellow",
      "scenes": ["admission"],
      "who": ["family"],
      "tane": true,
      "order": 1,
      "parentId": null,
      "area": null
    },
    {
      "id": "note-2",
      "createdAt": "2026-11-24T13:06:00.000Z",
      "updatedAt": "2026-11-24T13:20:00.000Z",
      "rev": 2,
      "edits": { "3f9a0c5e12b7d4a6": 2 },
      "deletedAt": "2026-11-24T13:20:00.000Z",
      "type": "note",
      "workshopId": "ws-1",
      "boardId": "brd-1",
      "text": "書き間違い",
      "kind": "hand",
      "color": "pink",
      "scenes": [],
      "who": [],
      "tane": false,
      "order": 2,
      "parentId": null,
      "area": null
    }
  ]
}
`

describe('the example of docs/workshop-file-format.md', () => {
  it('is a valid current-version file, read as written', () => {
    const result = parseWorkshopFile(EXAMPLE)
    if (!result.ok) throw new Error(`${result.error}: ${result.detail}`)
    expect(result.readVersion).toBe(WORKSHOP_FILE_VERSION)
    const written = JSON.parse(EXAMPLE) as { workshop: unknown; records: unknown[] }
    expect(docRecords(result.doc)).toEqual([written.workshop, ...written.records])
    expect(Object.values(result.doc.notes).filter((n) => n.deletedAt !== null)).toHaveLength(1)
  })

  it('is what TaneBoard writes for that workshop, but on one line', () => {
    const result = parseWorkshopFile(EXAMPLE)
    if (!result.ok) throw new Error(result.detail)
    const text = serializeWorkshopFile(result.doc, '0.1.0', '2026-11-24T10:15:00.123Z')
    expect(text).toBe(JSON.stringify(JSON.parse(EXAMPLE)))
  })
})
