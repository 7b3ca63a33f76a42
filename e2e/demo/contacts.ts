/**
 * The demo's contacts: Kamailio's scripted users (e2e/kamailio/kamailio.cfg) and the other
 * softphones, each with a display name, so that notices name the person called.
 */

/** A presence state, as the contact list shows it. */
type Presence = 'available' | 'busy' | 'away' | 'offline';

/** One contact. */
interface Contact {
  /** The user part of the address. */
  user: string;
  /** The display name, passed to notices as `values.userName`. */
  name: string;
  presence: Presence;
  /** What calling this contact shows, for whoever tries the demo. */
  note: string;
}

const PRESENCE_LABEL: Record<Presence, string> = {
  available: 'Available',
  busy: 'Busy',
  away: 'Away',
  offline: 'Offline',
};

const CONTACTS: readonly Contact[] = [
  { user: 'bob', name: 'Bob Kelly', presence: 'available', note: 'answers every call' },
  { user: 'busy', name: 'Avery Chen', presence: 'busy', note: '486 with Warning 399' },
  { user: 'nobody', name: 'Noor Haddad', presence: 'offline', note: '404, ms-diagnostics 1003' },
  { user: 'mediation', name: 'Front Desk (PSTN)', presence: 'away', note: 'Mediation Server 404' },
  { user: 'pstn', name: 'Lobby Phone', presence: 'away', note: '101 then 504' },
  { user: 'federated', name: 'Sam Rivera (Fabrikam)', presence: 'available', note: 'IM: 480' },
  { user: 'dave', name: 'Dave Okafor', presence: 'available', note: 'his BYE signs you out' },
];

/** The contact of a user part; a made-up one (the address itself as its name) for others. */
function contactOf(user: string): Contact {
  return (
    CONTACTS.find((c) => c.user === user) ?? {
      user,
      name: user,
      presence: 'offline',
      note: '',
    }
  );
}

export type { Contact, Presence };
export { CONTACTS, contactOf, PRESENCE_LABEL };
