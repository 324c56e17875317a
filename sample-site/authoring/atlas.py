"""شرفة الأطلس: a Tunis news site on a WordPress-like theme. OpenGraph and article meta only (no JSON-LD),
dates without a zone, an Atom feed, archive pages from an older theme that give the date only in the text."""
from common import *

ID = 'atlas'
NAME = 'شرفة الأطلس'
MENU = [('watania', 'وطنية'), ('iqtisad', 'اقتصاد'), ('maghreb', 'مغاربية'), ('doualiya', 'دولية'),
        ('riyada', 'رياضة'), ('thaqafa', 'ثقافة'), ('biaa', 'بيئة'), ('saha', 'صحة'), ('mujtama', 'مجتمع'), ('video', 'فيديو')]
FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']


def naive(t):
    """The outlet writes local times without an offset."""
    return t.strftime('%Y-%m-%dT%H:%M:%S')


def date_text(t):
    return '%d %s %d - %02d:%02d' % (t.day, MAGHREBI[t.month - 1], t.year, t.hour, t.minute)


def archive_date_text(t):
    return '%s %d %s %d على الساعة %02d:%02d' % (WEEKDAYS[t.weekday()], t.day, MAGHREBI[t.month - 1], t.year, t.hour, t.minute)


def image(a):
    return '{{site}}/wp-content/uploads/%s/%s.jpg' % (a['pub'].strftime('%Y/%m'), a['file'].rsplit('/', 1)[-1][:-5])


def menu(lang='ar'):
    if lang == 'fr':
        return '<ul class="menu"><li><a href="/fr/">Accueil</a></li><li><a href="/fr/economie/">Économie</a></li><li><a href="/ar/">عربي</a></li></ul>'
    return '<ul class="menu">%s<li><a href="/fr/">Français</a></li></ul>' % ''.join(
        '<li><a href="/ar/%s/">%s</a></li>' % (s, n) for s, n in MENU)


def most_read(a, arts):
    others = [o for o in arts if o['outlet'] == ID and o is not a and o['language'] == 'ar' and o['paragraphs']][:4]
    return '\n'.join('        <li><a href="%s">%s</a></li>' % (enc(o['path']), esc(o['title'])) for o in others)


def article_page(a, arts):
    fr = a['language'] == 'fr'
    archive = 'archive_template' in a['features']
    pub, mod = a['pub'], a['mod'] or a['pub']
    if a['paragraphs']:
        body = '\n'.join('        <p>%s</p>' % esc(p) for p in a['paragraphs'])
    else:
        body = ('        <div class="video-player" data-video-id="vid-20250203-bab-saadoun" data-autoplay="false"></div>\n'
                '        <noscript>فعّل جافاسكريبت لمشاهدة الفيديو.</noscript>')
    times = '' if archive else f'''<meta property="article:published_time" content="{naive(pub)}">
<meta property="article:modified_time" content="{naive(mod)}">
'''
    if fr:
        shown = 'publié le %d %s %d à %02dh%02d' % (pub.day, FR_MONTHS[pub.month - 1], pub.year, pub.hour, pub.minute)
        meta = f'<span class="author">{esc(a["authors"][0])}</span> | <span class="date">{shown}</span>'
    elif archive:
        meta = f'<span class="author">{esc(a["authors"][0])}</span> - <span class="date">{archive_date_text(pub)}</span>'
    else:
        meta = f'<span class="author">{esc(a["authors"][0])}</span> | نشر في <span class="date">{date_text(pub)}</span>'
    related = most_read(a, arts)
    template = 'theme-2016' if archive else 'theme-2023'
    return f'''<!doctype html>
<html lang="{a['language']}" dir="{'ltr' if fr else 'rtl'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} - {NAME}</title>
<meta name="description" content="{esc(a['summary'])}">
<meta name="author" content="{esc(a['authors'][0])}">
<meta property="og:locale" content="{'fr_FR' if fr else 'ar_TN'}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{NAME}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:url" content="{{{{site}}}}{enc(a['path'])}">
<meta property="og:image" content="{image(a)}">
{times}<meta property="article:section" content="{esc(a['section'])}">
<meta property="article:author" content="{esc(a['authors'][0])}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{esc(a['title'])}">
<link rel="alternate" type="application/atom+xml" title="{NAME}" href="{{{{site}}}}/feed.atom">
<link rel="stylesheet" href="/wp-content/themes/atlas/{template}.css">
</head>
<body class="single single-post {template}">
<div class="topbar"><a href="/ar/">{NAME}</a> <span class="weather">تونس 14°</span></div>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/wp-content/themes/atlas/logo.png" alt="{NAME}"></a></div>
  <nav>{menu(a['language'])}</nav>
</header>
<div class="wrap">
  <div class="main-col">
    <div class="post">
      <span class="post-cat">{esc(a['section'])}</span>
      <h1 class="post-title">{esc(a['title'])}</h1>
      <div class="post-meta">{meta}</div>
      <div class="post-thumb"><img src="{image(a)}" alt=""></div>
      <div class="article-text">
{body}
      </div>
      <div class="post-share"><span>{'Partager' if fr else 'شارك المقال'}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>
    </div>
    <div class="related-posts">
      <h3>{'À lire aussi' if fr else 'مقالات ذات صلة'}</h3>
      <ul>
{related}
      </ul>
    </div>
  </div>
  <aside class="sidebar">
    <div class="widget"><h3>الأكثر قراءة</h3><ul>
{related}
    </ul></div>
    <div class="widget newsletter"><h3>النشرة البريدية</h3><p>اشترك لتصلك أهم أخبار تونس والمغرب العربي كل صباح.</p></div>
  </aside>
</div>
<footer class="site-footer"><p>© 2025 {NAME} - جميع الحقوق محفوظة</p></footer>
</body>
</html>
'''


def recent(arts):
    return sorted([a for a in arts if a['outlet'] == ID and 'archive_template' not in a['features']],
                  key=lambda a: a['pub'], reverse=True)


def home(arts):
    items = '\n'.join(f'''    <article class="card"><a href="{enc(a['path'])}"><h2>{esc(a['title'])}</h2></a><p>{esc(a['summary'])}</p><span class="date">{date_text(a['pub'])}</span></article>'''
                      for a in recent(arts))
    return f'''<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{NAME} - أخبار تونس والمغرب العربي</title>
<meta property="og:type" content="website">
<meta property="og:site_name" content="{NAME}">
<link rel="alternate" type="application/atom+xml" title="{NAME}" href="{{{{site}}}}/feed.atom">
<link rel="stylesheet" href="/wp-content/themes/atlas/theme-2023.css">
</head>
<body class="home">
<header class="site-header">
  <div class="logo"><a href="/"><img src="/wp-content/themes/atlas/logo.png" alt="{NAME}"></a></div>
  <nav>{menu()}</nav>
</header>
<main class="wrap">
{items}
</main>
<footer class="site-footer"><p>© 2025 {NAME} - جميع الحقوق محفوظة</p></footer>
</body>
</html>
'''


def atom(arts, updated):
    entries = []
    for a in recent(arts):
        lang = ' xml:lang="fr"' if a['language'] == 'fr' else ''
        entries.append(f'''  <entry{lang}>
    <title>{esc(a['title'])}</title>
    <link rel="alternate" type="text/html" href="{{{{site}}}}{enc(a['path'])}"/>
    <id>tag:shurfat-al-atlas.example,2025:{a['file'].rsplit('/', 1)[-1][:-5]}</id>
    <published>{a['pub'].isoformat()}</published>
    <updated>{(a['mod'] or a['pub']).isoformat()}</updated>
    <author><name>{esc(a['authors'][0])}</name></author>
    <category term="{esc(a['section'])}"/>
    <summary>{esc(a['summary'])}</summary>
  </entry>''')
    return f'''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <title>{NAME}</title>
  <subtitle>أخبار تونس والمغرب العربي</subtitle>
  <link rel="self" type="application/atom+xml" href="{{{{site}}}}/feed.atom"/>
  <link rel="alternate" type="text/html" href="{{{{site}}}}/"/>
  <id>tag:shurfat-al-atlas.example,2025:feed</id>
  <updated>{updated.isoformat()}</updated>
{chr(10).join(entries)}
</feed>
'''


def sitemap(arts):
    rows = '\n'.join('  <url><loc>{{site}}%s</loc><lastmod>%s</lastmod></url>' % (enc(a['path']), a['pub'].date().isoformat())
                     for a in sorted([a for a in arts if a['outlet'] == ID], key=lambda a: a['pub']))
    return '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s\n</urlset>\n' % rows


ROBOTS = '''User-agent: GPTBot
Disallow: /

User-agent: *
Allow: /
Disallow: /wp-admin/
Disallow: /?s=

Sitemap: {{site}}/sitemap.xml
'''
