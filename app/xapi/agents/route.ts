// The xAPI Agents resource (lib/xapi/people.ts).
import { xapiRoute } from '@/lib/xapi/handler';
import { getPerson } from '@/lib/xapi/people';

export const { GET, HEAD, PUT, POST, DELETE, OPTIONS } = xapiRoute({ GET: getPerson });
