import type { Command } from 'commander';
import type { Output } from './output.js';

/**
 * What a feature adds its commands to. `import` is shared because people think of "loading a
 * file" as one command whichever feature reads the file; each feature adds the kinds it reads.
 */
export interface CommandRegistry {
  readonly program: Command;
  readonly importCommand: Command;
  readonly output: Output;
}
