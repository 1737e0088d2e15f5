// The xAPI State resource (lib/xapi/documents.ts).
import { documentResource, STATE } from '@/lib/xapi/documents';
import { xapiRoute } from '@/lib/xapi/handler';

export const { GET, HEAD, PUT, POST, DELETE, OPTIONS } = xapiRoute(documentResource(STATE));
