// What a server action returns to its form: a sentence for the person who pressed the button.
// Safe for client components; the error mapping lives in ./action-error.ts (server side).
export type ActionState = { status: 'idle' | 'ok' | 'error'; message: string };

export const IDLE: ActionState = { status: 'idle', message: '' };
