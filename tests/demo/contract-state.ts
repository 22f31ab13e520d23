/** A readable summary of what the content script left on a page, for `npm start` and the benchmarks. */
export interface ContractState {
  state: string | null
  promos: string | null
  root: string | null
  acronyms: number
  quotes: number
  speakers: string[]
  highlights: number
  annotateMs: number | null
}

export function describeContractState(state: ContractState): string {
  return [
    'Content script report:',
    `  data-kliping          ${state.state ?? '(not set: the content script did not run)'}`,
    `  data-kliping-promos   ${state.promos ?? '-'}`,
    `  data-kliping-root     ${state.root ?? '-'}`,
    `  acronyms expanded     ${state.acronyms}`,
    `  quotes highlighted    ${state.quotes}${state.speakers.length ? ` (speakers: ${state.speakers.map((s) => s || '?').join(', ')})` : ''}`,
    `  saved highlights      ${state.highlights}`,
    `  kliping:annotate      ${state.annotateMs === null ? '-' : `${state.annotateMs} ms`}`,
  ].join('\n')
}
