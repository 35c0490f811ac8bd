// A small ESLint rule for the project's import boundaries (used by eslint.config.mjs):
//   'boundaries/imports': ['error', { only?: [folders], forbid?: [paths], packages?: [names], node?: true }]
// - `only`: relative imports must resolve inside one of these folders (from the repo root);
// - `forbid`: relative imports must not resolve to these files or into these folders;
// - `packages`: bare imports of these packages are refused; `node: true` refuses Node's builtins.
// Paths are resolved from the importing file, so `../../electron/x` is caught at any depth.
import { builtinModules } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const builtins = new Set(builtinModules);

const inside = (rel, folder) => rel === folder || rel.startsWith(`${folder}/`) || rel.replace(/\.[cm]?[jt]sx?$/, '') === folder.replace(/\.[cm]?[jt]sx?$/, '');

const imports = {
  meta: {
    type: 'problem',
    docs: { description: 'keeps imports inside the folders a part of the app may use' },
    schema: [
      {
        type: 'object',
        properties: {
          only: { type: 'array', items: { type: 'string' } },
          forbid: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          node: { type: 'boolean' },
          because: { type: 'string' },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { only, forbid = [], packages = [], node = false, because = '' } = context.options[0] ?? {};
    const why = because ? ` (${because})` : '';
    const check = (node_, source) => {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const rel = path.relative(root, path.resolve(path.dirname(context.filename), source)).split(path.sep).join('/');
        if (only && !only.some((folder) => inside(rel, folder))) {
          context.report({ node: node_, message: `"${source}" is outside ${only.join(' and ')}${why}.` });
        } else if (forbid.some((target) => inside(rel, target))) {
          context.report({ node: node_, message: `"${source}" may not be imported here${why}.` });
        }
        return;
      }
      const name = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
      if (packages.includes(name)) context.report({ node: node_, message: `"${source}" may not be imported here${why}.` });
      else if (node && (source.startsWith('node:') || builtins.has(name)))
        context.report({ node: node_, message: `Node's "${source}" may not be imported here${why}.` });
    };
    const fromSource = (n) => n.source && check(n, n.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
      TSImportType: (n) => check(n, n.argument?.literal?.value ?? n.source?.value),
    };
  },
};

export default { rules: { imports } };
