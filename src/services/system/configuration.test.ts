import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BluelampProblem } from '../../domain/errors.js';
import { CONFIGURATION_VARIABLES, readConfiguration, sessionLengths } from './configuration.js';

function problemOf(env: NodeJS.ProcessEnv): string {
  try {
    readConfiguration(env);
  } catch (error) {
    expect(error).toBeInstanceOf(BluelampProblem);
    return (error as Error).message;
  }
  throw new Error('The configuration was accepted.');
}

describe('the configuration read from the environment', () => {
  it('gives the documented defaults when nothing is set', () => {
    expect(readConfiguration({})).toMatchObject({
      PORT: 3000,
      HOST: 'localhost',
      LOG_LEVEL: 'info',
      BLUELAMP_SESSION_IDLE_MINUTES: 30,
      BLUELAMP_SESSION_ABSOLUTE_HOURS: 12,
      BLUELAMP_DOWNLOADS_PER_MINUTE: 30,
      BLUELAMP_PDF_PRINTING: 2,
      BLUELAMP_PDF_QUEUE: 8,
      BLUELAMP_NOTIFY_AT: '07:00',
      BLUELAMP_OIDC_ALLOW_HTTP: false,
    });
    expect(readConfiguration({}).BLUELAMP_METRICS_TOKEN).toBeUndefined();
  });

  it('treats an empty or blank value as unset, as env files leave them', () => {
    expect(readConfiguration({ PORT: '', LOG_LEVEL: '  ', BLUELAMP_PUBLIC_URL: '' })).toMatchObject({
      PORT: 3000,
      LOG_LEVEL: 'info',
      BLUELAMP_PUBLIC_URL: undefined,
    });
  });

  it('reads good values as numbers and words', () => {
    const config = readConfiguration({
      PORT: '8080',
      BLUELAMP_SESSION_IDLE_MINUTES: '45',
      LOG_LEVEL: 'debug',
      BLUELAMP_NOTIFY_AT: '23:59',
      BLUELAMP_PUBLIC_URL: 'https://bluelamp.example.police.uk',
      BLUELAMP_OIDC_ALLOW_HTTP: '1',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      BLUELAMP_SESSION_IDLE_MINUTES: 45,
      LOG_LEVEL: 'debug',
      BLUELAMP_NOTIFY_AT: '23:59',
      BLUELAMP_OIDC_ALLOW_HTTP: true,
    });
  });

  it('names a bad variable, what it accepts and what it was given, in one sentence', () => {
    expect(problemOf({ BLUELAMP_SESSION_IDLE_MINUTES: 'abc' })).toBe(
      'BLUELAMP_SESSION_IDLE_MINUTES must be a whole number from 1 to 1440 (it is "abc").',
    );
    expect(problemOf({ LOG_LEVEL: 'loud' })).toBe(
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (it is "loud").',
    );
    expect(problemOf({ BLUELAMP_NOTIFY_AT: '7am' })).toMatch(/^BLUELAMP_NOTIFY_AT must be a time of day written HH:MM/);
    expect(problemOf({ BLUELAMP_PUBLIC_URL: 'bluelamp.example' })).toMatch(
      /^BLUELAMP_PUBLIC_URL must be an http or https address/,
    );
    expect(problemOf({ PORT: '70000' })).toBe('PORT must be a whole number from 1 to 65535 (it is "70000").');
  });

  it('gives one sentence per bad variable, each on its own line', () => {
    const lines = problemOf({ PORT: 'x', BLUELAMP_PDF_QUEUE: '-1', BLUELAMP_SESSION_ABSOLUTE_HOURS: '1.5' }).split(
      '\n',
    );
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.split(' ')[0]).sort()).toEqual([
      'BLUELAMP_PDF_QUEUE',
      'BLUELAMP_SESSION_ABSOLUTE_HOURS',
      'PORT',
    ]);
  });

  it('never repeats a secret back', () => {
    const message = problemOf({ BLUELAMP_BACKUP_KEY: 'short-secret', BLUELAMP_METRICS_TOKEN: 'tiny' });
    expect(message).toContain('BLUELAMP_BACKUP_KEY must be at least 32 characters');
    expect(message).toContain('BLUELAMP_METRICS_TOKEN must be at least 16 characters');
    expect(message).not.toContain('short-secret');
    expect(message).not.toContain('tiny');
  });

  it('accepts every whole number in range and refuses anything else for the session length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1440 }), (minutes) => {
        expect(
          readConfiguration({ BLUELAMP_SESSION_IDLE_MINUTES: String(minutes) }).BLUELAMP_SESSION_IDLE_MINUTES,
        ).toBe(minutes);
      }),
    );
    fc.assert(
      fc.property(
        fc
          .string()
          .filter(
            (text) => text.trim() !== '' && !(/^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 1440),
          ),
        (text) => {
          expect(problemOf({ BLUELAMP_SESSION_IDLE_MINUTES: text })).toMatch(/^BLUELAMP_SESSION_IDLE_MINUTES must be/);
        },
      ),
    );
  });

  it('never yields NaN for a number, whatever the environment holds', () => {
    const numeric = CONFIGURATION_VARIABLES.filter((name) => typeof readConfiguration({})[name] === 'number');
    expect(numeric).toContain('PORT');
    fc.assert(
      fc.property(fc.constantFrom(...numeric), fc.string(), (name, value) => {
        let config;
        try {
          config = readConfiguration({ [name]: value });
        } catch (error) {
          expect((error as Error).message.startsWith(`${name} must be`)).toBe(true);
          return;
        }
        expect(Number.isInteger(config[name])).toBe(true);
      }),
    );
  });

  it('falls back to the default session lengths for a bad value, which serve has refused already', () => {
    expect(sessionLengths({ BLUELAMP_SESSION_IDLE_MINUTES: 'abc', BLUELAMP_SESSION_ABSOLUTE_HOURS: '8' })).toEqual({
      idleMinutes: 30,
      absoluteHours: 8,
    });
  });
});
