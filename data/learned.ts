/**
 * `learned.json` in the MPP's data folder: the examples and synonyms staff filed with `/belajar`
 * (core/learning). Read and checked at start (a missing file is an empty one), written atomically
 * (temp file, fsync, rename) so a crash never leaves half a file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';

import type { LearnedFile } from '../core/learning/learning.js';
import type { LearnedData } from '../core/nlu.js';
import type { Catalog } from '../core/schema.js';
import { parseLearned } from './load.js';

export const LEARNED_FILE = 'learned.json';

export function learnedFile(dir: string, catalog: Catalog): LearnedFile {
  const path = join(dir, LEARNED_FILE);
  return {
    load(): LearnedData {
      if (!existsSync(path)) return { examples: [], synonyms: [] };
      return parseLearned(path, readFileSync(path, 'utf8'), catalog);
    },
    async save(data: LearnedData): Promise<void> {
      const temp = `${path}.tmp`;
      const handle = await open(temp, 'w');
      try {
        await handle.writeFile(`${JSON.stringify(data, null, 2)}\n`);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      await rename(temp, path);
    },
  };
}
