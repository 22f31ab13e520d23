/**
 * A local HTTP forward proxy that answers from fixtures: browsers are pointed at it, request pages at their real
 * addresses (http://mmc.kalteng.go.id/berita/read/…), and get fixture files back. Anything not in the fixture table
 * gets a 404 and CONNECT is refused, so nothing ever leaves the machine.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FixtureRoute } from '../../fixtures/routes.ts'

export interface FixtureProxy {
  port: number
  /** Every absolute URL requested, in order (tests use it to assert that the extension made no requests). */
  requests: string[]
  close(): Promise<void>
}

function absoluteUrl(request: IncomingMessage): string | null {
  const target = request.url ?? ''
  // Proxied requests carry the absolute URL; direct requests (curl to the port) carry a path plus Host.
  if (/^https?:\/\//.test(target)) return target
  const host = request.headers.host
  return host ? `http://${host}${target}` : null
}

function lookup(routes: Map<string, FixtureRoute>, url: string): FixtureRoute | undefined {
  const parsed = new URL(url)
  const withoutQuery = `${parsed.protocol}//${parsed.host}${parsed.pathname}`
  return routes.get(url) ?? routes.get(withoutQuery) ?? routes.get(withoutQuery.replace(/\/$/, ''))
}

export async function startFixtureProxy(routes: Map<string, FixtureRoute>, port = 0): Promise<FixtureProxy> {
  const requests: string[] = []
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = absoluteUrl(request)
    if (url) requests.push(url)
    const route = url ? lookup(routes, url) : undefined
    if (!route || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      response.end(`Not a fixture: ${url ?? '(no url)'}\n`)
      return
    }
    const body = route.body()
    response.writeHead(200, {
      'content-type': route.contentType,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  })
  server.on('connect', (_request, socket) => {
    socket.on('error', () => {})
    socket.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n')
  })
  // A browser closing while a response is on its way resets the connection: not a test failure.
  server.on('connection', (socket) => socket.on('error', () => {}))
  server.on('clientError', (_error, socket) => socket.destroy())
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
