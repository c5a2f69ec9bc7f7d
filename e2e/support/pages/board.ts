import { expect, type Locator, type Page } from '@playwright/test'
import { SCENE_LABELS, type SceneKey } from '../../../src/shared/model/scenes'
import { newWorkshopWithGroups, openGroupScreen } from './setup'

/** テーマ1's board (模造紙): its areas (the tray and the scenes), their capture fields and notes. */

/** An area of the board: the tray (トレイ) or a scene. */
export type BoardArea = 'tray' | SceneKey

export const area = (page: Page, name: BoardArea): Locator => page.locator(`[data-area="${name}"]`)

/** The texts of the notes shown in an area (a note in two scenes shows in both). */
export const notesOf = (page: Page, name: BoardArea): Locator =>
  area(page, name).locator('[data-note-id] .note__text')

/** An area's capture field (type, Enter adds a note). */
export const captureOf = (page: Page, name: BoardArea): Locator =>
  area(page, name).locator('[data-capture]')

/** The primary appearance of the note with exactly this text. */
export const note = (page: Page, text: string): Locator =>
  page
    .locator('[data-note-id]:not([data-secondary])')
    .filter({ has: page.locator('.note__text', { hasText: new RegExp(`^${text}$`) }) })

/** Types each line into an area's capture field and commits it with Enter. */
export async function typeNotes(page: Page, name: BoardArea, lines: readonly string[]) {
  const field = captureOf(page, name)
  for (const line of lines) {
    await field.fill(line)
    await field.press('Enter')
  }
}

/** Adds one note through an area's capture field; ends when it shows there. */
export async function addNote(page: Page, name: BoardArea, text: string): Promise<void> {
  await captureOf(page, name).click()
  await typeNotes(page, name, [text])
  await expect(area(page, name).getByText(text, { exact: true })).toBeVisible()
}

/** Edits a note in place (double click, type, Enter); ends when the new text shows. */
export async function editNote(page: Page, name: BoardArea, from: string, to: string) {
  await area(page, name).getByText(from, { exact: true }).dblclick()
  const editor = area(page, name).getByRole('textbox', { name: /付箋の文章/ })
  await expect(editor).toBeFocused()
  await editor.fill(to)
  await editor.press('Enter')
  await expect(area(page, name).getByText(to, { exact: true })).toBeVisible()
}

/** A new 終日開催 workshop with one group (or more); ends on Ａグループ's テーマ1 board. */
export async function openNewBoard(page: Page, title: string, groups = 1): Promise<void> {
  await newWorkshopWithGroups(page, title, { groups })
  await openGroupScreen(page, 'Ａグループ')
}

/** Types a note marked タネ into a scene (the capture field's タネ toggle, then the text). */
export async function typeTaneNote(page: Page, scene: SceneKey, text: string): Promise<void> {
  await captureOf(page, scene).click()
  await area(page, scene)
    .getByRole('button', { name: `${SCENE_LABELS[scene].ja}：タネ` })
    .click()
  await typeNotes(page, scene, [text])
}
