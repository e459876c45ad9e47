// Fidelity test: the providers' official npm clients against the Switchboard sandbox. Each check expects what the
// client would report against the real service: success objects with their documented shapes, and typed errors
// (StripeInvalidRequestError, StripeIdempotencyError, Twilio RestException, GaxiosError, Slack platform errors).
//
// Usage: node fidelity.mjs --fixture <path to sandbox-fixture>   (starts it, drives it, stops it)
//        node fidelity.mjs --endpoints '<the JSON line sandbox-fixture prints>'   (a sandbox you started)
// Exit status 0 only when every check passed; each failure is printed with what was expected.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';

import Stripe from 'stripe';
import twilio from 'twilio';
import { google } from 'googleapis';
import { WebClient, ErrorCode as SlackErrorCode } from '@slack/web-api';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`PASS  ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL  ${name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`);
  }
}

// Runs `fn`, which must throw; returns the error for further checks.
async function rejects(fn, what) {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new assert.AssertionError({ message: `expected ${what}, but the call succeeded` });
}

async function startFixture(path) {
  const child = spawn(path, ['1'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('sandbox-fixture printed nothing within 30 s')), 30000);
    lines.once('line', (line) => { clearTimeout(timer); resolve(line); });
    child.once('exit', (code) => reject(new Error(`sandbox-fixture exited early (${code})`)));
    child.once('error', (error) => reject(new Error(`sandbox-fixture did not start: ${error.message}`)));
  });
  return { endpoints: JSON.parse(first), stop: () => child.stdin.end(), child };
}

const fixturePath = option('--fixture');
let fixture;
let endpoints;
if (fixturePath) {
  fixture = await startFixture(fixturePath);
  endpoints = fixture.endpoints;
} else if (option('--endpoints')) {
  endpoints = JSON.parse(option('--endpoints'));
} else {
  console.error('usage: node fidelity.mjs --fixture <sandbox-fixture> | --endpoints <json>');
  process.exit(2);
}
const watchdog = setTimeout(() => {
  console.error('FAIL  the fidelity run took longer than 5 minutes');
  process.exit(1);
}, 300000);

// ---------------------------------------------------------------------------------------------------------------
// Stripe: host/port/protocol point the client at the stripe listener; its own Idempotency-Key on every POST.
{
  const url = new URL(endpoints.stripe.baseUrl);
  const stripe = new Stripe(endpoints.stripe.token, {
    host: url.hostname, port: url.port, protocol: 'http', maxNetworkRetries: 0, telemetry: false,
  });

  let customer;
  await check('stripe: customers.create with nested metadata and arrays', async () => {
    customer = await stripe.customers.create({
      email: 'fidelity@example.org', name: 'Fidelity Test', metadata: { order_id: '42' },
      preferred_locales: ['en', 'fr'],
      invoice_settings: { custom_fields: [{ name: 'PO', value: 'A 1' }] },
    });
    assert.match(customer.id, /^cus_/);
    assert.equal(customer.object, 'customer');
    assert.equal(customer.metadata.order_id, '42');
    assert.deepEqual(customer.preferred_locales, ['en', 'fr']);
    assert.equal(customer.invoice_settings.custom_fields[0].value, 'A 1');
    assert.match(customer.lastResponse.requestId, /^req_/);
    const again = await stripe.customers.retrieve(customer.id);
    assert.equal(again.email, 'fidelity@example.org');
  });

  await check('stripe: customers.list auto-pagination with starting_after', async () => {
    const all = await stripe.customers.list({ limit: 2 }).autoPagingToArray({ limit: 100 });
    const ids = new Set(all.map((c) => c.id));
    assert.equal(ids.size, all.length);
    assert.ok(all.length >= 4, `expected seeded customers plus ours, got ${all.length}`);
    assert.ok(ids.has(customer.id));
  });

  await check('stripe: payment intent create + confirm succeeds', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 2000, currency: 'usd', metadata: { order_id: '42' } });
    assert.equal(intent.status, 'requires_payment_method');
    const confirmed = await stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa' });
    assert.equal(confirmed.status, 'succeeded');
    assert.equal(confirmed.amount_received, 2000);
  });

  await check('stripe: missing amount is a StripeInvalidRequestError naming the param', async () => {
    const error = await rejects(() => stripe.paymentIntents.create({ currency: 'usd' }), 'StripeInvalidRequestError');
    assert.equal(error.type, 'StripeInvalidRequestError');
    assert.ok(error instanceof Stripe.errors.StripeInvalidRequestError);
    assert.equal(error.statusCode, 400);
    assert.equal(error.code, 'parameter_missing');
    assert.equal(error.param, 'amount');
    assert.match(error.requestId, /^req_/);
  });

  await check('stripe: declined card is a StripeCardError with decline_code', async () => {
    const error = await rejects(() => stripe.paymentIntents.create({
      amount: 1500, currency: 'usd', payment_method: 'pm_card_chargeDeclined', confirm: true,
    }), 'StripeCardError');
    assert.equal(error.type, 'StripeCardError');
    assert.equal(error.statusCode, 402);
    assert.equal(error.decline_code, 'generic_decline');
  });

  await check('stripe: idempotency key replays, and refuses other parameters', async () => {
    const key = `fidelity-${Date.now()}`;
    const first = await stripe.customers.create({ email: 'idem@example.org' }, { idempotencyKey: key });
    const second = await stripe.customers.create({ email: 'idem@example.org' }, { idempotencyKey: key });
    assert.equal(second.id, first.id);
    assert.equal(second.lastResponse.headers['idempotent-replayed'], 'true');
    const error = await rejects(() => stripe.customers.create({ email: 'other@example.org' }, { idempotencyKey: key }),
      'StripeIdempotencyError');
    assert.equal(error.type, 'StripeIdempotencyError');
    assert.ok(error instanceof Stripe.errors.StripeIdempotencyError);
    assert.equal(error.statusCode, 400);
  });

  await check('stripe: subscription with items[0][price] on a seeded customer', async () => {
    const prices = await stripe.prices.list({ limit: 10 });
    const customers = await stripe.customers.list({ limit: 100 });
    const payer = customers.data.find((c) => c.invoice_settings?.default_payment_method);
    assert.ok(payer, 'a seeded customer with a default payment method');
    const subscription = await stripe.subscriptions.create({ customer: payer.id, items: [{ price: prices.data[0].id }] });
    assert.match(subscription.id, /^sub_/);
    assert.equal(subscription.status, 'active');
    assert.equal(subscription.items.data[0].price.id, prices.data[0].id);
    const fetched = await stripe.subscriptions.retrieve(subscription.id);
    assert.equal(fetched.customer, payer.id);
  });

  await check('stripe: a bad key is a StripeAuthenticationError', async () => {
    const other = new Stripe('sk_test_notARealKey000000000000000000000wxyz', {
      host: url.hostname, port: url.port, protocol: 'http', maxNetworkRetries: 0, telemetry: false,
    });
    const error = await rejects(() => other.balance.retrieve(), 'StripeAuthenticationError');
    assert.equal(error.type, 'StripeAuthenticationError');
    assert.equal(error.statusCode, 401);
    assert.doesNotMatch(error.message, /notARealKey/);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Twilio: no base-URL option, so a RequestClient subclass sends https://api.twilio.com/... to the twilio listener.
{
  const base = endpoints.twilio.baseUrl.replace(/\/$/, '');
  class SandboxRequestClient extends twilio.RequestClient {
    request(opts) {
      return super.request({ ...opts, uri: opts.uri.replace(/^https:\/\/[^/]+/, base) });
    }
  }
  const { accountSid, authToken } = endpoints.twilio;
  const client = twilio(accountSid, authToken, { httpClient: new SandboxRequestClient() });
  let from;

  await check('twilio: account fetch and incoming numbers', async () => {
    const account = await client.api.v2010.accounts(accountSid).fetch();
    assert.equal(account.sid, accountSid);
    assert.equal(account.status, 'active');
    const numbers = await client.incomingPhoneNumbers.list();
    assert.equal(numbers.length, 2);
    from = numbers.find((n) => n.capabilities.sms).phoneNumber;
    assert.match(from, /^\+1\d{10}$/);
  });

  await check('twilio: messages.create returns a queued SM with RFC 2822 dates parsed', async () => {
    const message = await client.messages.create({ to: '+15558675310', from, body: 'Hello from fidelity' });
    assert.match(message.sid, /^SM[0-9a-f]{32}$/);
    assert.equal(message.status, 'queued');
    assert.equal(message.body, 'Hello from fidelity');
    assert.ok(message.dateCreated instanceof Date && !Number.isNaN(message.dateCreated.getTime()));
    assert.ok(Math.abs(message.dateCreated.getTime() - Date.now()) < 120000);
    const fetched = await client.messages(message.sid).fetch();
    assert.equal(fetched.to, '+15558675310');
  });

  await check('twilio: messages.list follows next_page_uri', async () => {
    for (let i = 0; i < 3; i++) await client.messages.create({ to: `+1555867532${i}`, from, body: `page ${i}` });
    const all = await client.messages.list({ pageSize: 2, limit: 100 });
    assert.ok(all.length >= 7, `expected seeded and sent messages, got ${all.length}`);
    assert.equal(new Set(all.map((m) => m.sid)).size, all.length);
    const page = await client.messages.page({ pageSize: 2 });
    assert.ok(page.nextPageUrl, 'a next page URL');
    const next = await page.nextPage();
    assert.equal(next.instances.length, 2);
  });

  await check('twilio: invalid To is RestException 21211', async () => {
    const error = await rejects(() => client.messages.create({ to: '12345', from, body: 'x' }), 'RestException');
    assert.equal(error.constructor.name, 'RestException');
    assert.equal(error.status, 400);
    assert.equal(error.code, 21211);
    assert.equal(error.moreInfo, 'https://www.twilio.com/docs/errors/21211');
  });

  await check('twilio: missing body is RestException 21602', async () => {
    const error = await rejects(() => client.messages.create({ to: '+15558675310', from }), 'RestException');
    assert.equal(error.code, 21602);
  });

  await check('twilio: calls.create with Twiml, then fetch', async () => {
    const call = await client.calls.create({ to: '+15558675310', from, twiml: '<Response><Say>Hi</Say></Response>' });
    assert.match(call.sid, /^CA/);
    assert.equal(call.status, 'queued');
    assert.equal((await client.calls(call.sid).fetch()).sid, call.sid);
    const missing = await rejects(() => client.calls('CA00000000000000000000000000000000').fetch(), 'RestException');
    assert.equal(missing.code, 20404);
    assert.equal(missing.status, 404);
  });

  await check('twilio: an API key (SK…) with accountSid works like the Auth Token', async () => {
    const keyed = twilio(endpoints.twilio.apiKeySid, endpoints.twilio.apiKeySecret,
      { accountSid, httpClient: new SandboxRequestClient() });
    const numbers = await keyed.incomingPhoneNumbers.list();
    assert.equal(numbers.length, 2);
  });

  await check('twilio: wrong credentials are RestException 20003', async () => {
    const bad = twilio(accountSid, 'wrong-token', { httpClient: new SandboxRequestClient() });
    const error = await rejects(() => bad.messages.list({ limit: 1 }), 'RestException');
    assert.equal(error.status, 401);
    assert.equal(error.code, 20003);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Google: rootUrl points every API at the google listener.
{
  const rootUrl = endpoints.google.baseUrl.replace(/\/?$/, '/');
  const auth = new google.auth.OAuth2();
  auth.setCredentials({ access_token: endpoints.google.token });
  const gmail = google.gmail({ version: 'v1', auth, rootUrl });
  const calendar = google.calendar({ version: 'v3', auth, rootUrl });
  const people = google.people({ version: 'v1', auth, rootUrl });
  const sheets = google.sheets({ version: 'v4', auth, rootUrl });

  await check('gmail: users.messages.send with base64url raw, then get', async () => {
    const raw = Buffer.from('To: Bob Example <bob@example.com>\r\nSubject: Fidelity\r\n\r\nHello Bob').toString('base64url');
    const sent = await gmail.users.messages.send({ userId: 'me', requestBody: { raw } });
    assert.equal(sent.status, 200);
    assert.deepEqual(sent.data.labelIds, ['SENT']);
    const message = await gmail.users.messages.get({ userId: 'me', id: sent.data.id, format: 'metadata', metadataHeaders: ['Subject'] });
    assert.deepEqual(message.data.payload.headers, [{ name: 'Subject', value: 'Fidelity' }]);
  });

  await check('gmail: list with q and paging', async () => {
    const found = await gmail.users.messages.list({ userId: 'me', q: 'subject:invoice' });
    assert.equal(found.data.resultSizeEstimate, 1);
    const page = await gmail.users.messages.list({ userId: 'me', maxResults: 2 });
    assert.equal(page.data.messages.length, 2);
    assert.ok(page.data.nextPageToken);
    const next = await gmail.users.messages.list({ userId: 'me', maxResults: 2, pageToken: page.data.nextPageToken });
    assert.notEqual(next.data.messages[0].id, page.data.messages[0].id);
  });

  await check('gmail: a message without To is a 400 GaxiosError', async () => {
    const raw = Buffer.from('Subject: nobody\r\n\r\nx').toString('base64url');
    const error = await rejects(() => gmail.users.messages.send({ userId: 'me', requestBody: { raw } }), 'GaxiosError');
    assert.equal(error.constructor.name, 'GaxiosError');
    assert.equal(error.response.status, 400);
    assert.equal(error.message, 'Invalid To header');
  });

  await check('gmail: a bad token is a 401 GaxiosError', async () => {
    const badAuth = new google.auth.OAuth2();
    badAuth.setCredentials({ access_token: 'ya29.not-a-token' });
    const error = await rejects(() => google.gmail({ version: 'v1', auth: badAuth, rootUrl }).users.getProfile({ userId: 'me' }),
      'GaxiosError');
    assert.equal(error.constructor.name, 'GaxiosError');
    assert.equal(error.response.status, 401);
    assert.equal(error.response.data.error.status, 'UNAUTHENTICATED');
  });

  await check('calendar: events.insert, list by startTime with pageToken, freebusy', async () => {
    const event = await calendar.events.insert({ calendarId: 'primary', requestBody: {
      summary: 'Fidelity sync', start: { dateTime: '2032-01-05T10:00:00Z' }, end: { dateTime: '2032-01-05T10:30:00Z' },
      attendees: [{ email: 'bob@example.com' }],
    } });
    assert.equal(event.data.kind, 'calendar#event');
    assert.equal(event.data.status, 'confirmed');
    const page = await calendar.events.list({ calendarId: 'primary', singleEvents: true, orderBy: 'startTime', maxResults: 3 });
    assert.equal(page.data.items.length, 3);
    assert.ok(page.data.nextPageToken);
    const window = await calendar.events.list({ calendarId: 'primary', timeMin: '2032-01-05T00:00:00Z', timeMax: '2032-01-06T00:00:00Z' });
    assert.deepEqual(window.data.items.map((e) => e.id), [event.data.id]);
    const busy = await calendar.freebusy.query({ requestBody: {
      timeMin: '2032-01-05T00:00:00Z', timeMax: '2032-01-06T00:00:00Z', items: [{ id: 'primary' }],
    } });
    assert.deepEqual(busy.data.calendars.primary.busy, [{ start: '2032-01-05T10:00:00Z', end: '2032-01-05T10:30:00Z' }]);
    const error = await rejects(() => calendar.events.insert({ calendarId: 'primary', requestBody: { start: { dateTime: '2032-01-05T10:00:00Z' } } }),
      'GaxiosError');
    assert.equal(error.response.status, 400);
  });

  await check('people: searchContacts with readMask', async () => {
    const found = await people.people.searchContacts({ query: 'car', readMask: 'names,emailAddresses' });
    assert.equal(found.data.results[0].person.emailAddresses[0].value, 'carol@vendor.example');
  });

  await check('sheets: values.append keeps JSON types; a missing valueInputOption is a 400', async () => {
    const spreadsheetId = (await sheets.spreadsheets.create({ requestBody: { properties: { title: 'Fidelity' } } })).data.spreadsheetId;
    const appended = await sheets.spreadsheets.values.append({
      spreadsheetId, range: 'Sheet1!A1', valueInputOption: 'RAW', requestBody: { values: [['a', 1, true]] },
    });
    assert.equal(appended.data.updates.updatedRange, 'Sheet1!A1:C1');
    const values = await sheets.spreadsheets.values.get({ spreadsheetId, range: 'Sheet1!A1:C1', valueRenderOption: 'UNFORMATTED_VALUE' });
    assert.deepEqual(values.data.values, [['a', 1, true]]);
    const error = await rejects(() => sheets.spreadsheets.values.append({
      spreadsheetId, range: 'Sheet1!A1', requestBody: { values: [['x']] },
    }), 'GaxiosError');
    assert.equal(error.response.status, 400);
    assert.equal(error.response.data.error.status, 'INVALID_ARGUMENT');
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Slack: slackApiUrl points the WebClient at the slack listener.
{
  const slackApiUrl = endpoints.slack.baseUrl.replace(/\/?$/, '/api/');
  const slack = new WebClient(endpoints.slack.token, { slackApiUrl, retryConfig: { retries: 0 } });

  await check('slack: chat.postMessage', async () => {
    const posted = await slack.chat.postMessage({ channel: 'general', text: 'Hello from fidelity',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*Hello* from fidelity' } }] });
    assert.equal(posted.ok, true);
    assert.match(posted.channel, /^C/);
    assert.match(posted.ts, /^\d+\.\d{6}$/);
    assert.equal(posted.message.blocks.length, 1);
  });

  await check('slack: conversations.list cursor paging', async () => {
    const names = [];
    for await (const page of slack.paginate('conversations.list', { limit: 3 })) {
      assert.ok(page.channels.length <= 3);
      names.push(...page.channels.map((c) => c.name));
    }
    assert.ok(names.includes('general') && names.includes('random'));
    assert.equal(new Set(names).size, names.length);
  });

  await check('slack: unknown channel is a platform error channel_not_found', async () => {
    const error = await rejects(() => slack.chat.postMessage({ channel: 'C0NOPE', text: 'x' }), 'platform error');
    assert.equal(error.code, SlackErrorCode.PlatformError);
    assert.equal(error.data.error, 'channel_not_found');
  });

  await check('slack: a bad token is a platform error invalid_auth', async () => {
    const bad = new WebClient('xoxb-not-a-token', { slackApiUrl, retryConfig: { retries: 0 } });
    const error = await rejects(() => bad.auth.test(), 'platform error');
    assert.equal(error.code, SlackErrorCode.PlatformError);
    assert.equal(error.data.error, 'invalid_auth');
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Graph: plain fetch (the official client sends no Authorization over plain http): 202 without a JSON type.
await check('graph: sendMail is 202 with no body and no Content-Type', async () => {
  const response = await fetch(endpoints.microsoft.baseUrl.replace(/\/?$/, '/v1.0/me/sendMail'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${endpoints.microsoft.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ message: { subject: 'Hi', toRecipients: [{ emailAddress: { address: 'bob@example.com' } }] } }),
  });
  assert.equal(response.status, 202);
  assert.equal(response.headers.get('content-type'), null);
  assert.equal(await response.text(), '');
});

clearTimeout(watchdog);
fixture?.stop();
const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
if (failed.length) {
  console.log(`FAILED: ${failed.map((r) => r.name).join('; ')}`);
  process.exit(1);
}
