// The xAPI About resource (lib/xapi/about.ts).
import { getAbout } from '@/lib/xapi/about';
import { xapiRoute } from '@/lib/xapi/handler';

export const { GET, HEAD, PUT, POST, DELETE, OPTIONS } = xapiRoute({ GET: getAbout }, { versionRequired: false, public: true });
