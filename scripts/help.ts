/**
 * `--help` (or `-h`) for every command of scripts/: what it does and its usage on standard
 * output, exit 0, looked for before the arguments are checked, so that a person who asks is never
 * answered "Unknown option".
 */
export function answerHelp(about: string, usage: string, argv = process.argv.slice(2)): void {
  if (!argv.includes('--help') && !argv.includes('-h')) return;
  process.stdout.write(`${about}\n\n${usage}\n`);
  process.exit(0);
}
