/**
 * Tables for the translation guide, computed from the English JSON and the core's constants
 * so that the guide can never list a key or a placeholder the kit does not have.
 */
import en from '../../locales/en/uc-error-kit.json';
import { NAMESPACE, PLACEHOLDER_NAMES } from '../../src/index';

const english = en as Record<string, string>;
const keys = Object.keys(english);

/** What each placeholder stands for, in the words of [MS-OCER] Appendix D and E. */
const MEANINGS: Record<string, [spec: string, meaning: string]> = {
  userName: [
    '[user name]',
    'The other person: whom the user was calling, messaging, inviting or transferring to.',
  ],
  errorId: [
    '[error ID]',
    'The code to quote to a support team. The kit fills it with the code that chose the message.',
  ],
  clientName: ['[client name]', 'The name of the softphone app the user is running.'],
  productName: [
    '<product name>',
    'The product whose online best practices the support sentence points to.',
  ],
  applicationName: ['%3 (Appendix E)', 'The shared application that failed to start.'],
};

function usesOf(name: string): number {
  return keys.filter((k) => english[k]?.includes(`{{${name}}}`)).length;
}

/** Keys by kind: sentences, server reasons and the kit's interface words. */
function KeyCounts() {
  const reasons = keys.filter((k) => k.startsWith('reason.')).length;
  const ui = keys.filter((k) => k.startsWith('ui.')).length;
  return (
    <table>
      <caption>
        Keys of <code>locales/en/uc-error-kit.json</code> (namespace <code>{NAMESPACE}</code>)
      </caption>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">Keys</th>
          <th scope="col">Example</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>Sentences the user reads (summaries and details)</td>
          <td>{keys.length - reasons - ui}</td>
          <td>
            <code>cannotLocateUser</code>
          </td>
        </tr>
        <tr>
          <td>
            Server reasons, <code>reason.&lt;ErrorId&gt;</code>
          </td>
          <td>{reasons}</td>
          <td>
            <code>reason.1008</code>
          </td>
        </tr>
        <tr>
          <td>
            The kit’s own words, <code>ui.*</code>
          </td>
          <td>{ui}</td>
          <td>
            <code>ui.details.close</code>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Every placeholder the core fills, what it means, and how many sentences use it. */
function PlaceholderTable() {
  return (
    <table>
      <caption>Placeholders</caption>
      <thead>
        <tr>
          <th scope="col">Placeholder</th>
          <th scope="col">In the spec</th>
          <th scope="col">Meaning</th>
          <th scope="col">When the host gives no value</th>
          <th scope="col">Sentences</th>
        </tr>
      </thead>
      <tbody>
        {PLACEHOLDER_NAMES.map((name) => {
          const [spec, meaning] = MEANINGS[name] ?? ['—', '(not described yet)'];
          return (
            <tr key={name}>
              <td>
                <code>{`{{${name}}}`}</code>
              </td>
              <td>{spec}</td>
              <td>{meaning}</td>
              <td>
                “{english[`ui.fallback.${name}`] ?? '—'}” (<code>ui.fallback.{name}</code>)
              </td>
              <td>{usesOf(name)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The `ui.*` keys with their English, for a translator's checklist. */
function UiKeyTable() {
  return (
    <table>
      <caption>
        The kit’s own words (<code>ui.*</code>)
      </caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">English</th>
        </tr>
      </thead>
      <tbody>
        {keys
          .filter((k) => k.startsWith('ui.'))
          .map((k) => (
            <tr key={k}>
              <td>
                <code>{k}</code>
              </td>
              <td>{english[k]}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

export { KeyCounts, PlaceholderTable, UiKeyTable };
