import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveRequestFile } from '../../../electron/main/windows/archive-request';

/** An archive that knows one clipping, `c1`, in /archive/clippings/c1. */
const archive = {
  summary: (id: string) => (id === 'c1' ? ({ id } as never) : undefined),
  clippingDir: (id: string) => path.resolve('/archive/clippings', id),
};

describe('cuttings-archive: requests', () => {
  it('name a file inside a known clipping’s folder', () => {
    expect(archiveRequestFile('cuttings-archive://clipping/c1/img-1.jpg', archive)).toBe(
      path.resolve('/archive/clippings/c1/img-1.jpg'),
    );
    expect(archiveRequestFile('cuttings-archive://clipping/c1/caf%C3%A9.png', archive)).toBe(
      path.resolve('/archive/clippings/c1/café.png'),
    );
  });

  it('refuse anything else', () => {
    for (const bad of [
      'cuttings-archive://clipping/c2/img-1.jpg', // unknown clipping
      'cuttings-archive://other/c1/img-1.jpg', // another host
      'cuttings-archive://clipping/c1/', // no file
      'cuttings-archive://clipping/c1/..%2F..%2Fcatalogue.json', // out of the folder
      'cuttings-archive://clipping/..%2Fc1/img-1.jpg', // a bad id
      'not a url',
    ]) {
      expect(archiveRequestFile(bad, archive), bad).toBeNull();
    }
  });
});
