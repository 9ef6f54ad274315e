/**
 * Maintainer command: `npm run --silent extract -- --url <url> <file.html>`.
 * Prints one JSON object (the extension's extract() result); bad input: message on stderr, exit 1.
 */
import { runExtractCommand } from './extract-command';

const result = runExtractCommand(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
