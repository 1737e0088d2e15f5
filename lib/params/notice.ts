// What a page says when a URL parameter was bad and ignored, as a message key and its values: the
// page words it in the reader's language (messages/<locale>/params.json, see params-notice.ts in
// components/status). `details` names the parameter and what it accepts (the schema's words).
export type ParamNotice =
  { key: 'filters'; values: { details: string; fallback: 'site' | 'dates' | 'both' } } | { key: 'list'; values: { details: string } };
