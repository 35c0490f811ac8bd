// Writes the e-mail, Word and MHTML fixtures in tests/fixtures/mail and tests/fixtures/documents
// (run: node scripts/make-mail-fixtures.mjs). The output is committed; run again only to change
// them. The pictures (logo.png, photo.jpg, chart.png) were made once with ImageMagick:
//   convert -size 64x32 gradient:'#1d4e89-#f0c419' logo.png
//   convert -size 400x260 plasma:fractal -seed 7 -quality 80 photo.jpg
//   convert -size 320x200 gradient:'#0b6e4f-#e8e8e8' -swirl 60 -colors 16 chart.png
// The MIME messages and the Word files are written here by hand, byte for byte, so every
// header, boundary and part is the one a test relies on.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Deflate, strToU8, zipSync } from 'fflate';
import PDFDocument from 'pdfkit';

const ROOT = path.resolve(import.meta.dirname, '..');
const MAIL = path.join(ROOT, 'tests/fixtures/mail');
const DOCS = path.join(ROOT, 'tests/fixtures/documents');
const picture = (name) => readFileSync(path.join(DOCS, name));
const b64 = (bytes) => Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n');
const crlf = (text) => text.replace(/\r?\n/g, '\r\n');

const RELEASE = [
  'The Ministry of Energy today announced a moratorium on new coal-fired power stations, to take effect on 1 January 2026.',
  'Minister Olena Marchenko said the decision followed a year of consultation with regional grid operators and industry. "We are choosing a cleaner grid without putting the winter supply at risk," she said.',
  'The moratorium covers every plant that has not yet received a construction permit. Plants already under construction may be completed, but must meet the 2030 emission limits from their first day of operation.',
  'The ministry will publish the full text of the decree and a timetable for the regional consultations next week.',
];

function pdfBytes() {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', info: { Title: 'Grid report 2025', CreationDate: new Date('2025-11-28T10:00:00Z') } });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.fontSize(20).text('Grid report 2025', { align: 'left' });
    doc.moveDown().fontSize(11).text(RELEASE.join('\n\n'));
    doc.end();
  });
}

function pressRelease(pdf) {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{font-family:Arial}</style></head><body>
<span style="display:none">Preview: coal moratorium announced</span>
<p><img src="cid:logo@energy.example" alt="Ministry of Energy" width="64" height="32"></p>
<h1>Ministry announces coal moratorium</h1>
${RELEASE.map((p) => `<p>${p.replace(/"/g, '&quot;')}</p>`).join('\n')}
<p><img src="https://tracker.example/open.gif?id=42" width="1" height="1" alt=""></p>
<p>Press Office, Ministry of Energy · <a href="https://energy.example/press">energy.example/press</a></p>
</body></html>`;
  return crlf(`Return-Path: <press@energy.gov.example>
Received: from mail.energy.gov.example (mail.energy.gov.example [192.0.2.10]) by mx.example.org; Mon, 1 Dec 2025 09:30:05 +0100
From: Ministry of Energy Press Office <press@energy.gov.example>
To: newsroom@example.org
Subject: Ministry announces coal moratorium
Date: Mon, 1 Dec 2025 09:30:00 +0100
Message-ID: <release-2025-12-01@energy.gov.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="mixed-b1"

This is a multi-part message in MIME format.

--mixed-b1
Content-Type: multipart/alternative; boundary="alt-b2"

--alt-b2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ministry announces coal moratorium

${RELEASE.join('\n\n').replace(/=/g, '=3D')}

--alt-b2
Content-Type: multipart/related; boundary="rel-b3"

--rel-b3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

${b64(Buffer.from(html))}
--rel-b3
Content-Type: image/png; name="logo.png"
Content-Transfer-Encoding: base64
Content-ID: <logo@energy.example>
Content-Disposition: inline; filename="logo.png"

${b64(picture('logo.png'))}
--rel-b3--

--alt-b2--

--mixed-b1
Content-Type: application/pdf; name="Grid report 2025.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="Grid report 2025.pdf"

${b64(pdf)}
--mixed-b1
Content-Type: image/jpeg; name="minister.jpg"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="minister.jpg"

${b64(picture('photo.jpg'))}
--mixed-b1
Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="briefing.ics"
Content-Disposition: attachment; filename="briefing.ics"

BEGIN:VCALENDAR
VERSION:2.0
END:VCALENDAR

--mixed-b1--
`);
}

/** A text-only release in windows-1251, as older Russian mail programs send it. */
function cyrillic() {
  const text = crlf(`Пресс-служба Министерства энергетики сообщает

МОСКВА, 2 декабря. Министерство энергетики объявило о новых правилах для региональных сетей. "Мы не допустим перебоев зимой", - сказал заместитель министра Иван Петров.

Новые правила вступят в силу с 1 января 2026 года и коснутся всех операторов сетей.
`);
  const head = crlf(`From: =?windows-1251?B?${Buffer.from('Иван Петров', 'latin1').length ? Buffer.from(iconv('Иван Петров')).toString('base64') : ''}?= <ivan.petrov@minenergo.example>
To: newsroom@example.org
Subject: =?windows-1251?B?${Buffer.from(iconv('Новые правила для сетей')).toString('base64')}?=
Date: Tue, 2 Dec 2025 14:05:00 +0300
Message-ID: <rules-2025-12-02@minenergo.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1251
Content-Transfer-Encoding: 8bit

`);
  return Buffer.concat([Buffer.from(head, 'latin1'), iconv(text)]);
}

/** windows-1251 bytes of Cyrillic text (only the letters the fixture uses). */
function iconv(text) {
  const out = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code < 0x80) out.push(code);
    else if (code >= 0x410 && code <= 0x44f) out.push(code - 0x410 + 0xc0);
    else if (ch === 'ё') out.push(0xb8);
    else if (ch === 'Ё') out.push(0xa8);
    else throw new Error(`no windows-1251 byte for ${ch}`);
  }
  return Buffer.from(out);
}

function forwarded() {
  return crlf(`From: Dana Editor <dana@newsdesk.example.org>
To: archive@newsdesk.example.org
Subject: Fwd: Harbour ferry contract signed
Date: Thu, 4 Dec 2025 18:12:44 +0000
Message-ID: <fwd-1@newsdesk.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

For the archive.

---------- Forwarded message ---------
From: Port Authority Communications <media@port-authority.example>
Date: Wed, 3 Dec 2025 at 10:15
Subject: Harbour ferry contract signed
To: <press-list@port-authority.example>


The Port Authority signed a ten-year contract for the harbour ferry service on Wednesday, ending a dispute that had left the island route without a timetable since August.

The new operator will run twelve crossings a day from March, the authority said, and will replace its two oldest vessels by 2028.
`);
}

function mhtml() {
  const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour ferry contract signed | Coastal Times</title>
<meta property="og:site_name" content="Coastal Times"><meta name="author" content="Maria Lindqvist">
<meta property="article:published_time" content="2025-12-03T11:00:00+01:00">
<link rel="stylesheet" href="https://coastal-times.example/style.css"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour ferry contract signed</h1>
<figure><img src="/media/chart.png" alt="Crossings per day, 2020 to 2028"><figcaption>Crossings per day, 2020 to 2028</figcaption></figure>
<p>The Port Authority signed a ten-year contract for the harbour ferry service on Wednesday, ending a dispute that had left the island route without a timetable since August.</p>
<p>The new operator will run twelve crossings a day from March, the authority said, and will replace its two oldest vessels by 2028. Islanders had campaigned for a later last crossing, which the contract now guarantees on Fridays and Saturdays.</p>
<p>“This is the timetable people asked for,” said the authority’s chair, Henrik Berg. The mayor welcomed the agreement but asked for a review of fares after the first year.</p>
<p><img src="https://ads.example/banner.jpg" alt="Advertisement"></p>
</article><footer>© Coastal Times</footer></body></html>`;
  const qp = page.replace(/=/g, '=3D').replace(/[^\n\x20-\x7e]/gu, (ch) => [...Buffer.from(ch)].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
  return crlf(`From: <Saved by Blink>
Snapshot-Content-Location: https://coastal-times.example/news/harbour-ferry
Subject: Harbour ferry contract signed | Coastal Times
Date: Thu, 4 Dec 2025 09:00:00 -0000
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="----MultipartBoundary--abc123----"


------MultipartBoundary--abc123----
Content-Type: text/html
Content-ID: <frame-main@mhtml.blink>
Content-Transfer-Encoding: quoted-printable
Content-Location: https://coastal-times.example/news/harbour-ferry

${qp}

------MultipartBoundary--abc123----
Content-Type: text/css
Content-Transfer-Encoding: quoted-printable
Content-Location: https://coastal-times.example/style.css

body { font-family: serif; }

------MultipartBoundary--abc123----
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Location: https://coastal-times.example/media/chart.png

${b64(picture('chart.png'))}
------MultipartBoundary--abc123------
`);
}

// ---- Word ------------------------------------------------------------------------------

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text, style, num) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${num ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${num}"/></w:numPr>` : ''}</w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const image = `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="3048000" cy="1905000"/><wp:docPr id="1" name="Chart" descr="Crossings per day"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="chart.png" descr="Crossings per day"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg1"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

function docx({ body, core }) {
  const files = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/chart.png"/></Relationships>`),
    'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`),
    'word/numbering.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body}</w:body></w:document>`),
    'word/media/chart.png': picture('chart.png'),
    'docProps/core.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${core}</cp:coreProperties>`),
  };
  return zipSync(files, { level: 6, mtime: new Date('2025-12-01T12:00:00Z') });
}

function releaseDocx() {
  const body = [
    para('Ferry timetable agreed for the island route', 'Title'),
    para('The Port Authority and the new operator agreed the timetable for the island ferry on Monday. It starts in March and runs all year.'),
    para('What changes', 'Heading1'),
    para('Twelve crossings a day instead of eight', null, 1),
    para('A later last crossing on Fridays and Saturdays', null, 1),
    para('Two new vessels by 2028', null, 1),
    image,
    para('Next steps', 'Heading1'),
    para('Publish the timetable', null, 2),
    para('Open ticket sales in February', null, 2),
    para('“This is the timetable people asked for,” said Henrik Berg, the authority’s chair.'),
  ].join('');
  const core = '<dc:title>Press release template</dc:title><dc:creator>Henrik Berg</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-12-01T08:15:00Z</dcterms:created><dc:language>en-GB</dc:language>';
  return docx({ body, core });
}

/** No heading: the title comes from the document's properties. */
function memoDocx() {
  const body = [
    para('The board met on Tuesday and approved the budget for the harbour works. Construction starts in April and should finish before the summer season of 2027.'),
    para('The works will close the north quay for six weeks; ferries will use the south quay meanwhile.'),
  ].join('');
  const core = '<dc:title>Harbour works budget approved</dc:title><dc:creator>Windows User</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-11-20T16:00:00Z</dcterms:created>';
  return docx({ body, core });
}

/** A "docx bomb": a small file whose document part inflates to 64 MB of zeros. */
function bombDocx() {
  const chunks = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < 64; i++) deflate.push(zeros, i === 63);
  const packed = Buffer.concat(chunks);
  // A stored ZIP of the real parts, with the document replaced by the bomb written by hand.
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(64 * 1024 * 1024, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(64 * 1024 * 1024, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + packed.length, 16);
  return Buffer.concat([local, name, packed, central, name, end]);
}

/**
 * A colleague's note with documents attached: a Word file, a text article, a PDF, a forwarded
 * mail, winmail.dat. Without `pdf` and `forwardedMail`: the same note with only the quick ones
 * (for tests that run many imports and need no PDF reading).
 */
function withDocuments(pdf, word, forwardedMail) {
  const article = readFileSync(path.join(ROOT, 'tests/fixtures/paste/wire-geneva.txt'));
  return crlf(`From: "Lindqvist, Maria" <maria.lindqvist@coastal-times.example>
To: archive@newsdesk.example.org
Subject: Documents for the ferry file
Date: Fri, 5 Dec 2025 08:00:00 +0100
Message-ID: <docs-1@coastal-times.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="docs-b1"

--docs-b1
Content-Type: text/plain; charset=utf-8

Attached: the operator's timetable, the Geneva wire story and the grid report, plus Dana's forward.

--docs-b1
Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="Ferry timetable.docx"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="Ferry timetable.docx"

${b64(word)}
--docs-b1
Content-Type: text/plain; charset=utf-8; name="geneva.txt"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="geneva.txt"

${b64(article)}
--docs-b1${pdf ? `
Content-Type: application/pdf; name="Grid report 2025.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="Grid report 2025.pdf"

${b64(pdf)}
--docs-b1` : ''}${forwardedMail ? `
Content-Type: message/rfc822; name="Harbour ferry contract signed.eml"
Content-Disposition: attachment; filename="Harbour ferry contract signed.eml"

${forwardedMail}
--docs-b1` : ''}
Content-Type: application/ms-tnef; name="winmail.dat"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="winmail.dat"

${b64(Buffer.from([0x78, 0x9f, 0x3e, 0x22, 0, 0, 0, 0]))}
--docs-b1--
`);
}

/** HTML as Outlook writes it: conditional comments, <o:p>, empty spacer paragraphs, a signature picture by cid. */
function outlookReply() {
  const html = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--><style><!-- p.MsoNormal {margin:0cm;} --></style></head><body lang=EN-GB link="#0563C1"><div class=WordSection1><p class=MsoNormal><b>EMBARGOED UNTIL 00:01 TUESDAY 2 DECEMBER<o:p></o:p></b></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>The Health Ministry will open twelve new clinics in rural districts next year, the minister said on Monday.<o:p></o:p></p><p class=MsoNormal>&#8220;Nobody should travel more than an hour to see a doctor,&#8221; said Minister Sara Okafor.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal><span style='color:#1F497D'>Kind regards,<o:p></o:p></span></p><p class=MsoNormal><span style='color:#1F497D'><img width=120 height=80 id="Picture_x0020_1" src="cid:image001.jpg@01DA1234.ABCDEF00" alt="Ministry of Health"></span><o:p></o:p></p></div></body></html>`;
  return crlf(`From: "Okafor, Sara" <sara.okafor@health.gov.example>
To: press@newsroom.example
Subject: RE: Rural clinics announcement
Date: Mon, 1 Dec 2025 17:45:12 +0000
Message-ID: <reply-1@health.gov.example>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: multipart/related; boundary="rel"; type="text/html"

--rel
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

${b64(Buffer.from(html))}
--rel
Content-Type: image/jpeg; name="image001.jpg"
Content-Transfer-Encoding: base64
Content-ID: <image001.jpg@01DA1234.ABCDEF00>

${b64(picture('photo.jpg'))}
--rel--
`);
}

const pdf = await pdfBytes();
const release = pressRelease(pdf);
writeFileSync(path.join(MAIL, 'press-release.eml'), release);
// Cut in the middle of the PDF: the closing boundaries never come.
writeFileSync(path.join(MAIL, 'truncated.eml'), release.slice(0, release.indexOf('Grid report 2025.pdf"\r\n\r\n') + 2000));
writeFileSync(path.join(MAIL, 'cyrillic-1251.eml'), cyrillic());
writeFileSync(path.join(MAIL, 'forwarded.eml'), forwarded());
writeFileSync(path.join(MAIL, 'outlook-reply.eml'), outlookReply());
writeFileSync(path.join(DOCS, 'harbour-ferry.mhtml'), mhtml());
writeFileSync(path.join(DOCS, 'ferry-timetable.docx'), releaseDocx());
writeFileSync(path.join(MAIL, 'with-documents.eml'), withDocuments(pdf, releaseDocx(), forwarded()));
writeFileSync(path.join(MAIL, 'quick-documents.eml'), withDocuments(null, releaseDocx(), null));
writeFileSync(path.join(DOCS, 'harbour-memo.docx'), memoDocx());
writeFileSync(path.join(DOCS, 'bomb.docx'), bombDocx());
const whole = releaseDocx();
writeFileSync(path.join(DOCS, 'cut-short.docx'), whole.subarray(0, Math.floor(whole.length * 0.6)));
console.log('fixtures written');
