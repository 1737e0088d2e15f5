// The xAPI Activities resource (lib/xapi/people.ts).
import { xapiRoute } from '@/lib/xapi/handler';
import { getActivity } from '@/lib/xapi/people';

export const { GET, HEAD, PUT, POST, DELETE, OPTIONS } = xapiRoute({ GET: getActivity });
