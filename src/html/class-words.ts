import table from '../../data/html-class-words.json';
import { attr, type DomNode } from './dom.js';

const REASON_BY_WORD = new Map<string, string>();
for (const [reason, list] of Object.entries(table.furniture)) for (const w of list) REASON_BY_WORD.set(w, reason);
const REASON_BY_TAG = new Map<string, string>();
for (const [reason, list] of Object.entries(table.tags)) for (const t of list) REASON_BY_TAG.set(t, reason);
const STICKY_WORD_REASONS = new Set(['comments', 'related-list', 'share', 'advertisement']);
const CONTENT_WORDS = new Set(table.content);

export interface ClassVerdict {
  /** Why the element is page furniture, or null. */
  reason: string | null;
  /** A class or id word vouches for article content ("article-body", "entry-content"). */
  content: boolean;
}

/** "story-body__inner" → [story, body, inner, storybodyinner]; camelCase split too. */
function parts(name: string): string[] {
  const spaced = /[a-z][A-Z]/.test(name) ? name.replace(/([a-z])([A-Z])/g, '$1 $2') : name;
  const p = spaced
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return p.length > 1 ? [...p, p.join('')] : p;
}

/**
 * Reads an element's name, class and id. Furniture by the head word of a class ("article-comments", "post-share")
 * or a strong word anywhere in it ("comment_content"); else by name (nav, aside, footer, figcaption, form); else,
 * when no content word vouches for the element, by any word ("ad-slot", "sidebar-inner").
 */
export function classVerdict(node: DomNode): ClassVerdict {
  let verdict = verdicts.get(node);
  if (!verdict) {
    verdict = readVerdict(node);
    verdicts.set(node, verdict);
  }
  return verdict;
}

const verdicts = new WeakMap<DomNode, ClassVerdict>();

function readVerdict(node: DomNode): ClassVerdict {
  const byTag = REASON_BY_TAG.get(node.name ?? '') ?? null;
  const names = `${attr(node, 'class')} ${attr(node, 'id')}`.trim();
  if (!names) return { reason: byTag, content: false };
  let head: string | null = null;
  let any: string | null = null;
  let content = false;
  for (const name of names.split(/\s+/)) {
    if (!name || name.length > 60) continue;
    const words = parts(name);
    const last = words.length > 1 ? words[words.length - 2] : words[0];
    head ??= (last && REASON_BY_WORD.get(last)) || null;
    let own: string | null = null;
    for (const w of words) {
      if (CONTENT_WORDS.has(w)) content = true;
      else own ??= REASON_BY_WORD.get(w) ?? null;
    }
    // A strong word anywhere in one name marks it ("comment_content", "related-articles").
    if (own && STICKY_WORD_REASONS.has(own)) head ??= own;
    any ??= own;
  }
  // A class names the kind of furniture more closely than the tag does (<aside class="related">).
  return { reason: head ?? byTag ?? (content ? null : any), content };
}
