// Share links: the article's text, its date and the reader's corrections (corrections.js), compressed (CompressionStream, deflate) and written in
// base64url into the address's fragment (#a=...). The fragment never reaches a server: a browser keeps
// it to itself. Opening such a link restores the article.
const PREFIX = 'a=';
// The first field of the packed JSON: 2 = [2, text, date, corrections]; 1 (links made before corrections
// existed) = [1, text, date], still read.
const FORMAT = 2;
export const MAX_LINK_CHARACTERS = 100_000;  // longer links break in mail and chat programs

async function pipe(bytes, stream) {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

// The fragment (without '#') for an article; throws an Error saying so when it is too long for a link.
export async function shareFragment({ text, date, corrections = [] }) {
  const packed = new TextEncoder().encode(JSON.stringify([FORMAT, text, date ?? null, corrections]));
  const fragment = PREFIX + toBase64Url(await pipe(packed, new CompressionStream('deflate-raw')));
  if (fragment.length > MAX_LINK_CHARACTERS) {
    throw new Error(`This article is too long for a link (${Math.round(fragment.length / 1000)} KB compressed; ` +
      `a link holds at most ${MAX_LINK_CHARACTERS / 1000} KB).`);
  }
  return fragment;
}

// Whether an address's fragment ('#...') is a share link.
export function isShareFragment(hash) {
  return hash.startsWith(`#${PREFIX}`);
}

// The article a share fragment holds ({text, date, corrections}); throws an Error for one that is damaged.
export async function readShareFragment(hash) {
  try {
    const bytes = await pipe(fromBase64Url(hash.slice(1 + PREFIX.length)), new DecompressionStream('deflate-raw'));
    const [format, text, date, corrections = []] = JSON.parse(new TextDecoder().decode(bytes));
    if ((format !== 1 && format !== FORMAT) || typeof text !== 'string' || (date !== null && typeof date !== 'string') ||
        !Array.isArray(corrections)) throw new Error('unknown content');
    return { text, date, corrections };
  } catch {
    throw new Error('This link is damaged (cut short when it was copied?): the article in it cannot be read.');
  }
}
