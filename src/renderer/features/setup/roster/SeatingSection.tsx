import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core'
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { rosterError, rosterErrorText } from '../../../../shared/roster/import/rosterErrors'
import type { Group, Participant } from '../../../../shared/model/schemas'
import { workshopGroups } from '../../../../shared/ops/groupOps'
import { applyGroupPlan } from '../../../../shared/roster/applyGroupPlan'
import { areaOf, makeGroupPlan, type GroupPlan } from '../../../../shared/roster/groupPlan'
import {
  moveParticipant,
  personById,
  rosterPeople,
  seatsOf,
  sitsAtTable,
  unassignedPeople,
} from '../../../../shared/roster/rosterOps'
import { useLang, useT } from '../../../i18n/useT'
import type { SetupEditing } from '../setupTypes'
import { BalanceBadges } from './BalanceBadges'
import { PersonChip } from './PersonChip'
import { PlanPanel, type PlanRequest } from './PlanPanel'
import { reasonText } from './reasonText'
import { useRosterT } from './rosterMessages'
import { RosterViews } from './RosterViews'
import { SeatingColumn } from './SeatingColumn'

const POOL = 'pool'

/** A person picked up with the keyboard, and the column (pool, then the groups) they would go to. */
interface Pick {
  personId: string
  target: number
}

/**
 * グループ分け: the unassigned pool beside the groups (report L7164-7173). People move by pointer
 * drag or by keyboard (Space picks up, ←→ choose the group, Space/Enter drops, Esc cancels), one
 * edit (one undo step) per move; each group shows its balance; 「グループ案をつくる」 seats
 * everyone (mixed or by 圏域, seeded) in one edit and explains each place.
 */
export function SeatingSection({ doc, apply, notifyUndoable }: SetupEditing) {
  const t = useRosterT()
  const common = useT()
  const lang = useLang()
  const groups = workshopGroups(doc)
  const seats = seatsOf(doc)
  const pool = unassignedPeople(doc)
  const trainees = rosterPeople(doc).filter(sitsAtTable)
  const [pick, setPick] = useState<Pick | null>(null)
  const [dragging, setDragging] = useState<Participant | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [plan, setPlan] = useState<GroupPlan | null>(null)
  const focusRequest = useRef<string | null>(null)
  const sectionRef = useRef<HTMLElement>(null)
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }))

  useLayoutEffect(() => {
    const personId = focusRequest.current
    if (!personId) return
    focusRequest.current = null
    const chip = sectionRef.current?.querySelector<HTMLElement>(`[data-person-id="${personId}"]`)
    chip?.focus()
    if (chip && 'scrollIntoView' in chip) chip.scrollIntoView({ block: 'nearest' })
  })

  const columns = [POOL, ...groups.map((g) => g.id)]
  const columnName = (id: string) => {
    if (id === POOL) return t.pool
    const group = groups.find((g) => g.id === id)
    return group?.name.trim() || common.groupName
  }
  const nameOf = (p: Participant) => p.name.trim() || t.unnamed

  const move = (personId: string, to: string) => {
    const person = personById(doc, personId)
    if (!person) return
    const from = seats.get(personId) ?? POOL
    if (from === to) return
    const undoId = apply((current) => moveParticipant(current, personId, to === POOL ? null : to))
    if (undoId === null) return
    const message = rosterErrorText(
      rosterError('notice.personMoved', { name: nameOf(person), to: columnName(to) }),
      lang,
    )
    notifyUndoable(message, undoId)
    setAnnouncement(message)
    focusRequest.current = personId
  }

  const chipKeyDown = (person: Participant) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.nativeEvent.isComposing) return
    const here = columns.indexOf(seats.get(person.id) ?? POOL)
    const picked = pick?.personId === person.id ? pick : null
    if (!picked) {
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault()
        const target = (here + 1) % columns.length
        setPick({ personId: person.id, target })
        setAnnouncement(t.picked(nameOf(person), columnName(columns[target] ?? POOL)))
      }
      return
    }
    const step = (delta: number) => {
      event.preventDefault()
      const target = (picked.target + delta + columns.length) % columns.length
      setPick({ personId: person.id, target })
      setAnnouncement(t.pickTarget(columnName(columns[target] ?? POOL)))
    }
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') step(1)
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') step(-1)
    else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault()
      setPick(null)
      move(person.id, columns[picked.target] ?? POOL)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      setPick(null)
      setAnnouncement(t.pickCancelled)
    } else if (event.key === 'Tab') {
      setPick(null)
    }
  }

  const onDragStart = (event: DragStartEvent) => {
    setPick(null)
    setDragging(personById(doc, String(event.active.id)))
  }
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null)
    if (event.over) move(String(event.active.id), String(event.over.id))
  }

  const makePlan = (request: PlanRequest) => {
    const made = makeGroupPlan(trainees, request)
    const undoId = apply((current, ctx) => applyGroupPlan(current, made, ctx))
    setPlan(made)
    const seated = made.groups.reduce((n, g) => n + g.personIds.length, 0)
    notifyUndoable(
      rosterErrorText(
        rosterError('notice.groupPlanApplied', { groups: made.groups.length, people: seated }),
        lang,
      ),
      undoId,
    )
  }

  const pickedTarget = pick ? columns[pick.target] : null
  const roleOf = (group: Group | null, personId: string) =>
    !group
      ? null
      : group.moderatorId === personId
        ? t.roleModerator
        : group.scribeId === personId
          ? t.roleScribe
          : null
  const chip = (person: Participant, group: Group | null) => ({
    key: person.id,
    node: (
      <PersonChip
        person={person}
        role={roleOf(group, person.id)}
        seat={group ? columnName(group.id) : t.pool}
        picked={pick?.personId === person.id}
        onKeyDown={chipKeyDown(person)}
      />
    ),
  })
  const whyOf = (group: Group, index: number) => {
    if (!plan) return null
    const lines = group.members.flatMap((m) => {
      const reason = plan.reasons[m.id]
      if (!reason) return []
      const planned = plan.groups[index]
      const area =
        plan.mode === 'area' && planned?.personIds.includes(m.id)
          ? planned.area
            ? t.reasonArea(planned.area)
            : t.reasonNoArea
          : null
      return [
        {
          id: m.id,
          name: m.name,
          text: area ? `${area}／${reasonText(reason, t)}` : reasonText(reason, t),
        },
      ]
    })
    if (lines.length === 0) return null
    return (
      <details className="seating-why">
        <summary>{t.why}</summary>
        <ul>
          {lines.map((l) => (
            <li key={l.id}>
              <strong>{l.name}</strong>: {l.text}
            </li>
          ))}
        </ul>
      </details>
    )
  }

  return (
    <section className="setup-section seating" aria-labelledby="seating-heading" ref={sectionRef}>
      <header className="section-header">
        <div className="section-header__row">
          <h2 id="seating-heading" className="section-title">
            {t.viewSeating}
          </h2>
          <span className="section-count">
            {common.groupsSummary(groups.length, trainees.length - pool.length)}
          </span>
        </div>
        <p className="section-lead">{t.seatingLead}</p>
        <RosterViews workshopId={doc.workshop.id} current="seating" />
      </header>

      <PlanPanel
        seated={trainees.length - pool.length}
        disabled={trainees.length === 0}
        onMake={makePlan}
      />
      {trainees.length === 0 ? <p className="empty-hint">{t.planNoTrainees}</p> : null}
      <p className="form-note seating__help">{t.moveHelp}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <DndContext
        sensors={sensors}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          setDragging(null)
        }}
      >
        <div className="seating__layout">
          <SeatingColumn
            id={POOL}
            title={t.pool}
            count={common.memberCount(pool.length)}
            targeted={pickedTarget === POOL}
            className="seating-col--pool"
            empty={t.poolEmpty}
            items={pool.map((p) => chip(p, null))}
          />
          <div className="seating__groups">
            {groups.length === 0 ? (
              <p className="empty-hint empty-hint--boxed">{t.noGroups}</p>
            ) : null}
            {groups.map((group, index) => {
              const name = columnName(group.id)
              return (
                <SeatingColumn
                  key={group.id}
                  id={group.id}
                  title={name}
                  count={common.memberCount(group.members.length)}
                  targeted={pickedTarget === group.id}
                  empty={t.groupEmpty}
                  extra={
                    <>
                      <BalanceBadges members={group.members} groupName={name} />
                      {whyOf(group, index)}
                    </>
                  }
                  items={group.members.flatMap((m) => {
                    const person = personById(doc, m.id)
                    return person ? [chip(person, group)] : []
                  })}
                />
              )
            })}
          </div>
        </div>
        <DragOverlay dropAnimation={null}>
          {dragging ? (
            <div className="person-chip person-chip--overlay">
              <span className="person-chip__name">{nameOf(dragging)}</span>
              <span className="person-chip__meta">{areaOf(dragging)}</span>
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
    </section>
  )
}
