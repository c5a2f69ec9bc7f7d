import type { EditContext } from '../model/context'
import type { AnyRecord, PlanEntry, PlanForm } from '../model/schemas'
import { live, type WorkshopDoc } from '../model/workshopDoc'
import { newRecordBase } from '../ops/records'

/**
 * 研修の企画 (the planning forms 図表-71 to 74): one `planEntry` record per filled-in field. Pure
 * edits returning the changed record versions, like every op; the session commits them as one
 * undo step.
 */

/**
 * A field's live entries, the oldest first. Normally one; a merge that kept both versions of a
 * conflict (「両方残す」), or two laptops that filled the same empty field apart, leave two.
 */
export function planEntriesOf(doc: WorkshopDoc, key: string): PlanEntry[] {
  return live(doc.planEntries)
    .filter((entry) => entry.key === key)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

/** The text of a field: its first entry's ('' before anything was written). */
export function planText(doc: WorkshopDoc, key: string): string {
  return planEntriesOf(doc, key)[0]?.text ?? ''
}

/** The words written in a form's fields besides its first entries (merge copies), by key. */
export function planExtraTexts(doc: WorkshopDoc, key: string): string[] {
  return planEntriesOf(doc, key)
    .slice(1)
    .map((entry) => entry.text)
    .filter((text) => text !== '')
}

/** Writes a field: the first entry changes; an empty field gets its entry. Nothing when equal. */
export function setPlanField(
  doc: WorkshopDoc,
  form: PlanForm,
  key: string,
  text: string,
  ctx: EditContext,
): AnyRecord[] {
  const current = planEntriesOf(doc, key)[0]
  if (current) return current.text === text ? [] : [{ ...current, text }]
  if (text === '') return []
  const entry: PlanEntry = {
    ...newRecordBase(ctx),
    type: 'planEntry',
    workshopId: doc.workshop.id,
    form,
    key,
    text,
  }
  return [entry]
}

/**
 * Fills a whole form at once (「例を読み込む」): every key of `keys` gets its text from `values`
 * ('' when absent), so that what was written before is replaced, not mixed. One edit: one undo.
 */
export function fillPlanForm(
  doc: WorkshopDoc,
  form: PlanForm,
  keys: readonly string[],
  values: Readonly<Record<string, string>>,
  ctx: EditContext,
): AnyRecord[] {
  return keys.flatMap((key) => setPlanField(doc, form, key, values[key] ?? '', ctx))
}

/** Whether any field of the given keys holds words (「例を読み込む」 asks before replacing them). */
export function planFormHasText(doc: WorkshopDoc, keys: readonly string[]): boolean {
  const wanted = new Set(keys)
  return live(doc.planEntries).some((entry) => wanted.has(entry.key) && entry.text.trim() !== '')
}
