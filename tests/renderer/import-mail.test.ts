/**
 * E-mails dropped in the import centre, over the real handlers: the message and its
 * attachments land in the real library as linked clippings, the summary names the attachment
 * that could not be imported, and the reader shows the links both ways.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, openApp, screenshot } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();
const MAIL = path.resolve(import.meta.dirname, '../fixtures/mail');

/** Drops files (known to the page by name; main reads them by path) on the import centre's drop zone. */
async function dropOnZone(page: Page, names: string[]): Promise<void> {
  const data = await page.evaluateHandle((files: string[]) => {
    const dt = new DataTransfer();
    for (const name of files) dt.items.add(new File(['(read by main from disk)'], name, { type: 'message/rfc822' }));
    return dt;
  }, names);
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: data });
}

describe.skipIf(!!skip)(`e-mails in the import centre${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('imports dropped e-mails with their attachments, linked both ways in the reader', async () => {
    const app = await openApp(browser(), {
      filePaths: {
        'with-documents.eml': path.join(MAIL, 'with-documents.eml'),
        'outlook-reply.eml': path.join(MAIL, 'outlook-reply.eml'),
      },
    });
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Add clipping' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add clipping' });
      await dialog.getByRole('tab', { name: 'Files and folders' }).click();
      await see(dialog.locator('.drop-zone')).toContainText('e-mails (.eml, .msg)');
      await dropOnZone(page, ['with-documents.eml', 'outlook-reply.eml']);

      const summary = dialog.getByRole('status').filter({ hasText: 'Import finished' });
      await see(summary).toBeVisible({ timeout: 60_000 });
      const stored = app.library.list().items;
      // Both e-mails, the Word file, the text article, the PDF and the forwarded message.
      expect(stored.length).toBe(6);
      await see(summary.getByText('Imported', { exact: true }).locator('..')).toContainText(String(stored.length));
      await see(summary.getByRole('listitem').filter({ hasText: 'with-documents.eml › winmail.dat' })).toContainText(
        'Outlook sent its attachments packed in winmail.dat',
      );
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'import-mail-summary');
      expect(app.calls.filter((c) => c.channel === 'clippings.importFiles')).toHaveLength(1);
      await summary.getByRole('button', { name: 'Done' }).click();

      // The e-mail in the reader: its attachments listed, each opening in the reader.
      const list = page.getByRole('listbox', { name: 'Clippings' });
      await list.getByRole('option', { name: /Documents for the ferry file/ }).click();
      const reader = page.getByRole('main', { name: 'Reader' });
      await see(reader.getByRole('heading', { level: 1 }).first()).toHaveText('Documents for the ferry file');
      const attachments = reader.getByRole('region', { name: 'Attachments' });
      await see(attachments.getByRole('button', { name: 'Ferry timetable agreed for the island route' })).toBeVisible();
      await see(attachments.getByRole('button', { name: /Harbour ferry contract signed/ })).toBeVisible();
      await screenshot(page, 'import-mail-reader-email');

      await attachments.getByRole('button', { name: 'Ferry timetable agreed for the island route' }).click();
      await see(reader.getByRole('heading', { level: 1 }).first()).toHaveText('Ferry timetable agreed for the island route');
      await see(reader.getByText('Attached to')).toBeVisible();
      await see(reader.locator('article')).toContainText('What changes');
      await screenshot(page, 'import-mail-reader-attachment');
      await reader.getByRole('button', { name: 'Documents for the ferry file' }).click();
      await see(reader.getByRole('heading', { level: 1 }).first()).toHaveText('Documents for the ferry file');

      // The PDF attachment is a print clipping of its own, attached to the e-mail.
      await attachments.getByRole('button', { name: 'Grid report 2025' }).click();
      await see(reader.getByRole('heading', { level: 1 }).first()).toHaveText('Grid report 2025');
      await see(reader.getByRole('button', { name: 'Documents for the ferry file' })).toBeVisible();
      await screenshot(page, 'import-mail-reader-pdf');

      // An Outlook reply: its HTML, the signature picture from the message served from the archive.
      await list.getByRole('option', { name: /Rural clinics announcement/ }).click();
      await see(reader.getByRole('heading', { level: 1 }).first()).toHaveText('Rural clinics announcement');
      await see(reader.getByText('By Sara Okafor')).toBeVisible();
      const picture = reader.locator('img[alt="Ministry of Health"]');
      await see(picture).toHaveCount(1);
      await expect.poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(400);
      await screenshot(page, 'import-mail-reader-outlook');
      // Details say where each field came from: the e-mail's headers.
      await reader.getByRole('button', { name: 'Details', exact: true }).click();
      const details = reader.getByRole('region', { name: 'Details' });
      await see(details).toContainText('Sara Okafor');
      await see(details.getByText('from the e-mail’s headers').first()).toBeVisible();
      await details.scrollIntoViewIfNeeded();
      await screenshot(page, 'import-mail-details');
      expect(app.errors).toEqual([]);
    } finally {
      await app.dispose();
    }
  });
});
