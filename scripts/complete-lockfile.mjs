// npm records an optional platform package in package-lock.json only when the registry serves
// it. The registry mirror these machines use serves only the Linux builds, so the lock file
// lacks the others and `npm ci` refuses it as "out of sync". This adds the missing entries as
// optional stubs: npm ci then skips them (platform mismatch or 404 on an optional package),
// exactly as it would skip a foreign-platform build from the public registry.
// Run after every `npm install` that changes dependencies: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path ? path + '/' : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    packages[`node_modules/${name}`] = {
      version: range.replace(/^[\^~=]/, ''),
      dev: meta.dev,
      optional: true,
    };
    if (!meta.dev) delete packages[`node_modules/${name}`].dev;
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: added ${added} optional platform stub(s)`);
