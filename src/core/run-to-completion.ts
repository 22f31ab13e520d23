/**
 * Runs a resumable step generator (the *InSlices functions) to its end in one go: the synchronous form of every
 * sliced feature, for tests, evaluations and callers that need no yielding.
 */
export function runToCompletion<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
