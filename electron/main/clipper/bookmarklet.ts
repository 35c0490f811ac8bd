/**
 * The bookmarklet the Settings page offers to drag to the bookmarks bar. It runs in the page
 * the user is reading and POSTs that page to the clipper on 127.0.0.1, then says what happened.
 */
import { CLIP_HEADER, CLIP_PATH, TOKEN_HEADER } from './guard';

/**
 * A `javascript:` URL that sends the current page (address, title, selected text and the full
 * `document.documentElement.outerHTML`) to the clipper with `fetch`, and alerts the outcome.
 * Plain ES5 in one expression: it must run on any page, in any browser, without a build step.
 */
export function bookmarklet(port: number, token: string): string {
  const endpoint = JSON.stringify(`http://127.0.0.1:${port}${CLIP_PATH}`);
  const headers = `{'Content-Type':'application/json','${CLIP_HEADER}':'1','${TOKEN_HEADER}':${JSON.stringify(token)}}`;
  const code = [
    '(function(){',
    "var s=String(window.getSelection&&getSelection()||'');",
    `fetch(${endpoint},{method:'POST',mode:'cors',credentials:'omit',cache:'no-store',referrerPolicy:'no-referrer',`,
    `headers:${headers},`,
    'body:JSON.stringify({url:location.href,title:document.title,selection:s||undefined,html:document.documentElement.outerHTML})})',
    '.then(function(r){return r.json().then(function(j){',
    "alert(r.ok?'Saved to Cuttings: '+j.title+(j.duplicate?' (already in your archive)':'')",
    ":'Cuttings could not save this page: '+(j.error||('error '+r.status)));});})",
    ".catch(function(){alert('Cuttings did not answer. Is the app open, with browser clipping switched on? (Some sites block bookmarklets: copy the article and paste it into Cuttings instead.)');});",
    '})();void 0',
  ].join('');
  return `javascript:${encodeURIComponent(code)}`;
}
