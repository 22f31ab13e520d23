import { useState } from 'preact/hooks'

export interface Status {
  kind: 'ok' | 'error'
  text: string
  action?: { label: string; run: () => void }
}

/** A status line for announcements (rendered in a role="status" element so screen readers hear it). */
export function useStatus() {
  const [status, setStatus] = useState<Status | null>(null)
  return { status, ok: (text: string, action?: Status['action']) => setStatus({ kind: 'ok', text, action }), error: (text: string) => setStatus({ kind: 'error', text }), clear: () => setStatus(null) }
}

export function StatusLine({ status }: { status: Status | null }) {
  return (
    <p role="status" class={status?.kind === 'error' ? 'status-error' : 'status-ok'}>
      {status?.text ?? ''}
      {status?.action && (
        <>
          {' '}
          <button type="button" class="link-button" onClick={status.action.run}>
            {status.action.label}
          </button>
        </>
      )}
    </p>
  )
}
