// `node --import ./electron-stub.mjs out/main/index.js --cli …`: runs the app's BUILT main entry
// in plain Node, with `electron` replaced by a stub whose `app.exit` ends the process and whose
// every other export throws when touched — so a test sees the `--cli` path run the command line
// and exit before anything of a window (single-instance lock, protocols, dialogs) is reached.
import { register } from 'node:module';

register('./electron-stub-hooks.mjs', import.meta.url);
