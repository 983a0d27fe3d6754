import { createHmac, randomUUID } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import type { MailMessage } from '../../domain/notifications/index.js';
import { BluelampProblem } from '../../domain/errors.js';

/** Whatever carries a message to its reader: an SMTP server, or GOV.UK Notify. */
export interface MailTransport {
  /** For messages and logs, never with a secret in it. */
  readonly description: string;
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

export interface MailSettings {
  readonly transport: MailTransport;
  /** The web app's address, which links in messages and the calendar feed start from. */
  readonly publicUrl: string;
}

function problem(message: string): BluelampProblem {
  return new BluelampProblem('invalid-input', message);
}

const ADDRESS = /^[^\s@<>",]+@[^\s@<>",]+\.[^\s@<>",]+$/;

/** Sends through an SMTP server, e.g. smtp://mail.force.internal:25 or smtps://user:pass@host:465. */
export function smtpTransport(url: string, from: string): MailTransport {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (parsed === null || !['smtp:', 'smtps:'].includes(parsed.protocol) || parsed.hostname === '') {
    throw problem(`BLUELAMP_SMTP_URL must be an address such as smtp://mail.example.org:25, not "${url}".`);
  }
  // The mail library (about 15 MB) is loaded with the first message, not with every server.
  let sender: Promise<Transporter> | undefined;
  const transporter = () =>
    (sender ??= import('nodemailer').then(({ default: mailer }) => mailer.createTransport(url)));
  return {
    description: `SMTP server ${parsed.hostname}:${parsed.port || (parsed.protocol === 'smtps:' ? '465' : '25')}`,
    send: async (message) => {
      await (
        await transporter()
      ).sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html });
    },
    close: async () => {
      if (sender !== undefined) (await sender).close();
    },
  };
}

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/**
 * Sends through GOV.UK Notify's HTTP API. The key is "name-serviceId-secret" (two UUIDs at its
 * end); each request carries a short-lived token signed with the secret. The template's subject
 * and body are ((subject)) and ((body)): Notify sends its own plain formatting of our text.
 */
export function notifyTransport(
  apiKey: string,
  templateId: string,
  baseUrl = 'https://api.notifications.service.gov.uk',
): MailTransport {
  const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
  const match = new RegExp(`(${uuid})-(${uuid})$`, 'i').exec(apiKey);
  if (match === null)
    throw problem('BLUELAMP_NOTIFY_API_KEY is not a GOV.UK Notify API key: copy it whole from Notify.');
  if (!new RegExp(`^${uuid}$`, 'i').test(templateId)) {
    throw problem('BLUELAMP_NOTIFY_TEMPLATE_ID must be the id of an e-mail template in GOV.UK Notify.');
  }
  const [, serviceId = '', secret = ''] = match;
  const token = (): string => {
    const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
    const claims = base64url(JSON.stringify({ iss: serviceId, iat: Math.floor(Date.now() / 1000) }));
    const signature = createHmac('sha256', secret).update(`${header}.${claims}`).digest('base64url');
    return `${header}.${claims}.${signature}`;
  };
  return {
    description: 'GOV.UK Notify',
    send: async (message) => {
      const response = await fetch(`${baseUrl}/v2/notifications/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
        body: JSON.stringify({
          email_address: message.to,
          template_id: templateId,
          personalisation: { subject: message.subject, body: message.text },
          reference: randomUUID(),
        }),
      });
      if (!response.ok)
        throw new Error(`GOV.UK Notify answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    },
    close: () => Promise.resolve(),
  };
}

/**
 * Mail settings from the environment, or null when no way of sending is configured (reminders
 * are then off). Settings that are there but wrong are refused with a sentence saying which.
 */
export function mailSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const smtpUrl = env.BLUELAMP_SMTP_URL?.trim() ?? '';
  const notifyKey = env.BLUELAMP_NOTIFY_API_KEY?.trim() ?? '';
  if (smtpUrl === '' && notifyKey === '') return null;
  if (smtpUrl !== '' && notifyKey !== '') {
    throw problem('Set BLUELAMP_SMTP_URL or BLUELAMP_NOTIFY_API_KEY, not both: reminders go one way.');
  }
  const publicUrl = env.BLUELAMP_PUBLIC_URL?.trim() ?? '';
  if (!URL.canParse(publicUrl) || !['http:', 'https:'].includes(new URL(publicUrl).protocol)) {
    throw problem(
      'Set BLUELAMP_PUBLIC_URL to the address people open Bluelamp at (e.g. https://bluelamp.force.police.uk), so reminders can link to it.',
    );
  }
  if (notifyKey !== '') {
    return { transport: notifyTransport(notifyKey, env.BLUELAMP_NOTIFY_TEMPLATE_ID?.trim() ?? ''), publicUrl };
  }
  const from = env.BLUELAMP_MAIL_FROM?.trim() ?? '';
  if (!ADDRESS.test(from.replace(/^.*<(.+)>$/, '$1'))) {
    throw problem('Set BLUELAMP_MAIL_FROM to the address reminders come from, e.g. bluelamp@force.police.uk.');
  }
  return { transport: smtpTransport(smtpUrl, from), publicUrl };
}
