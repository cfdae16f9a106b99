/** The fields of a schema.org article that a page's JSON-LD may give. */
export interface LinkedArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage)$/;

type Json = unknown;
const asArray = (v: Json): Json[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function nameOf(v: Json): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (isObject(v) && typeof v.name === 'string') return v.name.trim() || null;
  return null;
}

/** Every object in a JSON-LD value, @graph members and nested arrays included (iteratively). */
function objects(root: Json): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  const stack = [root];
  while (stack.length && out.length < 500) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph']) stack.push(v['@graph']);
    }
  }
  return out;
}

/** Reads the first article object in the page's JSON-LD scripts; malformed scripts are skipped. */
export function readJsonLd(scripts: string[]): LinkedArticle | null {
  const found: Array<Record<string, Json>> = [];
  for (const source of scripts) {
    try {
      found.push(...objects(JSON.parse(source)));
    } catch {
      // Pages ship broken JSON-LD often; it is only a hint.
    }
  }
  const isArticle = (o: Record<string, Json>) =>
    asArray(o['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
  const article = found.find((o) => isArticle(o) && !/WebPage$/.test(String(o['@type']))) ?? found.find(isArticle);
  if (!article) return null;
  return {
    headline: nameOf(article.headline) ?? nameOf(article.name),
    authors: asArray(article.author)
      .map(nameOf)
      .filter((n): n is string => !!n),
    datePublished: typeof article.datePublished === 'string' ? article.datePublished : null,
    dateModified: typeof article.dateModified === 'string' ? article.dateModified : null,
    publisher: nameOf(article.publisher),
  };
}
