/**
 * The search syntax, one click from the search box. Uses the HTML popover attribute, so
 * the browser handles opening, light dismiss and Escape.
 */
import type { ReactElement } from 'react';

export const QUERY_HELP_ID = 'query-help';

const rows: Array<[string, string]> = [
  ['peace talks', 'both words, anywhere'],
  ['"energy moratorium"', 'the exact phrase'],
  ['peskov OR medvedev', 'either word'],
  ['ukraine -trump', 'leave out a word'],
  ['negotiat*', 'words starting with…'],
  ['(kremlin OR moscow) talks', 'group with parentheses'],
  ['tag:ukraine', 'clippings with a tag'],
  ['source:"The Sun News"', 'from one source'],
  ['person:peskov  place:paris  org:kremlin', 'people, places, organisations named'],
  ['author:  title:  lang:en', 'other fields'],
  ['after:2025-04  before:2025  on:2025-04-18', 'by date (published, else captured)'],
  ['has:quote  is:duplicate', 'clippings with quotes; duplicates'],
];

export function QueryHelp(): ReactElement {
  return (
    <div id={QUERY_HELP_ID} popover="auto" className="popover query-help" role="dialog" aria-labelledby="query-help-title">
      <h2 id="query-help-title">Search syntax</h2>
      <p className="popover-lead">Case and accents never matter: “cafe” finds “café”.</p>
      <table>
        <tbody>
          {rows.map(([example, meaning]) => (
            <tr key={example}>
              <td>
                <code>{example}</code>
              </td>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="popover-foot">Click a tag, source or person in the sidebar to add its filter.</p>
    </div>
  );
}
