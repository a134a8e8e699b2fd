// Before the tests: the Debian packages they need, named with the command that installs them.
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const needs = [
  { package: 'chromium', present: existsSync(chromium) },
  { package: 'fonts-noto-cjk', present: existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') },
  { package: 'poppler-utils', present: existsSync('/usr/bin/pdftotext') },
];
const missing = needs.filter((need) => !need.present).map((need) => need.package);
if (missing.length > 0) {
  console.error(`The tests need these Debian packages: ${missing.join(' ')}`);
  console.error(`Install them with:  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  console.error('or run  bash .ci/run  which installs them and then runs npm test.');
  process.exit(1);
}
