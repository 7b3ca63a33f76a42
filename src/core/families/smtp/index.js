/**
 * The SMTP family: the SMTP error tables of Mailgun, Gmail / Google Workspace, Outlook and
 * SendGrid (seed 004_b903799864dc8d9e.txt), read from a server's reply as received.
 *
 * With a provider in the context, the reply is matched against that provider's rows by code,
 * then by text; without one (or when the provider has no such row), by the RFC 3463 enhanced
 * status code against the RFC 3463 table that Outlook's rows print, then by the reply class.
 * docs/families/smtp.md explains the choices.
 */
import english from '../../../../locales/en/uc-error-kit-smtp.json' with { type: 'json' };
import { SMTP_BEHAVIOURS, SMTP_CLASS_TOPICS, SMTP_GENERIC_TOPIC, SMTP_PROVIDER_TITLES, SMTP_PROVIDERS, SMTP_ROWS, SMTP_TOPICS, } from './catalog.generated';
import { locales } from './locales.generated';
import { parseReply } from './parse';
/** A text's words: lower-case ASCII letter and digit runs (quotes and mojibake split words alike). */
function wordsOf(text, limit = Number.POSITIVE_INFINITY) {
    const words = [];
    let word = '';
    for (let i = 0; i < text.length && words.length < limit; i++) {
        const c = text.charCodeAt(i);
        if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122))
            word += text[i];
        else if (c >= 65 && c <= 90)
            word += String.fromCharCode(c + 32);
        else if (word !== '') {
            words.push(word);
            word = '';
        }
    }
    if (word !== '' && words.length < limit)
        words.push(word);
    return words;
}
/** The text a row is matched by: its error message; a named SendGrid row's name; Outlook's meaning. */
function matchTextOf(row) {
    if (row.message !== undefined && row.message !== '-')
        return row.message;
    if (row.code === undefined && row.enhancedCode === undefined)
        return row.category ?? '';
    return row.meaning !== undefined && row.meaning !== '-' ? row.meaning : '';
}
/** The reply that reproduces a row. */
function inputOf(row) {
    const text = matchTextOf(row);
    if (row.provider === 'outlook' && row.code !== undefined)
        return row.code;
    return [row.code, row.enhancedCode, text].filter((x) => x !== undefined && x !== '').join(' ');
}
const ENTRIES = SMTP_ROWS.map((row) => {
    const topic = SMTP_TOPICS[row.topic];
    return {
        ...row,
        input: inputOf(row),
        context: { provider: row.provider },
        summaryKey: topic.summaryKey,
        detailsKey: topic.detailsKey,
        placement: topic.placement,
    };
});
const INDEXED = ENTRIES.map((entry) => {
    const words = wordsOf(matchTextOf(entry));
    return { entry, words, wordSet: new Set(words), joined: words.join(' ') };
});
const byKey = (keyOf) => {
    const map = new Map();
    for (const x of INDEXED) {
        const k = keyOf(x.entry);
        if (k === undefined)
            continue;
        const list = map.get(k) ?? [];
        list.push(x);
        map.set(k, list);
    }
    return map;
};
/** Outlook prints a few error numbers in lower case (`0x0004b9`); the reader upper-cases them. */
const codeKey = (code) => code.startsWith('0x') ? `0x${code.slice(2).toUpperCase()}` : code;
const BY_PROVIDER = byKey((e) => e.provider);
const BY_CODE = byKey((e) => e.code === undefined ? undefined : `${e.provider} ${codeKey(e.code)}`);
const BY_CODE_ENHANCED = byKey((e) => e.code === undefined || e.enhancedCode === undefined
    ? undefined
    : `${e.provider} ${e.code} ${e.enhancedCode}`);
/**
 * RFC 3463's table as Outlook prints it (`X.1.1` rows), by subject and detail. Seed line 265
 * prints X.2.0 with the name RFC 3463 gives X.1.2 ("Bad destination system address"), so for
 * X.2.0 with no text to choose by, line 273 (RFC 3463's X.2.0) comes first.
 */
const MISPRINTED_ENHANCED_LINES = new Set([265]);
const BY_SUBJECT_DETAIL = byKey((e) => e.provider === 'outlook' && e.enhancedCode?.startsWith('X.')
    ? e.enhancedCode.slice(2)
    : undefined);
for (const list of BY_SUBJECT_DETAIL.values()) {
    list.sort((a, b) => Number(MISPRINTED_ENHANCED_LINES.has(a.entry.line)) -
        Number(MISPRINTED_ENHANCED_LINES.has(b.entry.line)));
}
/** How many of the reply's words are read for matching (bounds the work per candidate). */
const MAX_MATCH_WORDS = 400;
/**
 * The candidate whose text the reply's text best contains: an equal text first, then the
 * largest share of the row's words found in the reply (ties: more words, then seed order).
 * Undefined when no row has at least half of its words in the reply.
 */
function bestByText(candidates, words) {
    if (words.length === 0)
        return undefined;
    const joined = words.join(' ');
    const inReply = new Set(words);
    let best;
    let bestScore = 0;
    let bestHits = 0;
    for (const c of candidates) {
        if (c.words.length === 0)
            continue;
        if (c.joined === joined)
            return c;
        let hits = 0;
        for (const w of c.wordSet)
            if (inReply.has(w))
                hits++;
        const score = hits / c.wordSet.size;
        if (score > bestScore || (score === bestScore && hits > bestHits)) {
            best = c;
            bestScore = score;
            bestHits = hits;
        }
    }
    return bestScore >= 0.5 ? best : undefined;
}
/** A reply class's behaviour (RFC 5321 4.2.1; RFC 3463 2 for the enhanced code's class). */
function classBehaviour(cls) {
    if (cls === '2')
        return 'not-a-failure';
    if (cls === '4')
        return 'temporary';
    if (cls === '5')
        return 'permanent';
    return undefined;
}
/** Mailgun's codes are HTTP statuses: 429 (RFC 6585 4) and 5xx (RFC 9110 15.6) may pass later. */
function httpBehaviour(code) {
    const n = Number(code);
    return n === 429 || n >= 500 ? 'temporary' : 'permanent';
}
function readContext(context, problems) {
    if (context === undefined || context === null)
        return undefined;
    if (typeof context !== 'object') {
        problems.push({ field: 'context', message: `expected an object, got ${typeof context}` });
        return undefined;
    }
    const provider = Object.hasOwn(context, 'provider')
        ? context.provider
        : undefined;
    if (provider === undefined || provider === null)
        return undefined;
    if (typeof provider === 'string' && SMTP_PROVIDERS.includes(provider)) {
        return provider;
    }
    problems.push({
        field: 'context.provider',
        message: `unknown provider; expected one of ${SMTP_PROVIDERS.join(', ')}`,
    });
    return undefined;
}
/** Finds the row: the provider's rows by code then text; else RFC 3463's rows by enhanced code. */
function findRow(reply, provider) {
    const words = wordsOf(reply.text, MAX_MATCH_WORDS);
    const sd = reply.enhancedCode?.slice(2);
    if (provider !== undefined) {
        const tiers = [];
        if (reply.code !== undefined) {
            if (reply.enhancedCode !== undefined) {
                tiers.push(BY_CODE_ENHANCED.get(`${provider} ${reply.code} ${reply.enhancedCode}`));
            }
            tiers.push(BY_CODE.get(`${provider} ${reply.code}`));
        }
        if (provider === 'outlook' && sd !== undefined)
            tiers.push(BY_SUBJECT_DETAIL.get(sd));
        for (const tier of tiers) {
            if (tier === undefined || tier.length === 0)
                continue;
            const byText = bestByText(tier, words);
            if (byText)
                return { hit: byText, match: 'text' };
            const first = tier[0];
            return { hit: first, match: first.entry.code === undefined ? 'enhanced-code' : 'code' };
        }
        if (reply.code === undefined && reply.enhancedCode === undefined) {
            const byText = bestByText(BY_PROVIDER.get(provider) ?? [], words);
            if (byText)
                return { hit: byText, match: 'text' };
        }
    }
    if (sd !== undefined) {
        // RFC 3463 3: an unknown detail is read as the subject's "other or undefined" (X.s.0).
        const tier = BY_SUBJECT_DETAIL.get(sd) ?? BY_SUBJECT_DETAIL.get(`${sd.split('.')[0]}.0`);
        if (tier !== undefined && tier.length > 0) {
            return { hit: bestByText(tier, words) ?? tier[0], match: 'enhanced-code' };
        }
    }
    return undefined;
}
const MAX_REPLY_FACT = 1000;
/** Chooses the message for a reply; never throws, whatever it is given. */
function resolveSmtp(input, context) {
    const reply = parseReply(input);
    const problems = [...reply.problems];
    const provider = readContext(context, problems);
    const found = findRow(reply, provider);
    const entry = found?.hit.entry;
    const cls = reply.code !== undefined && !reply.code.startsWith('0x') ? reply.code[0] : undefined;
    let topic;
    let match = found?.match ?? 'none';
    if (entry !== undefined) {
        topic = entry.topic;
    }
    else {
        const classTopic = Object.hasOwn(SMTP_CLASS_TOPICS, cls ?? '')
            ? SMTP_CLASS_TOPICS[cls]
            : undefined;
        const enhancedClass = reply.enhancedCode?.[0];
        const topicOfEnhanced = Object.hasOwn(SMTP_CLASS_TOPICS, enhancedClass ?? '')
            ? SMTP_CLASS_TOPICS[enhancedClass]
            : undefined;
        topic = classTopic ?? topicOfEnhanced ?? SMTP_GENERIC_TOPIC;
        if (classTopic !== undefined || topicOfEnhanced !== undefined)
            match = 'class';
    }
    const behaviour = (reply.code !== undefined && cls !== undefined
        ? provider === 'mailgun'
            ? httpBehaviour(reply.code)
            : classBehaviour(cls)
        : undefined) ??
        classBehaviour(reply.enhancedCode?.[0]) ??
        entry?.behaviour ??
        'undetermined';
    const codeText = [reply.code, reply.enhancedCode].filter((x) => x !== undefined).join(' ');
    const facts = [];
    const fact = (name, value, lang) => {
        if (value === undefined || value === '' || value === '-')
            return;
        facts.push(lang === undefined
            ? { label: `fact.${name}`, value }
            : { label: `fact.${name}`, value, lang });
    };
    if (entry !== undefined) {
        fact('provider', SMTP_PROVIDER_TITLES[entry.provider]);
        fact('category', entry.category, 'en');
        fact('code', entry.code);
        fact('enhancedCode', entry.enhancedCode);
        fact('message', entry.message, 'en');
        fact('meaning', entry.meaning, 'en');
        fact('solution', entry.solution, 'en');
        fact('glossary', entry.glossary, 'en');
        fact('seedLine', String(entry.line));
    }
    else {
        fact('code', codeText);
    }
    fact('match', match);
    fact('reply', reply.text.length > MAX_REPLY_FACT ? `${reply.text.slice(0, MAX_REPLY_FACT)}…` : reply.text);
    const keys = SMTP_TOPICS[topic];
    return {
        family: 'smtp',
        handled: entry !== undefined,
        unhandledReason: entry !== undefined
            ? undefined
            : reply.code === undefined && reply.enhancedCode === undefined
                ? 'no-code'
                : 'no-row',
        code: codeText === '' ? undefined : codeText,
        summaryKey: keys.summaryKey,
        detailsKey: keys.detailsKey,
        values: codeText === '' ? {} : { code: codeText },
        placement: keys.placement,
        behaviour,
        facts,
        sameKey: JSON.stringify([
            'smtp',
            provider ?? '',
            reply.code ?? '',
            reply.enhancedCode ?? '',
            entry?.id ?? topic,
        ]),
        problems,
        entry,
        match,
        provider,
        reply,
    };
}
/** The SMTP family: Mailgun, Gmail / Google Workspace, Outlook and SendGrid error tables. */
const smtp = {
    id: 'smtp',
    title: 'SMTP error codes (Mailgun, Gmail / Google Workspace, Outlook, SendGrid)',
    namespace: 'uc-error-kit-smtp',
    english,
    locales,
    placeholders: ['code'],
    resolve: (input, context) => resolveSmtp(input, context),
    entries: () => ENTRIES,
    parseText: (text) => (typeof text === 'string' ? text : ''),
};
export { SMTP_BEHAVIOURS, SMTP_PROVIDERS, smtp };
