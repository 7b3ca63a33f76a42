#!/usr/bin/env node
// The demo softphone: Kamailio on 127.0.0.1 (e2e/kamailio/kamailio.cfg) and the Vite page
// of e2e/demo. Open the printed links (one per user); Ctrl-C stops both.
//
//   node e2e/demo.mjs
import { startDemo, startKamailio } from './lib/servers.mjs';

const kamailio = await startKamailio();
const demo = await startDemo();
const link = (user, extra = '') =>
  `${demo.url}?server=${encodeURIComponent(kamailio.wsUrl)}&user=${user}${extra}`;
console.log(`Kamailio: ${kamailio.wsUrl}`);
console.log(`alice (JsSIP):  ${link('alice')}`);
console.log(`alice (SIP.js): ${link('alice', '&lib=sipjs')}`);
console.log(`bob, answers every call: ${link('bob', '&autoanswer=1')}`);
console.log('Scripted users to call: nobody, busy, mediation, pstn; IM: federated; transfer: any.');
console.log('Ctrl-C to stop.');
