/** A service whose every method returns a promise (so it can wait for the service's chunk). */
type AsyncService<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? T[K] : never
}

/**
 * A service built in a chunk of its own, loaded at its first call: each method named in
 * `methods` (all of them: the record makes a missing one a compile error) awaits `load()` once,
 * then calls the real one. A failed load is tried again at the next call.
 */
export function lazyService<T extends AsyncService<T>>(
  load: () => Promise<T>,
  methods: Record<keyof T, true>,
): T {
  let loading: Promise<T> | null = null
  const service = (): Promise<T> =>
    (loading ??= load().catch((error: unknown) => {
      loading = null
      throw error
    }))
  const proxy: Partial<Record<keyof T, unknown>> = {}
  for (const name of Object.keys(methods) as (keyof T)[]) {
    proxy[name] = async (...args: unknown[]) => {
      const real = await service()
      return (real[name] as (...args: unknown[]) => Promise<unknown>)(...args)
    }
  }
  return proxy as T
}
