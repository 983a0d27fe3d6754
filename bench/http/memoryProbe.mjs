// Loaded into the server under test by npm run bench:http when BLUELAMP_BENCH_PROFILE is set
// (node --import): samples the process's memory every 100 ms and, as it exits, writes the sample
// with the highest resident size, split the way V8 and Node count it, to the file named by
// BLUELAMP_BENCH_MEMORY_FILE. It shows where a peak's megabytes are: V8's heap (and in which of
// its spaces), buffers outside it, or native memory (SQLite, zlib, the allocator's slack).
import fs from 'node:fs';
import { setInterval } from 'node:timers';
import v8 from 'node:v8';

const file = process.env.BLUELAMP_BENCH_MEMORY_FILE;
const megabytes = (bytes) => Math.round((bytes / 1048576) * 10) / 10;

function sample() {
  const usage = process.memoryUsage();
  const spaces = Object.fromEntries(
    v8.getHeapSpaceStatistics().map((space) => [space.space_name, megabytes(space.space_size)]),
  );
  return {
    rss: megabytes(usage.rss),
    heapTotal: megabytes(usage.heapTotal),
    heapUsed: megabytes(usage.heapUsed),
    external: megabytes(usage.external),
    arrayBuffers: megabytes(usage.arrayBuffers),
    heapSpaces: spaces,
  };
}

if (file !== undefined) {
  let peak = sample();
  const timer = setInterval(() => {
    const now = sample();
    if (now.rss > peak.rss) peak = now;
  }, 100);
  timer.unref();
  process.once('exit', () => {
    fs.writeFileSync(file, JSON.stringify(peak));
  });
}
