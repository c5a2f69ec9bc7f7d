/**
 * Runs tasks of the same key one after another, in call order (tasks of different keys run
 * freely): the writes and deletes of one workshop's files never overlap. A failed task does not
 * stop the ones after it.
 */
export function createKeyedQueue(): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const queues = new Map<string, Promise<unknown>>()
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = queues.get(key) ?? Promise.resolve()
    const result = previous.then(task)
    const settled = result.catch(() => undefined)
    queues.set(key, settled)
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key)
    })
    return result
  }
}
