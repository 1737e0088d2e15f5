/** A download: the browser saves `body` as `filename` instead of showing it. */
export function attachment(body: BodyInit, options: { filename: string; contentType: string; headers?: Record<string, string> }): Response {
  return new Response(body, {
    headers: {
      'Content-Type': options.contentType,
      'Content-Disposition': `attachment; filename="${options.filename}"`,
      ...options.headers,
    },
  });
}

/** A filename part from an id: anything but letters, digits, _ and - becomes _. */
export const filenameSafe = (id: string) => id.replace(/[^\w-]/g, '_');
