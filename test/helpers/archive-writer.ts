/**
 * Child process for the SIGKILL test of test/archive.test.ts: opens the archive
 * in argv[2] and appends pages 0…count-1 (argv[3]) with four concurrent
 * writers, skipping pages already archived, as a resumed crawl does. The parent
 * kills it at a random moment. Prints "ready" once the archive is open, "+"
 * after each committed page (so the parent can aim its kill at the middle of
 * the stream however loaded the machine is) and "done" at the end.
 *
 *     node --import tsx test/helpers/archive-writer.ts <dir> <count>
 */
import { Archive } from '../../crawlers/archive/index.js';
import { archivedPageBody, archivedPageUrl } from './archive-pages.js';

const WRITERS = 4;

const [dir, countArg] = process.argv.slice(2);
if (dir === undefined || countArg === undefined) throw new Error('usage: archive-writer.ts <dir> <count>');
const count = Number(countArg);

const archive = await Archive.open(dir);
process.stdout.write('ready\n');
let next = 0;
await Promise.all(
  Array.from({ length: WRITERS }, async () => {
    while (next < count) {
      const i = next;
      next += 1;
      const url = archivedPageUrl(i);
      if (archive.has(url)) continue;
      await archive.append({
        url,
        canonicalUrl: url,
        sourceId: 'sigkill-test',
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: archivedPageBody(i),
        kind: 'article',
        kept: true,
      });
      process.stdout.write('+');
    }
  }),
);
await archive.close();
process.stdout.write('\ndone\n');
