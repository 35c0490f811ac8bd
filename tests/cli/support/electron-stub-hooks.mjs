// Module hooks for electron-stub.mjs (they run on Node's loader thread).
const STUB_URL = 'cuttings-test:electron';
const NAMES = ['BrowserWindow', 'Menu', 'dialog', 'ipcMain', 'net', 'protocol', 'session', 'shell', 'nativeTheme', 'screen', 'clipboard', 'webContents', 'contextBridge', 'ipcRenderer', 'webUtils', 'safeStorage'];

const source = `
const untouchable = (name) => new Proxy(function () {}, {
  get(_t, key) { throw new Error('the --cli path touched electron.' + name + '.' + String(key)); },
  apply() { throw new Error('the --cli path called electron.' + name); },
  construct() { throw new Error('the --cli path constructed electron.' + name); },
});
export const app = new Proxy({
  dock: undefined,
  exit(code) { process.stderr.write('[electron-stub] app.exit(' + code + ')\\n'); process.exit(code); },
}, { get(target, key) { if (key in target) return target[key]; throw new Error('the --cli path touched electron.app.' + String(key)); } });
${NAMES.map((n) => `export const ${n} = untouchable('${n}');`).join('\n')}
export default { app };
`;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: STUB_URL, shortCircuit: true };
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url === STUB_URL) return { format: 'module', source, shortCircuit: true };
  return next(url, context);
}
