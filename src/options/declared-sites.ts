/**
 * The outlets outside *.go.id that the manifest declares, as plain host names for people to read
 * ("*://*.kompas.com/*" → "kompas.com"), without the *.go.id patterns, deduplicated and sorted.
 */
export function declaredOutlets(matchPatterns: readonly string[]): string[] {
  const hosts = new Set<string>()
  for (const pattern of matchPatterns) {
    const host = /^[a-z*]+:\/\/(?:\*\.)?([^/]+)\//.exec(pattern)?.[1]
    if (host && host !== 'go.id') hosts.add(host)
  }
  return [...hosts].sort()
}
