/**
 * The environment for a child process a test starts: the parent's, minus everything Layani reads
 * (core/config.ts). A developer's own TELEGRAM_BOT_TOKEN or LAYANI_DATA_DIR must never reach a test
 * run: it would start a real bot, write to their data folder, or make the test pass for them only.
 * SUDO_USER names the operator of `npm run staff`: a run under sudo must see the same names.
 */
const LAYANI_ENV = /^(TELEGRAM_|WA_|LAYANI_)|^(STAFF_IDS|LOG_LEVEL|CHROMIUM_PATH|SUDO_USER)$/;

export function childEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !LAYANI_ENV.test(name)));
  return { ...env, ...overrides };
}
