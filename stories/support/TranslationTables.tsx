/**
 * Tables for the translation guide, computed from the English JSON of every namespace, the
 * families and the folders under `locales/`, so that the guide can never list a key, a
 * placeholder or a language the kit does not have.
 */
import { ENGLISH, FAMILIES } from '../../.storybook/i18n';
import uiEnglish from '../../locales/en/uc-error-kit.json';
import { directionOf, LANGUAGES, UI_NAMESPACE } from '../../src/index';

/**
 * The files under `locales/` as they are when Storybook is built: the keys of a lazy glob, so
 * no word is bundled here (the kit loads them itself).
 */
const FILES = Object.keys(import.meta.glob('../../locales/*/*.json'));

/** `locales/<lng>/<namespace>.json` present in the tree. */
function hasFile(lng: string, namespace: string): boolean {
  return FILES.some((f) => f.endsWith(`/locales/${lng}/${namespace}.json`));
}

/** The namespaces in order: the interface words first, then each family's. */
const NAMESPACES = Object.keys(ENGLISH);

/** What each [MS-OCER] placeholder stands for, in the words of [MS-OCER] Appendix D and E. */
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
  code: ['—', 'The code received (a reply code, a Status value, an MSNP code); filled by the kit.'],
};

function usesOf(words: Readonly<Record<string, string>>, name: string): number {
  return Object.values(words).filter((w) => w.includes(`{{${name}}}`)).length;
}

/** One row per namespace: its file, its keys, its placeholders, its family. */
function NamespaceTable() {
  return (
    <table>
      <caption>Namespaces: one JSON file per namespace and language</caption>
      <thead>
        <tr>
          <th scope="col">Namespace</th>
          <th scope="col">File</th>
          <th scope="col">What it holds</th>
          <th scope="col">Keys</th>
          <th scope="col">Placeholders</th>
        </tr>
      </thead>
      <tbody>
        {NAMESPACES.map((ns) => {
          const family = FAMILIES.find((f) => f.namespace === ns);
          const words = ENGLISH[ns] ?? {};
          return (
            <tr key={ns}>
              <td>
                <code>{ns}</code>
              </td>
              <td>
                <code>{`locales/<lng>/${ns}.json`}</code>
              </td>
              <td>{family ? family.title : 'The kit’s own words: buttons, labels, counts'}</td>
              <td>{Object.keys(words).length}</td>
              <td>
                {(family ? family.placeholders : ['summary', 'count']).map((p, i) => (
                  <span key={p}>
                    {i > 0 ? ', ' : ''}
                    <code>{`{{${p}}}`}</code>
                  </span>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Every placeholder of every family, what it means, and its neutral word. */
function PlaceholderTable() {
  return (
    <table>
      <caption>Placeholders of the families’ sentences</caption>
      <thead>
        <tr>
          <th scope="col">Namespace</th>
          <th scope="col">Placeholder</th>
          <th scope="col">In the source</th>
          <th scope="col">Meaning</th>
          <th scope="col">When the host gives no value</th>
          <th scope="col">Sentences</th>
        </tr>
      </thead>
      <tbody>
        {FAMILIES.flatMap((family) =>
          family.placeholders.map((name) => {
            const [spec, meaning] = MEANINGS[name] ?? ['—', '(not described yet)'];
            const english = ENGLISH[family.namespace] ?? {};
            return (
              <tr key={`${family.namespace}/${name}`}>
                <td>
                  <code>{family.namespace}</code>
                </td>
                <td>
                  <code>{`{{${name}}}`}</code>
                </td>
                <td>{spec}</td>
                <td>{meaning}</td>
                <td>
                  “{english[`fallback.${name}`] ?? '—'}” (<code>fallback.{name}</code>)
                </td>
                <td>{usesOf(english, name)}</td>
              </tr>
            );
          }),
        )}
      </tbody>
    </table>
  );
}

/** The keys of `uc-error-kit` with their English, for a translator's checklist. */
function UiKeyTable() {
  return (
    <table>
      <caption>
        The kit’s own words (namespace <code>{UI_NAMESPACE}</code>)
      </caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">English</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(uiEnglish).map(([key, english]) => (
          <tr key={key}>
            <td>
              <code>{key}</code>
            </td>
            <td>{english}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** What the language table says of one file. */
function fileState(lng: string, ns: string): string {
  if (lng === 'en') return 'yes (the source)';
  if (!hasFile(lng, ns)) return '—';
  const family = FAMILIES.find((f) => f.namespace === ns);
  // A family loads only the files its generated `locales` table lists (scripts/locales.mjs).
  if (family && !Object.hasOwn(family.locales, lng)) return 'file, not in the loader table yet';
  return 'yes';
}

/**
 * The kit's 34 languages and which of their files exist in this build; a missing file shows
 * English in its place. Each file is loaded only when its language is asked for.
 */
function LanguageTable() {
  return (
    <table>
      <caption>Languages and their files in this build</caption>
      <thead>
        <tr>
          <th scope="col">Folder</th>
          <th scope="col">Language</th>
          <th scope="col">Direction</th>
          {NAMESPACES.map((ns) => (
            <th key={ns} scope="col">
              <code>{ns}</code>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {LANGUAGES.map((lng) => (
          <tr key={lng}>
            <td>
              <code>{lng}</code>
            </td>
            <td>{names.of(lng)}</td>
            <td>{directionOf(lng)}</td>
            {NAMESPACES.map((ns) => (
              <td key={ns}>{fileState(lng, ns)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export { LanguageTable, NamespaceTable, PlaceholderTable, UiKeyTable };
