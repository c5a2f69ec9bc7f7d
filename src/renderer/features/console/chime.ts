import { useEffect, useMemo } from 'react'

/**
 * The timer's chime: a soft two-tone sine ("ding-dong") with a gentle envelope, generated with
 * Web Audio (no sound file is shipped or downloaded). The AudioContext is created lazily on the
 * first user gesture (browsers keep a context made earlier suspended); before that, play() is
 * silent. The end of a row plays the pair twice.
 */

export type ChimeKind = 'warning' | 'end'
export type ChimeFn = (kind: ChimeKind) => void

/** The parts of an AudioContext the chime uses (tests pass a fake). */
export type AudioContextLike = Pick<
  AudioContext,
  'currentTime' | 'destination' | 'state' | 'resume' | 'createOscillator' | 'createGain'
>

export interface Chime {
  play: ChimeFn
  /** Creates (or resumes) the audio context: call it from a user gesture. */
  unlock: () => void
}

/** Notes of the pair, Hz: E5 then C5, soft and familiar (a school or station chime). */
const TONES = [659.25, 523.25] as const
const NOTE_GAP_S = 0.42
const NOTE_LENGTH_S = 1.3
const PEAK_GAIN = 0.22

function note(ctx: AudioContextLike, frequency: number, at: number): void {
  const osc = ctx.createOscillator()
  const gain = ctx.createGain()
  osc.type = 'sine'
  osc.frequency.setValueAtTime(frequency, at)
  gain.gain.setValueAtTime(0.0001, at)
  gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, at + 0.03)
  gain.gain.exponentialRampToValueAtTime(0.0001, at + NOTE_LENGTH_S)
  osc.connect(gain)
  gain.connect(ctx.destination)
  osc.start(at)
  osc.stop(at + NOTE_LENGTH_S + 0.05)
}

function defaultFactory(): AudioContextLike | null {
  const Ctor = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext
  return Ctor ? new Ctor() : null
}

export function createChime(
  factory: () => AudioContextLike | null = defaultFactory,
): Chime & { played: () => number } {
  let ctx: AudioContextLike | null = null
  let played = 0
  const unlock = () => {
    try {
      ctx ??= factory()
      if (ctx?.state === 'suspended') void ctx.resume().catch(() => undefined)
    } catch {
      ctx = null
    }
  }
  const play: ChimeFn = (kind) => {
    played += 1
    if (!ctx) return
    try {
      const pairs = kind === 'end' ? 2 : 1
      const t0 = ctx.currentTime + 0.02
      for (let p = 0; p < pairs; p += 1) {
        TONES.forEach((frequency, i) => {
          if (ctx) note(ctx, frequency, t0 + p * 2 * NOTE_GAP_S + i * NOTE_GAP_S)
        })
      }
    } catch {
      // No audio device: the visual cue and the announcement still tell the room.
    }
  }
  return { play, unlock, played: () => played }
}

/** One chime for the window, unlocked by the first pointer or key press. */
export function useChime(): Chime {
  const chime = useMemo(() => createChime(), [])
  useEffect(() => {
    const onGesture = () => {
      chime.unlock()
      window.removeEventListener('pointerdown', onGesture, true)
      window.removeEventListener('keydown', onGesture, true)
    }
    window.addEventListener('pointerdown', onGesture, true)
    window.addEventListener('keydown', onGesture, true)
    return () => {
      window.removeEventListener('pointerdown', onGesture, true)
      window.removeEventListener('keydown', onGesture, true)
    }
  }, [chime])
  return chime
}
