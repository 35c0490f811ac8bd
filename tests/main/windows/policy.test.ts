import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, insideRoot, isSafeExternalUrl } from '../../../electron/main/windows/policy';

describe('window policy', () => {
  it('opens only http(s) links externally', () => {
    expect(isSafeExternalUrl('https://example.com/a')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(true);
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'not a url', '']) {
      expect(isSafeExternalUrl(bad)).toBe(false);
    }
  });

  it('keeps served paths inside their root', () => {
    const root = path.resolve('/srv/app');
    expect(insideRoot(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(insideRoot(root, '/assets/a.js')).toBe(path.join(root, 'assets', 'a.js'));
    for (const escape of ['/../secret', '/%2e%2e/secret', '/assets/../../x', '/%2E%2E%2F%2E%2E%2Fetc', '/a%00b', '/%E0%A4%A']) {
      expect(insideRoot(root, escape)).toBeNull();
    }
  });

  it('starts the CSP from nothing and allows no inline script or network', () => {
    expect(CONTENT_SECURITY_POLICY.startsWith("default-src 'none'")).toBe(true);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
  });

  it('is the policy the page itself declares (index.html repeats it for the page; frame-ancestors only works as a header)', () => {
    const html = readFileSync(path.resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const declared = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = (csp: string): string[] => csp.split(';').map((d) => d.trim()).filter((d) => d && !d.startsWith('frame-ancestors')).sort();
    expect(directives(declared)).toEqual(directives(CONTENT_SECURITY_POLICY));
  });
});
