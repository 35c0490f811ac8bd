/// <reference lib="dom" />
/**
 * Reads schema.org Article metadata from a page's JSON-LD blocks, as news sites publish it for
 * search engines. Tolerant on purpose: CDATA wrappers, arrays, @graph, prefixed types, @id links.
 */

/** The article fields JSON-LD can give. */
export interface JsonLdArticle {
  title: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
  url: string | null;
  lang: string | null;
  image: string | null;
  imageCaption: string | null;
  imageCredit: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  // "schema:NewsArticle" and "http://schema.org/NewsArticle" name the same type.
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:]/, ''));
}

function isArticle(node: JsonObject): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.test(t));
}

/** Every object at the top of a JSON-LD block, with @graph members spread out. */
function topNodes(parsed: unknown): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      out.push(value);
      if (Array.isArray(value['@graph'])) value['@graph'].forEach(visit);
    }
  };
  visit(parsed);
  return out;
}

function parseBlock(text: string): unknown {
  const cleaned = text
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '')
    .trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    return null;
  }
}

/** Follows a `{ "@id": … }` reference to the node it names, when the page defines it. */
function resolve(value: unknown, byId: Map<string, JsonObject>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

function names(value: unknown, byId: Map<string, JsonObject>): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((item) => resolve(item, byId))
    .map((item) => (isObject(item) ? str(item.name) : str(item)))
    .filter((name): name is string => name !== null && !/^https?:\/\//i.test(name));
}

function firstObjectOrString(value: unknown, byId: Map<string, JsonObject>): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  return resolve(first, byId);
}

/** The first Article-like JSON-LD node of a document, or null. */
export function readJsonLd(document: Document): JsonLdArticle | null {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    nodes.push(...topNodes(parseBlock(script.textContent ?? '')));
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = nodes.find(isArticle);
  if (!article) return null;

  const authors = names(article.author, byId);
  const publisher = names(article.publisher, byId)[0] ?? null;
  const image = firstObjectOrString(article.image, byId);
  const page = resolve(article.mainEntityOfPage, byId);
  return {
    title: str(article.headline) ?? str(article.name),
    author: authors.length ? authors.join(', ') : null,
    publisher,
    datePublished: str(article.datePublished),
    url: str(article.url) ?? (isObject(page) ? (str(page['@id']) ?? str(page.url)) : str(page)),
    lang: str(article.inLanguage),
    image: isObject(image) ? (str(image.url) ?? str(image.contentUrl)) : str(image),
    imageCaption: isObject(image) ? str(image.caption) : null,
    imageCredit: isObject(image)
      ? (str(image.creditText) ??
        names(image.copyrightHolder, byId)[0] ??
        names(image.author, byId)[0] ??
        null)
      : null,
  };
}
