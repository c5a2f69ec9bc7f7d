import './assetPath'
import '@excalidraw/excalidraw/index.css'
import { convertToExcalidrawElements, Excalidraw } from '@excalidraw/excalidraw'
import type { ExcalidrawElementSkeleton } from '@excalidraw/excalidraw/data/transform'
import type { ExcalidrawElement } from '@excalidraw/excalidraw/element/types'
import type { AppState, ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import {
  columnsOf,
  GAP,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  PADDING,
  type PeerArea,
  type PeerHooks,
} from './peerScene'

/**
 * The Excalidraw peer of `npm run bench:peer`: Excalidraw 0.18 (the npm package, a dev dependency
 * of the benchmark only) showing the テーマ1 board's notes as rectangles with their Japanese texts
 * in one frame per area (the tray and the four scenes, as the board shows them at 1366×768: the
 * tray on the left, the scenes two by two). Like excalidraw.com it keeps its scene in
 * localStorage (saved 300 ms after a change) and loads it from there on start. Not part of the app.
 */

const STORE = 'taneboard-bench-peer-scene'
const SAVE_AFTER_MS = 300
const FRAME_GAP = 40
const FRAME_PREFIX = 'frame-'

function frameSize(key: string, count: number): { width: number; height: number } {
  const columns = columnsOf(key)
  const rows = Math.max(1, Math.ceil(count / columns))
  return {
    width: 2 * PADDING + columns * NOTE_WIDTH + (columns - 1) * GAP,
    height: 2 * PADDING + rows * NOTE_HEIGHT + (rows - 1) * GAP,
  }
}

/** The frames' places: the tray, then the scenes in two rows of two. */
function framePlaces(areas: PeerArea[]): Map<string, { x: number; y: number }> {
  const places = new Map<string, { x: number; y: number }>()
  const tray = areas.find((a) => a.key === 'tray')
  const scenes = areas.filter((a) => a.key !== 'tray')
  const trayWidth = tray ? frameSize(tray.key, tray.texts.length).width + FRAME_GAP : 0
  if (tray) places.set(tray.key, { x: 0, y: 0 })
  const upper = scenes.slice(0, 2)
  const upperHeight = Math.max(0, ...upper.map((a) => frameSize(a.key, a.texts.length).height))
  scenes.forEach((area, i) => {
    const column = i % 2
    const left = scenes[column]
    const leftWidth = left ? frameSize(left.key, left.texts.length).width + FRAME_GAP : 0
    places.set(area.key, {
      x: trayWidth + (column === 1 ? leftWidth : 0),
      y: i < 2 ? 0 : upperHeight + FRAME_GAP * 2,
    })
  })
  return places
}

function seed(areas: PeerArea[]): number {
  const places = framePlaces(areas)
  const skeleton: ExcalidrawElementSkeleton[] = []
  for (const area of areas) {
    const place = places.get(area.key) ?? { x: 0, y: 0 }
    const columns = columnsOf(area.key)
    const ids: string[] = []
    area.texts.forEach((text, i) => {
      const id = `note-${area.key}-${i}`
      ids.push(id)
      skeleton.push({
        type: 'rectangle',
        id,
        x: place.x + PADDING + (i % columns) * (NOTE_WIDTH + GAP),
        y: place.y + PADDING + Math.floor(i / columns) * (NOTE_HEIGHT + GAP),
        width: NOTE_WIDTH,
        height: NOTE_HEIGHT,
        backgroundColor: '#fff0a0',
        strokeColor: '#d9bd3f',
        fillStyle: 'solid',
        roughness: 0,
        label: { text, fontSize: 14 },
      })
    })
    const size = frameSize(area.key, area.texts.length)
    skeleton.push({
      type: 'frame',
      id: `${FRAME_PREFIX}${area.key}`,
      name: area.name,
      children: ids,
      x: place.x,
      y: place.y,
      ...size,
    })
  }
  const elements = convertToExcalidrawElements(skeleton, { regenerateIds: false })
  localStorage.setItem(STORE, JSON.stringify(elements))
  return elements.length
}

function loadScene(): ExcalidrawElement[] {
  const stored = localStorage.getItem(STORE)
  return stored ? (JSON.parse(stored) as ExcalidrawElement[]) : []
}

const isNote = (e: ExcalidrawElement) => e.type === 'rectangle' && !e.isDeleted

let api: ExcalidrawImperativeAPI | null = null

function toViewport(state: AppState, x: number, y: number): { x: number; y: number } {
  const zoom = state.zoom.value
  return {
    x: (x + state.scrollX) * zoom + state.offsetLeft,
    y: (y + state.scrollY) * zoom + state.offsetTop,
  }
}

const hooks: PeerHooks = {
  seed,
  interactiveAt: -1,
  notes: () => (api?.getSceneElements() ?? []).filter(isNote).length,
  noteAt(area, index) {
    if (!api) return null
    const notes = api
      .getSceneElements()
      .filter((e) => isNote(e) && e.frameId === `${FRAME_PREFIX}${area}`)
      .sort((a, b) => a.y - b.y || a.x - b.x)
    const note = notes[index]
    if (!note) return null
    return { id: note.id, ...toViewport(api.getAppState(), note.x + note.width / 2, note.y + 20) }
  },
  frameTop(area) {
    const frame = api?.getSceneElements().find((e) => e.id === `${FRAME_PREFIX}${area}`)
    if (!api || !frame) return null
    return toViewport(api.getAppState(), frame.x + frame.width / 2, frame.y + PADDING + 10)
  },
  areaOf(noteId) {
    const note = api?.getSceneElements().find((e) => e.id === noteId)
    return note?.frameId?.startsWith(FRAME_PREFIX) ? note.frameId.slice(FRAME_PREFIX.length) : null
  },
}
Object.assign(window, { __peer: hooks })

const elements = loadScene()
const expectedNotes = elements.filter(isNote).length
let savedVersion = elements.reduce((sum, e) => sum + e.version, 0)
let saveTimer = 0

/** Every note on the canvas, then one more frame: the page is interactive. */
function watchInteractive(): void {
  if (expectedNotes === 0 || hooks.notes() < expectedNotes) {
    requestAnimationFrame(watchInteractive)
    return
  }
  requestAnimationFrame(() => {
    hooks.interactiveAt = performance.now()
  })
}

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    createElement(Excalidraw, {
      initialData: {
        elements,
        appState: { scrollX: 16, scrollY: 72, zoom: { value: 1 as AppState['zoom']['value'] } },
      },
      excalidrawAPI: (instance: ExcalidrawImperativeAPI) => {
        api = instance
      },
      onChange: (current: readonly ExcalidrawElement[]) => {
        const version = current.reduce((sum, e) => sum + e.version, 0)
        if (version === savedVersion) return
        window.clearTimeout(saveTimer)
        saveTimer = window.setTimeout(() => {
          savedVersion = version
          localStorage.setItem(STORE, JSON.stringify(api?.getSceneElementsIncludingDeleted() ?? []))
        }, SAVE_AFTER_MS)
      },
    }),
  )
  requestAnimationFrame(watchInteractive)
}
