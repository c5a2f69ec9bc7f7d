import { describe, expect, it } from 'vitest'
import { applyRecords } from '../model/workshopDoc'
import { addGroup, boardOf, workshopGroups } from '../ops/groupOps'
import { theme1Fixture } from '../testing/theme1Fixture'
import { createTopic } from '../theme2/topicOps'
import { importLanding } from './importLanding'

describe('importLanding', () => {
  it('lands a file of one group on that group, on テーマ1 while nothing else changed', () => {
    const f = theme1Fixture()
    f.add('夜間の相談先がわからない', ['daily'])
    const [group] = workshopGroups(f.doc())
    expect(importLanding(f.doc())).toEqual({
      groupId: group?.id,
      groupName: group?.name,
      themeId: 'theme1',
    })
  })

  it('lands on the theme of the group’s latest change', () => {
    const f = theme1Fixture()
    f.add('夜間の相談先がわからない', ['daily'])
    const [group] = workshopGroups(f.doc())
    const theme2 = group && boardOf(f.doc(), group.id, 'theme2')
    if (!theme2) throw new Error('no テーマ2 board')
    f.apply(createTopic(f.doc(), theme2.id, '退院支援の情報共有', f.ctx))
    expect(importLanding(f.doc())?.themeId).toBe('theme2')
  })

  it('has no group to land on for a file of several groups', () => {
    const f = theme1Fixture()
    const doc = applyRecords(f.doc(), addGroup(f.doc(), f.ctx))
    expect(workshopGroups(doc)).toHaveLength(2)
    expect(importLanding(doc)).toBeNull()
  })
})
