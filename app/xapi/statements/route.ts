// The xAPI Statements resource (lib/xapi).
import { xapiRoute } from '@/lib/xapi/handler';
import { getStatements } from '@/lib/xapi/statements-read';
import { postStatements, putStatement } from '@/lib/xapi/statements-write';

export const { GET, HEAD, PUT, POST, DELETE, OPTIONS } = xapiRoute(
  { GET: getStatements, PUT: putStatement, POST: postStatements },
  { consistent: true },
);
