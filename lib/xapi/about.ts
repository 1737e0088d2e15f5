// GET /xapi/about: the versions this LRS speaks; needs neither credentials nor the version header.
import { SUPPORTED_VERSIONS } from './version';

export async function getAbout(): Promise<Response> {
  return Response.json({ version: SUPPORTED_VERSIONS, extensions: {} });
}
