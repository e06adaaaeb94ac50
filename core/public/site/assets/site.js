// The public site's only script (no framework): print, the wish form and the status lookup, with the proof-of-work challenge.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643 check character (ISO 7064 MOD 11-2), as the server checks it. */
function idValid(raw) {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i];
  return '10X98765432'[sum % 11] === id[17];
}

function zeroBits(bytes) {
  let bits = 0;
  for (const b of bytes) {
    if (b === 0) { bits += 8; continue; }
    return bits + Math.clz32(b) - 24;
  }
  return bits;
}

/** Fetches a challenge and finds a nonce whose SHA-256 with the token has the leading zero bits asked. */
async function solveChallenge(action) {
  const c = await (await fetch(`/api/public/challenge?action=${action}`)).json();
  const enc = new TextEncoder();
  for (let n = 0; ; n++) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', enc.encode(`${c.token}:${n}`)));
    if (zeroBits(digest) >= c.bits) return { token: c.token, nonce: String(n) };
  }
}

async function post(url, body) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  let data = {};
  try { data = await res.json(); } catch { /* empty */ }
  return { status: res.status, data };
}

/** Posts, and when the server asks for a solved challenge, solves one and posts once more. */
async function postWithChallenge(form, url, body, action) {
  let r = await post(url, body);
  if (r.status === 400 && r.data.code === 'challenge_required') {
    say(form, form.dataset.msgChallenge);
    r = await post(url, { ...body, challenge: await solveChallenge(action) });
  }
  return r;
}

function say(form, text, error = false) {
  const out = form.querySelector('.result');
  out.textContent = text;
  out.classList.toggle('error', error);
}

const fill = (text, vars) => text.replace(/\{(\w+)\}/g, (_, k) => (k in vars ? vars[k] : `{${k}}`));

function fmtDate(pattern, iso) {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return fill(pattern, { y, m, d });
}

function wishForm(form) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(form);
    if (!idValid(String(f.get('id_number')))) return say(form, form.dataset.msgInvalidId, true);
    const body = {
      id_number: String(f.get('id_number')).trim().toUpperCase(), name: String(f.get('name')).trim(), phone: String(f.get('phone')).trim(),
      region_code: f.get('region_code'), category: f.get('category'), wants_training: f.get('wants_training') === 'on', wants_job: f.get('wants_job') === 'on',
      consent: f.get('consent') === 'on', consent_version: f.get('consent_version'),
    };
    for (const k of ['occupation_code', 'training_kind', 'job_wish']) if (f.get(k)) body[k] = String(f.get(k));
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const r = await postWithChallenge(form, form.dataset.action, body, 'wish');
      if (r.status === 200 || r.status === 201) {
        const vars = { ref: r.data.reference, date: r.data.stated_on, region: r.data.region_name };
        say(form, fill(r.data.repeated ? form.dataset.msgRepeated : form.dataset.msgDone, vars));
      } else say(form, r.data.message || form.dataset.msgError, true);
    } catch { say(form, form.dataset.msgError, true); } finally { button.disabled = false; }
  });
}

function table(title, head, rows, none) {
  const h = document.createElement('section');
  const h2 = document.createElement('h2');
  h2.textContent = title;
  h.append(h2);
  if (rows.length === 0) { const p = document.createElement('p'); p.textContent = none; h.append(p); return h; }
  const wrap = document.createElement('div');
  wrap.className = 'scroll';
  const t = document.createElement('table');
  const tr = t.createTHead().insertRow();
  for (const x of head) { const th = document.createElement('th'); th.textContent = x; tr.append(th); }
  const tb = t.createTBody();
  for (const r of rows) { const row = tb.insertRow(); for (const x of r) row.insertCell().textContent = x; }
  wrap.append(t);
  h.append(wrap);
  return h;
}

function statusForm(form) {
  const answer = document.getElementById('status-answer');
  const L = JSON.parse(answer.dataset.labels);
  const W = JSON.parse(answer.dataset.words);
  const lab = (g, c) => (L[g] && L[g][c]) || c || '';
  const money = (fen) => (fen === null ? '' : fill(W.money, { amount: `${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}` }));
  form.querySelector('[data-send]').addEventListener('click', async () => {
    const id = String(new FormData(form).get('id_number')).trim().toUpperCase();
    if (!idValid(id)) return say(form, form.dataset.msgInvalidId, true);
    try {
      const r = await postWithChallenge(form, '/api/public/status/code', { id_number: id }, 'code');
      say(form, r.data.message || form.dataset.msgError, r.status !== 200);
    } catch { say(form, form.dataset.msgError, true); }
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const r = await post('/api/public/status', { id_number: String(f.get('id_number')).trim().toUpperCase(), code: String(f.get('code')).trim() });
    answer.replaceChildren();
    if (r.status !== 200) return say(form, r.data.message || form.dataset.msgError, true);
    say(form, '');
    const d = r.data;
    answer.append(
      table(W.wishes, [W.reference, '', '', ''], d.wishes.map((w) => [w.reference, fmtDate(W.date, w.stated_on), w.region_name, lab('wish_status', w.status)]), W.none),
      table(W.enrollments, ['', '', ''], d.enrollments.map((x) => [x.class_name, `${fmtDate(W.date, x.start_date)} – ${fmtDate(W.date, x.end_date)}`, lab('enrollment_status', x.status)]), W.none),
      table(W.claims, [W.reference, '', '', W.amount, W.paid_on], d.claims.map((c) => [c.reference, lab('claim_type', c.type), lab('claim_state', c.state), money(c.amount_fen), fmtDate(W.date, c.paid_on)]), W.none),
    );
  });
}

for (const b of document.querySelectorAll('[data-print]')) b.addEventListener('click', () => window.print());
const wish = document.getElementById('wish');
if (wish) wishForm(wish);
const status = document.getElementById('status');
if (status) statusForm(status);
