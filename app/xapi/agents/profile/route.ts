// The xAPI Agent Profile resource (lib/xapi/documents.ts).
import { documentResource, AGENT_PROFILE } from '@/lib/xapi/documents';
import { xapiRoute } from '@/lib/xapi/handler';

export const { GET, HEAD, PUT, POST, DELETE, OPTIONS } = xapiRoute(documentResource(AGENT_PROFILE));
