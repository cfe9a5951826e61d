// The editor's edge to the browser, in plain JS (one or two DOM calls each; smaller
// here than as Rust bindings). No state and no decisions: Rust says what to do.

const KEY = 'clausewise-editor';

// Whether this page may keep anything: a sandboxed frame (opaque origin) throws on the
// mere access, private modes may refuse to write.
export function storageWorks() {
  try {
    localStorage.setItem(KEY + '-probe', '1');
    localStorage.removeItem(KEY + '-probe');
    return true;
  } catch (_) { return false; }
}

export function loadWork() {
  try { return localStorage.getItem(KEY) ?? undefined; } catch (_) { return undefined; }
}

// True when written; false when the browser refused (no storage, quota).
export function saveWork(text) {
  try { localStorage.setItem(KEY, text); return true; } catch (_) { return false; }
}

export function forgetWork() {
  try { localStorage.removeItem(KEY); } catch (_) {}
}

// deflate-raw with the browser's own CompressionStream, as base64url without padding:
// the `#set=` of a share link.
export async function deflateLink(text) {
  const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// The reader's address next to this page, with `hash`.
export function readerUrl(query, hash) {
  const url = new URL('index.html', location.href);
  url.search = query;
  url.hash = hash;
  return url.href;
}

export async function copyText(text) {
  try { await navigator.clipboard.writeText(text); return true; } catch (_) { return false; }
}

export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// The files of an <input type=file>: [[name, text], …].
export async function inputFiles(input) {
  const files = [...(input.files || [])];
  const out = await Promise.all(files.map(async (f) => [f.webkitRelativePath || f.name, await f.text()]));
  input.value = '';
  return out;
}

// The files of a drop, folders walked (a folder of CSV tables): [[name, text], …].
export async function droppedFiles(event) {
  const dt = event.dataTransfer;
  if (!dt) return [];
  const entries = [...dt.items].map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
  if (!entries.length) return Promise.all([...dt.files].map(async (f) => [f.name, await f.text()]));
  const out = [];
  const walk = async (entry) => {
    if (entry.isFile) {
      const file = await new Promise((ok, no) => entry.file(ok, no));
      out.push([entry.fullPath.replace(/^\//, ''), await file.text()]);
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise((ok, no) => reader.readEntries(ok, no));
        if (!batch.length) break;
        for (const e of batch) await walk(e);
      }
    }
  };
  for (const e of entries) await walk(e);
  return out;
}

// Where the caret is in a text area, in UTF-16 units (Rust converts).
export function caret(id) {
  const el = document.getElementById(id);
  return el ? el.selectionStart : 0;
}

export function focusField(id) {
  const el = document.getElementById(id);
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
  return true;
}

// Drops the page's hash without a history entry (once a carried set has been opened).
export function clearHash() {
  try { history.replaceState(null, '', location.pathname + location.search); } catch (_) {}
}

export function later(ms, f) { setTimeout(f, ms); }
