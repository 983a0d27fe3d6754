import type { FastifyReply } from 'fastify';
import type { FileDownload } from './route.js';

/**
 * Files go out as attachments with their own type, and a sandbox policy so that even an
 * uploaded HTML file opened directly cannot run script in Bluelamp's origin.
 */
export function sendDownload(reply: FastifyReply, file: FileDownload): FastifyReply {
  const asciiName = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const inline = file.inline === true;
  if (file.sha256 !== undefined) void reply.header('etag', `"${file.sha256}"`);
  return reply
    .header('content-type', file.mediaType)
    .header(
      'content-disposition',
      `${inline ? 'inline' : 'attachment'}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header(
      'content-security-policy',
      inline ? "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:" : "sandbox; default-src 'none'",
    )
    .header('cache-control', file.immutable === true ? 'public, max-age=31536000, immutable' : 'private, no-store')
    .send(file.content);
}
