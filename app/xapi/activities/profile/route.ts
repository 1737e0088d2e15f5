// The xAPI Activity Profile resource (lib/xapi/documents.ts).
import { documentResource, ACTIVITY_PROFILE } from '@/lib/xapi/documents';
import { xapiRoute } from '@/lib/xapi/handler';

export const { GET, HEAD, PUT, POST, DELETE, OPTIONS } = xapiRoute(documentResource(ACTIVITY_PROFILE));
