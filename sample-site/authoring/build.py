"""Builds the sample site's files and manifest.json from the article sources."""
import json
import shutil
from common import *
import mashriq, diffatayn, atlas, waha

EDITIONS = [
    {'number': 1, 'last_modified': '2025-02-03T12:00:00Z',
     'description': 'The site as first crawled, on Monday 3 February 2025.'},
    {'number': 2, 'last_modified': '2025-02-04T12:00:00Z',
     'description': 'A day later: صدى المشرق updates its snowstorm story and publishes one new article '
                    '(feed, news sitemap, monthly sitemaps and home page change); بوابة الضفتين deletes its metro-fares '
                    'story (404) and drops it from its feed and home page while its sitemap still lists it; '
                    'the two other outlets are unchanged.'},
]
NOT_A_PERSON = {'وكالات', 'وكالة النخلة للأنباء', 'النخلة', 'شرفة الأطلس', 'واحة الأخبار', 'قسم التحرير'}

arts = load_articles()
for a in arts:
    a['file'] = file_of(a)
    a['display_authors'] = [n for n in a.get('authors', []) if n not in NOT_A_PERSON]

shutil.rmtree(OUT, ignore_errors=True)
files = {}   # (outlet, file) -> content per edition: {edition: (str, encoding)}
pages = []   # manifest page entries


def put(outlet, path, kind, versions, encoding='utf-8', file=None, content_type=None, note=None, removed_from=None):
    """versions: {edition: text}; an edition's text equal to the previous one's is not written again."""
    f = file or (path[1:] + 'index.html' if path.endswith('/') else path[1:])
    previous = None
    for edition in sorted(versions):
        text = versions[edition]
        if text is None or text == previous:
            continue
        write(outlet, edition_file(f, edition), text, encoding)
        previous = text
    entry = {'outlet': outlet, 'path': path}
    default = path[1:] + 'index.html' if path.endswith('/') else path[1:]
    if f != default:
        entry['file'] = f
    entry['kind'] = kind
    if content_type:
        entry['content_type'] = content_type
    if removed_from:
        entry['removed_from_edition'] = removed_from
    if note:
        entry['note'] = note
    pages.append(entry)


def both(fn):
    return {1: fn(1), 2: fn(2)}


B1 = dt.datetime.fromisoformat('2025-02-03T14:00:00+02:00')
B2 = dt.datetime.fromisoformat('2025-02-04T14:00:00+02:00')
built = {1: B1, 2: B2}

# ---------------------------------------------------------------- صدى المشرق
M = [a for a in arts if a['outlet'] == 'mashriq']
put('mashriq', '/', 'home', both(lambda e: mashriq.home(arts, e)))
put('mashriq', '/robots.txt', 'robots', {1: mashriq.ROBOTS},
    note='Disallows /drafts/ and declares Crawl-delay: 1.')
put('mashriq', '/rss.xml', 'feed', both(lambda e: mashriq.rss(arts, e, built[e])),
    content_type='application/rss+xml; charset=utf-8', note='RSS 2.0, RFC 822 dates with offset; lists the Arabic articles.')
month_maps = [('/sitemaps/articles-2025-01.xml', 2025, 1), ('/sitemaps/articles-2025-02.xml', 2025, 2)]
for p, y, m in month_maps:
    put('mashriq', p, 'sitemap', both(lambda e, y=y, m=m: mashriq.month_sitemap(arts, e, y, m)),
        note='Monthly sitemap, lastmod with offset.' + (' Lists the draft under /drafts/ by mistake.' if m == 2 else ''))
put('mashriq', '/sitemaps/news.xml', 'sitemap', both(lambda e: mashriq.news_sitemap(arts, e)), note='Google News sitemap.')
put('mashriq', '/sitemap.xml', 'sitemap',
    {1: mashriq.sitemap_index([(p, '2025-02-03T14:00:00+02:00') for p, _, _ in month_maps] + [('/sitemaps/news.xml', '2025-02-03T14:00:00+02:00')]),
     2: mashriq.sitemap_index([(p, '2025-02-04T14:00:00+02:00') for p, _, _ in month_maps] + [('/sitemaps/news.xml', '2025-02-04T14:00:00+02:00')])},
    note='Sitemap index: two monthly sitemaps and the news sitemap.')
seen = set()
for a in sorted(M, key=lambda a: a['edition']):
    if a['path'] in seen:
        continue
    seen.add(a['path'])
    versions = {}
    for e in (1, 2):
        version = [v for v in M if v['path'] == a['path'] and v['edition'] <= e]
        if version:
            v = max(version, key=lambda v: v['edition'])
            versions[e] = mashriq.draft_page(v) if 'draft' in v['features'] else mashriq.article_page(v, arts)
    put('mashriq', a['path'], 'article', versions)

# ---------------------------------------------------------------- بوابة الضفتين
D = [a for a in arts if a['outlet'] == 'diffatayn']
prints = [a for a in D if a['pub'] is None]
put('diffatayn', '/', 'home', both(lambda e: diffatayn.home(arts, e)))
put('diffatayn', '/robots.txt', 'robots', {1: diffatayn.ROBOTS})
put('diffatayn', '/rss/latest.xml', 'feed', both(lambda e: diffatayn.rss(arts, e, built[e])),
    content_type='application/rss+xml; charset=utf-8',
    note='RSS 2.0 with RFC 822 dates; item links carry utm_* (and on two items fbclid) parameters and raw Arabic slugs.')
put('diffatayn', '/sitemap.xml', 'sitemap', {1: diffatayn.sitemap(arts, prints)},
    note='Lists the print version too; not updated in edition 2, so it still lists the removed story.')
for a in D:
    text = diffatayn.print_page(a) if a['pub'] is None else diffatayn.article_page(a, arts)
    put('diffatayn', a['path'], 'article', {1: text}, file=a['file'], removed_from=2 if a['id'] == 'd08' else None)

# ---------------------------------------------------------------- شرفة الأطلس
A = [a for a in arts if a['outlet'] == 'atlas']
put('atlas', '/', 'home', {1: atlas.home(arts)})
put('atlas', '/robots.txt', 'robots', {1: atlas.ROBOTS}, note='Shuts out GPTBot only; every other agent may crawl.')
put('atlas', '/feed.atom', 'feed', {1: atlas.atom(arts, dt.datetime.fromisoformat('2025-02-03T13:00:00+01:00'))},
    content_type='application/atom+xml; charset=utf-8', note='Atom; one entry is French (xml:lang="fr").')
put('atlas', '/sitemap.xml', 'sitemap', {1: atlas.sitemap(arts)}, note='Includes 2024 archive pages that no feed lists.')
for a in A:
    put('atlas', a['path'], 'article', {1: atlas.article_page(a, arts)}, file=a['file'])

# ---------------------------------------------------------------- واحة الأخبار
W = [a for a in arts if a['outlet'] == 'waha']
CP = 'windows-1256'
put('waha', '/', 'home', {1: waha.home(arts)}, encoding=CP, content_type='text/html; charset=windows-1256')
put('waha', '/robots.txt', 'robots', {1: waha.ROBOTS})
put('waha', '/rss.php', 'feed', {1: waha.rss(arts, dt.datetime.fromisoformat('2025-02-03T15:00:00+03:00'))},
    content_type='application/rss+xml; charset=utf-8',
    note='RSS 2.0 in UTF-8 served from a .php path; GMT dates; the Hijri-only story has no pubDate; three links carry fbclid.')
put('waha', '/sitemap.xml', 'sitemap', {1: waha.sitemap(arts)}, note='Bare sitemap: loc only.')
for a in W:
    meta_only = 'charset_only_in_meta' in a['features']
    text = waha.article_page(a, arts)
    note = None
    if meta_only:
        offset = text.encode(CP).index(b'<meta charset')
        note = 'windows-1256 bytes, declared only by <meta charset> at byte %d; the HTTP header has no charset.' % offset
        a['meta_offset'] = offset
    if 'broken_html' in a['features']:
        note = 'Truncated response: the HTML ends mid-tag after a dozen words.'
    put('waha', a['path'], 'article', {1: text}, encoding=CP,
        content_type='text/html' if meta_only else 'text/html; charset=windows-1256', note=note)

# ---------------------------------------------------------------- manifest

def date_info(a):
    o, t = a['outlet'], a['pub']
    if t is None:
        return None, 'none'
    if o == 'mashriq':
        if a['language'] == 'en':
            return t.strftime('%d %B %Y, %H:%M'), 'json-ld'
        return mashriq.date_text(t), 'meta' if 'broken_json_ld' in a['features'] else 'json-ld'
    if o == 'diffatayn':
        return diffatayn.date_text(t), 'visible'
    if o == 'atlas':
        if a['language'] == 'fr':
            return 'publié le %d %s %d à %02dh%02d' % (t.day, atlas.FR_MONTHS[t.month - 1], t.year, t.hour, t.minute), 'meta'
        if 'archive_template' in a['features']:
            return atlas.archive_date_text(t), 'visible'
        return atlas.date_text(t), 'meta'
    return waha.shown_date(a), 'visible'


EXTRACTION = {'mashriq': 'json-ld', 'diffatayn': 'selectors', 'atlas': 'opengraph', 'waha': 'generic'}


def ref(s):
    outlet, _, path = s.partition(':')
    return {'outlet': outlet, 'path': path}


entries = []
cp1256_chars = set(bytes(range(256)).decode('cp1256', errors='ignore'))
for a in sorted(arts, key=lambda a: (['mashriq', 'diffatayn', 'atlas', 'waha'].index(a['outlet']), a['edition'], a['id'])):
    outcome, _, of = a['outcome'].partition(' ')
    words = ' '.join(a['paragraphs']).split()
    date_text, date_source = date_info(a)
    features = list(a['features'])
    if a['outlet'] == 'mashriq' or a['id'] in diffatayn.CANONICAL:
        features.append('canonical_link')
    if a['outlet'] == 'diffatayn' and a['pub'] is not None:
        features.append('tracking_parameters_in_feed')
    if a['outlet'] == 'waha' and any(ch not in cp1256_chars for ch in ' '.join(a['paragraphs']) + (date_text or '')):
        features.append('numeric_character_references')
    if a['outlet'] == 'waha' and a['id'] in ('w02', 'w06', 'w12'):
        features.append('tracking_parameters_in_feed')
    e = {
        'outlet': a['outlet'], 'path': a['path'], 'edition': a['edition'], 'outcome': outcome,
        'of': ref(of) if of else None, 'language': a['language'], 'title': a['title'],
        'published_at': utc_z(a['pub']) if a['pub'] else None,
        'published_precision': a.get('precision', 'minute') if a['pub'] else None,
        'modified_at': utc_z(a['mod']) if a['mod'] and a['outlet'] in ('mashriq', 'atlas') and 'archive_template' not in a['features'] else None,
        'date_text': date_text, 'date_source': date_source,
        'extraction': a.get('extraction', EXTRACTION[a['outlet']]),
        'section': a['section'], 'topic': a['topic'],
        'authors': a['display_authors'] if a['pub'] is not None else [],
        'dateline': a.get('dateline') or None,
        'entities': {'persons': a.get('persons', []), 'places': a.get('places', []), 'organizations': a.get('orgs', [])},
        'features': features, 'words': len(words),
        'body_starts': ' '.join(words[:6]), 'body_ends': ' '.join(words[-6:]),
        'note': a.get('note'),
    }
    entries.append(e)
    if a['id'] == 'd08':
        r = dict(e)
        r.update({'edition': 2, 'outcome': 'removed_in_edition_2',
                  'note': 'Answers 404 from edition 2 on; the sitemap still lists it.'})
        entries.append(r)

OUTLETS = [
    {'id': 'mashriq', 'name_ar': 'صدى المشرق', 'name_en': 'Sada al-Mashriq (Echo of the Levant)', 'language': 'ar',
     'country': 'LB', 'time_zone': 'Asia/Beirut', 'home': '/', 'feeds': [{'path': '/rss.xml', 'format': 'rss'}],
     'sitemaps': ['/sitemap.xml'], 'robots': '/robots.txt', 'extraction': 'json-ld', 'selectors': None,
     'description': 'A Beirut daily with a modern template: JSON-LD NewsArticle, OpenGraph, canonical links, Levantine '
                    'month names (كانون الثاني، شباط) on the page, a sitemap index with a Google News sitemap, '
                    'robots.txt with Disallow: /drafts/ and Crawl-delay: 1, an English edition under /en/.'},
    {'id': 'diffatayn', 'name_ar': 'بوابة الضفتين', 'name_en': 'Bawwabat al-Diffatayn (The Two Banks Gate)', 'language': 'ar',
     'country': 'EG', 'time_zone': 'Africa/Cairo', 'home': '/', 'feeds': [{'path': '/rss/latest.xml', 'format': 'rss'}],
     'sitemaps': ['/sitemap.xml'], 'robots': '/robots.txt', 'extraction': 'selectors',
     'selectors': diffatayn.SELECTORS,
     'description': 'A Cairo portal without article metadata: CSS selectors find title, body, date and author. '
                    'Arabic slugs in URLs, Egyptian month names and Eastern Arabic digits in dates (with ص/م), '
                    'Egyptian spelling (فى، الى), tracking parameters on feed links, print versions under /print/.'},
    {'id': 'atlas', 'name_ar': 'شرفة الأطلس', 'name_en': 'Shurfat al-Atlas (The Atlas Terrace)', 'language': 'ar',
     'country': 'TN', 'time_zone': 'Africa/Tunis', 'home': '/', 'feeds': [{'path': '/feed.atom', 'format': 'atom'}],
     'sitemaps': ['/sitemap.xml'], 'robots': '/robots.txt', 'extraction': 'opengraph', 'selectors': None,
     'description': 'A Tunis site with OpenGraph and article:* meta only, local times without a zone, Maghrebi month '
                    'names (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت), an Atom feed, a French section under /fr/, '
                    '2024 archive pages whose date is only in the text.'},
    {'id': 'waha', 'name_ar': 'واحة الأخبار', 'name_en': 'Wahat al-Akhbar (The News Oasis)', 'language': 'ar',
     'country': 'SA', 'time_zone': 'Asia/Riyadh', 'home': '/', 'feeds': [{'path': '/rss.php', 'format': 'rss'}],
     'sitemaps': ['/sitemap.xml'], 'robots': '/robots.txt', 'extraction': 'generic', 'selectors': None,
     'description': 'A Gulf portal on an old CMS: windows-1256 pages in a table layout with no metadata, so only a '
                    'generic main-content extractor works; menu, ticker, related links, share bar, ads and readers\' '
                    'comments around a body split by <br><br>; Gulf month names with the Hijri date, no zone.'},
]

manifest = {
    'schema_version': 1,
    'description': 'The bundled sample news site of akhbar: four fictional outlets written for this project. '
                   'Every article is our own writing; the events are invented, the places, institutions and public '
                   'figures are real. See sample-site/README.md.',
    'editions': EDITIONS,
    'outlets': OUTLETS,
    'pages': pages,
    'articles': entries,
}
with open(os.path.join(OUT, 'manifest.json'), 'w', encoding='utf-8') as fh:
    json.dump(manifest, fh, ensure_ascii=False, indent=2)
    fh.write('\n')
print(len(pages), 'pages,', len(entries), 'article entries')
