"""صدى المشرق: a Beirut daily's modern template. JSON-LD NewsArticle, OpenGraph, canonical links,
an RSS 2.0 feed, a sitemap index with monthly and Google News sitemaps, robots.txt with a Crawl-delay."""
import json
from common import *

ID = 'mashriq'
NAME = 'صدى المشرق'
SECTIONS = [('lebanon', 'لبنان'), ('politics', 'سياسة'), ('arab', 'عربي ودولي'), ('economy', 'اقتصاد'),
            ('sport', 'رياضة'), ('culture', 'ثقافة'), ('science', 'علوم وتكنولوجيا'), ('health', 'صحة'),
            ('environment', 'بيئة'), ('weather', 'طقس')]


def date_text(t):
    return '%s %d %s %d | %02d:%02d' % (WEEKDAYS[t.weekday()], t.day, LEVANTINE[t.month - 1], t.year, t.hour, t.minute)


def slug(a):
    return a['path'].rstrip('/').rsplit('/', 1)[-1].replace('.html', '')


def image(a):
    return '{{site}}/media/%s/%s.jpg' % (a['pub'].strftime('%Y/%m'), slug(a))


def jsonld(a):
    d = {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        'mainEntityOfPage': {'@type': 'WebPage', '@id': '{{site}}' + enc(a['path'])},
        'headline': a['title'],
        'description': a['summary'],
        'articleBody': '\n'.join(a['paragraphs']),
        'datePublished': a['pub'].isoformat(),
        'dateModified': (a['mod'] or a['pub']).isoformat(),
        'author': [{'@type': 'Person', 'name': n} for n in a['authors']],
        'publisher': {'@type': 'Organization', 'name': NAME if a['language'] == 'ar' else 'Sada al-Mashriq',
                      'logo': {'@type': 'ImageObject', 'url': '{{site}}/assets/logo-600x60.png'}},
        'articleSection': a['section'],
        'image': [image(a)],
        'inLanguage': a['language'],
    }
    if a['authors'] == ['وكالة النخلة للأنباء']:
        d['author'] = [{'@type': 'Organization', 'name': 'وكالة النخلة للأنباء'}]
    text = json.dumps(d, ensure_ascii=False, indent=2)
    if 'broken_json_ld' in a['features']:
        # The CMS pastes the headline without escaping its quotation marks: the block no longer parses.
        text = text.replace(json.dumps(a['title'], ensure_ascii=False),
                            '"' + a['title'].replace('جابر - نصيب', '"جابر - نصيب"') + '"')
    return text


def nav(lang='ar'):
    if lang == 'en':
        return ('<nav class="sections"><ul><li><a href="/en/">Home</a></li><li><a href="/en/lebanon/">Lebanon</a></li>'
                '<li><a href="/en/business/">Business</a></li><li><a href="/">العربية</a></li></ul></nav>')
    items = ''.join('<li><a href="/%s/">%s</a></li>' % (s, n) for s, n in SECTIONS)
    return '<nav class="sections" aria-label="الأقسام"><ul>%s</ul></nav>' % items


def related(a, arts):
    others = [o for o in arts if o['outlet'] == ID and o is not a and o['language'] == 'ar'
              and o['edition'] == 1 and 'draft' not in o['features']][:3]
    return ''.join('<li><a href="%s">%s</a></li>' % (enc(o['path']), esc(o['title'])) for o in others)


def article_page(a, arts):
    en = a['language'] == 'en'
    section_slug = a['path'].split('/')[2 if en else 1]
    paras = ['<p>%s</p>' % esc(p) for p in a['paragraphs']]
    if len(paras) > 3 and not en:
        # The "read also" box sits inside the story body, as on most Arabic news sites.
        paras.insert(2, '<aside class="read-also"><h2>اقرأ أيضًا</h2><ul>%s</ul></aside>' % related(a, arts))
    pub, mod = a['pub'], a['mod'] or a['pub']
    if en:
        meta_line = ('<span class="byline">By %s</span> <time datetime="%s">%s</time>'
                     % (esc(', '.join(a['authors'])), pub.isoformat(), pub.strftime('%d %B %Y, %H:%M')))
    else:
        by = 'وكالة النخلة للأنباء' if a['authors'] == ['وكالة النخلة للأنباء'] else 'بقلم ' + '، '.join(a['authors'])
        meta_line = '<span class="byline">%s</span> <time datetime="%s">%s</time>' % (esc(by), pub.isoformat(), date_text(pub))
        if mod != pub:
            meta_line += ' <span class="updated">آخر تحديث: <time datetime="%s">%s</time></span>' % (mod.isoformat(), date_text(mod))
    home = '/en/' if en else '/'
    L = {'home': 'Home' if en else 'الرئيسية', 'share': 'Share' if en else 'شارك',
         'rights': '© 2025 Sada al-Mashriq. All rights reserved.' if en else '© 2025 صدى المشرق. جميع الحقوق محفوظة.',
         'site': 'Sada al-Mashriq' if en else NAME}
    return f'''<!DOCTYPE html>
<html lang="{a['language']}" dir="{'ltr' if en else 'rtl'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | {L['site']}</title>
<meta name="description" content="{esc(a['summary'])}">
<link rel="canonical" href="{{{{site}}}}{enc(a['path'])}">
<link rel="alternate" type="application/rss+xml" title="{NAME} - آخر الأخبار" href="{{{{site}}}}/rss.xml">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{L['site']}">
<meta property="og:locale" content="{'en_US' if en else 'ar_LB'}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:url" content="{{{{site}}}}{enc(a['path'])}">
<meta property="og:image" content="{image(a)}">
<meta property="article:published_time" content="{pub.isoformat()}">
<meta property="article:modified_time" content="{mod.isoformat()}">
<meta property="article:section" content="{esc(a['section'])}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/site.css">
<script type="application/ld+json">
{jsonld(a)}
</script>
</head>
<body class="article-page">
<header class="masthead">
  <a class="logo" href="{home}"><img src="/assets/logo.svg" alt="{L['site']}" width="220" height="48"></a>
  {nav(a['language'])}
</header>
<main class="container">
  <article class="story">
    <nav class="breadcrumb"><a href="{home}">{L['home']}</a> › <a href="{'/en' if en else ''}/{section_slug}/">{esc(a['section'])}</a></nav>
    <h1 class="story-title">{esc(a['title'])}</h1>
    <p class="story-standfirst">{esc(a['summary'])}</p>
    <div class="story-meta">{meta_line}</div>
    <figure class="story-image">
      <img src="{image(a)}" alt="" width="1200" height="675" loading="lazy">
      <figcaption>{'Photo: Sada al-Mashriq' if en else 'صورة: أرشيف صدى المشرق'}</figcaption>
    </figure>
    <div class="story-body">
      {(chr(10) + '      ').join(paras)}
    </div>
    <ul class="story-tags">{''.join('<li><a href="/tag/%s">%s</a></li>' % (enc(p), esc(p)) for p in a.get('places', [])[:3])}</ul>
    <div class="share-bar">{L['share']}: <a href="https://www.facebook.com/sharer/sharer.php?u={{{{site}}}}{enc(a['path'])}">Facebook</a> <a href="https://x.com/intent/post?url={{{{site}}}}{enc(a['path'])}">X</a> <a href="https://wa.me/?text={{{{site}}}}{enc(a['path'])}">WhatsApp</a></div>
  </article>
</main>
<footer class="site-footer"><p>{L['rights']}</p></footer>
</body>
</html>
'''


def draft_page(a):
    paras = '\n'.join('<p>%s</p>' % esc(p) for p in a['paragraphs'])
    return f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<title>{esc(a['title'])}</title>
</head>
<body class="draft">
<div class="draft-banner">مسودة داخلية - غير قابلة للنشر</div>
<h1>{esc(a['title'])}</h1>
<div class="draft-meta">المحرر: {esc(a['authors'][0])} - الموعد المقترح: {date_text(a['pub'])}</div>
{paras}
</body>
</html>
'''


def home(arts, edition):
    items = [a for a in listed(arts, edition)]
    lis = '\n'.join('      <li><a href="%s">%s</a> <time datetime="%s">%s</time></li>'
                    % (enc(a['path']), esc(a['title']), a['pub'].isoformat(), date_text(a['pub'])) for a in items)
    lead = items[0]
    return f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{NAME} | أخبار لبنان والمشرق</title>
<meta name="description" content="صدى المشرق: أخبار لبنان وسوريا والأردن والعالم العربي، تحليلات واقتصاد ورياضة وثقافة.">
<link rel="canonical" href="{{{{site}}}}/">
<link rel="alternate" type="application/rss+xml" title="{NAME} - آخر الأخبار" href="{{{{site}}}}/rss.xml">
<meta property="og:type" content="website">
<meta property="og:site_name" content="{NAME}">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body class="home">
<header class="masthead">
  <a class="logo" href="/"><img src="/assets/logo.svg" alt="{NAME}" width="220" height="48"></a>
  {nav()}
</header>
<main class="container">
  <section class="lead-story">
    <h2><a href="{enc(lead['path'])}">{esc(lead['title'])}</a></h2>
    <p>{esc(lead['summary'])}</p>
  </section>
  <section class="latest">
    <h2>آخر الأخبار</h2>
    <ul>
{lis}
    </ul>
  </section>
  <section class="english"><a href="/en/">English edition</a></section>
</main>
<footer class="site-footer"><p>© 2025 صدى المشرق. جميع الحقوق محفوظة.</p></footer>
</body>
</html>
'''


def listed(arts, edition):
    """The Arabic articles the feed and the home page list in an edition, newest first."""
    items = [a for a in arts if a['outlet'] == ID and a['language'] == 'ar' and 'draft' not in a['features']
             and a['edition'] <= edition]
    latest = {}
    for a in sorted(items, key=lambda a: a['edition']):
        latest[a['path']] = a
    return sorted(latest.values(), key=lambda a: a['pub'], reverse=True)


def rss(arts, edition, built):
    items = []
    for a in listed(arts, edition):
        creator = a['authors'][0]
        items.append(f'''    <item>
      <title>{esc(a['title'])}</title>
      <link>{{{{site}}}}{enc(a['path'])}</link>
      <guid isPermaLink="true">{{{{site}}}}{enc(a['path'])}</guid>
      <pubDate>{rfc822(a['pub'])}</pubDate>
      <dc:creator>{esc(creator)}</dc:creator>
      <category>{esc(a['section'])}</category>
      <description>{esc(a['summary'])}</description>
    </item>''')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>{NAME} - آخر الأخبار</title>
    <link>{{{{site}}}}/</link>
    <description>آخر أخبار لبنان والمشرق من صدى المشرق</description>
    <language>ar</language>
    <lastBuildDate>{rfc822(built)}</lastBuildDate>
    <atom:link href="{{{{site}}}}/rss.xml" rel="self" type="application/rss+xml"/>
    <ttl>15</ttl>
{chr(10).join(items)}
  </channel>
</rss>
'''


def month_sitemap(arts, edition, year, month):
    rows = []
    items = [a for a in arts if a['outlet'] == ID and a['edition'] <= edition and a['pub'].year == year and a['pub'].month == month]
    latest = {}
    for a in sorted(items, key=lambda a: a['edition']):
        latest[a['path']] = a
    for a in sorted(latest.values(), key=lambda a: a['pub']):
        rows.append('  <url>\n    <loc>{{site}}%s</loc>\n    <lastmod>%s</lastmod>\n  </url>' % (enc(a['path']), (a['mod'] or a['pub']).isoformat()))
    return '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s\n</urlset>\n' % '\n'.join(rows)


def news_sitemap(arts, edition):
    rows = []
    for a in listed(arts, edition):
        rows.append(f'''  <url>
    <loc>{{{{site}}}}{enc(a['path'])}</loc>
    <news:news>
      <news:publication>
        <news:name>{NAME}</news:name>
        <news:language>ar</news:language>
      </news:publication>
      <news:publication_date>{a['pub'].isoformat()}</news:publication_date>
      <news:title>{esc(a['title'])}</news:title>
    </news:news>
  </url>''')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\n'
            '        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n%s\n</urlset>\n' % '\n'.join(rows))


def sitemap_index(lastmods):
    rows = '\n'.join('  <sitemap>\n    <loc>{{site}}%s</loc>\n    <lastmod>%s</lastmod>\n  </sitemap>' % (p, m) for p, m in lastmods)
    return '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s\n</sitemapindex>\n' % rows


ROBOTS = '''# robots.txt - صدى المشرق
# Drafts and internal search are not for crawlers.

User-agent: *
Disallow: /drafts/
Disallow: /search
Crawl-delay: 1

Sitemap: {{site}}/sitemap.xml
'''
