/** Record types of the Kliping database: the shared annotation model (kept in core, used by exports too). */
export type { AnnotationKind, AnnotationRecord, PageRecord, TextPosition, TextQuote } from '../core/annotation-model.ts'
